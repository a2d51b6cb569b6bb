-- A partner's record ids are unique per fact type only (a death may reuse a low-income record's id):
-- the REST intake's idempotency key includes the type, like the partner facts' event ids.
ALTER TABLE partner_fact_intake DROP CONSTRAINT partner_fact_intake_pkey;
ALTER TABLE partner_fact_intake ADD PRIMARY KEY (partner, event_type, fact_id);
