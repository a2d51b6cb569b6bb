-- Maker-checker: money that moves by hand needs a second person; both names are kept.
CREATE TABLE approval
(
    id           UUID PRIMARY KEY,
    kind         VARCHAR(40)  NOT NULL,
    region       VARCHAR(9)   NOT NULL,
    summary      TEXT         NOT NULL,
    payload      JSONB        NOT NULL,
    reason       TEXT         NOT NULL,
    requested_by VARCHAR(255) NOT NULL,
    requested_at TIMESTAMPTZ  NOT NULL,
    status       VARCHAR(10)  NOT NULL,
    decided_by   VARCHAR(255),
    decided_at   TIMESTAMPTZ,
    outcome      TEXT,
    CHECK (decided_by IS NULL OR decided_by <> requested_by)
);
CREATE INDEX idx_approval_pending ON approval (requested_at) WHERE status = 'PENDING';

ALTER TABLE policy_version ADD COLUMN approved_by VARCHAR(255);
ALTER TABLE override_audit ADD COLUMN approved_by VARCHAR(255);
