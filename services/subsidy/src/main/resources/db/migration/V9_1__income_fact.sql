-- Civil affairs' income assessment (IncomeReported, issue 16) and the living allowance worded by income (seed 004,
-- 平湖): the rule LIVING.INCOME is OFF in every version; its parameter is the near-low-income range (monthly fen,
-- DEMO VALUE: 1.5 x a 1,240-yuan 低保 standard) and the legal working age (from, men until, women until).
ALTER TABLE person_facts ADD COLUMN household_income_fen BIGINT CHECK (household_income_fen >= 0);
ALTER TABLE person_facts ADD COLUMN own_income_fen BIGINT CHECK (own_income_fen >= 0);
ALTER TABLE person_facts ADD COLUMN income_since DATE;

INSERT INTO policy_rule (version, rule_id, region, enabled, parameter)
SELECT version, 'LIVING.INCOME', '330000', FALSE, '186000,16,60,55' FROM policy_version
ON CONFLICT DO NOTHING;
