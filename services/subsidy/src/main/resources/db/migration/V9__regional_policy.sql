-- Policy at three levels (issue 16): a city (330100) or a county (330482) may set its own rule, which
-- beats the province's (330000) for its persons, per rule; amounts already had a region (now cities too).
ALTER TABLE policy_rule ADD COLUMN region VARCHAR(6) NOT NULL DEFAULT '330000';
ALTER TABLE policy_rule DROP CONSTRAINT policy_rule_pkey;
ALTER TABLE policy_rule ADD PRIMARY KEY (version, rule_id, region);

-- which city's or county's rules decided (e.g. NURSING.SEVERE_GRADE@330100); empty: the province's
ALTER TABLE decision ADD COLUMN regional_rules TEXT[] NOT NULL DEFAULT '{}';
ALTER TABLE current_decision ADD COLUMN regional_rules TEXT[] NOT NULL DEFAULT '{}';
