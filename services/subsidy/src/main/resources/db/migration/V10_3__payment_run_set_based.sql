-- The payment run at a million entitlements (issue 17, ADR 0015).
-- No foreign key from an instruction to its entitlement: the run's statement reads (and locks FOR
-- SHARE) the very entitlement each instruction references, and entitlements are never deleted; the
-- key's check, one lookup per instruction, cost about a tenth of the run.
ALTER TABLE payment_instruction DROP CONSTRAINT payment_instruction_entitlement_id_fkey;

-- The run turns the GRANTED entitlements it instructed ACTIVE: only the few granted since the last
-- run are GRANTED, so this index finds them without a lookup per instruction.
CREATE INDEX idx_entitlement_granted ON entitlement (id) WHERE status = 'GRANTED';
