-- Policy at three levels (issue 16): a city (330100) or a county (330482) may set its own rule, which
-- beats the province's (330000) for its persons, per rule; amounts already had a region (now cities too).
ALTER TABLE policy_rule ADD COLUMN region VARCHAR(6) NOT NULL DEFAULT '330000';
ALTER TABLE policy_rule DROP CONSTRAINT policy_rule_pkey;
ALTER TABLE policy_rule ADD PRIMARY KEY (version, rule_id, region);

-- which city's or county's rules decided (e.g. NURSING.SEVERE_GRADE@330100); empty: the province's
ALTER TABLE decision ADD COLUMN regional_rules TEXT[] NOT NULL DEFAULT '{}';
ALTER TABLE current_decision ADD COLUMN regional_rules TEXT[] NOT NULL DEFAULT '{}';

-- Policy impact preview (issue 16): a dry run of a proposal, in aggregates only (no person), and who opened it.
-- The approver of a policy change must have opened its latest preview (approval.seen keeps which).
CREATE TABLE policy_preview
(
    id           UUID PRIMARY KEY,
    proposal_id  UUID         NOT NULL REFERENCES approval (id),
    base_version BIGINT       NOT NULL REFERENCES policy_version (version),
    computed_by  VARCHAR(255) NOT NULL,
    computed_at  TIMESTAMPTZ  NOT NULL,
    millis       BIGINT       NOT NULL,
    persons      BIGINT       NOT NULL,
    counties     JSONB        NOT NULL
);
CREATE INDEX idx_policy_preview_proposal ON policy_preview (proposal_id, computed_at DESC);
CREATE TABLE policy_preview_view
(
    preview_id UUID         NOT NULL REFERENCES policy_preview (id),
    username   VARCHAR(255) NOT NULL,
    viewed_at  TIMESTAMPTZ  NOT NULL,
    PRIMARY KEY (preview_id, username)
);
ALTER TABLE approval ADD COLUMN seen UUID;
