-- Policy version 1, seeded from DOMAIN.md (two-subsidies section). Every amount is a DEMO VALUE
-- (no authoritative figure was confirmed): province default plus county overrides, in fen.
INSERT INTO policy_version (version, effective_from, created_at, created_by, reason, changes, applied_at, reevaluated)
VALUES (1, DATE '2015-01-01', now(), 'flyway', '国发〔2015〕52号 / 浙江实施: initial policy (demo amounts)', '{}', now(), 0);

INSERT INTO policy_rule (version, rule_id, enabled, parameter) VALUES
    -- living allowance: 低保 and (Zhejiang) 低保边缘 households
    (1, 'LIVING.LOW_INCOME', TRUE, 'DIBAO,DIBAO_EDGE'),
    (1, 'LIVING.EXCLUDE.ORPHAN_ALLOWANCE', TRUE, ''),
    -- nursing allowance: grades 1 and 2 of every category (extension e.g. INTELLECTUAL:GRADE_3,MENTAL:GRADE_3)
    (1, 'NURSING.SEVERE_GRADE', TRUE, '*:GRADE_1,*:GRADE_2'),
    (1, 'NURSING.EXCLUDE.INSTITUTIONAL_CARE', TRUE, ''),
    (1, 'NURSING.EXCLUDE.CARE_BENEFIT', TRUE, 'LONG_TERM_CARE_INSURANCE,WORK_INJURY_NURSING');

INSERT INTO policy_amount (version, allowance, region, grade, monthly_amount_fen, demo_value) VALUES
    -- province defaults (demo values)
    (1, 'LIVING',  '330000', 'GRADE_1', 40000, TRUE),
    (1, 'LIVING',  '330000', 'GRADE_2', 40000, TRUE),
    (1, 'LIVING',  '330000', NULL,      30000, TRUE),
    (1, 'NURSING', '330000', 'GRADE_1', 40000, TRUE),
    (1, 'NURSING', '330000', 'GRADE_2', 30000, TRUE),
    (1, 'NURSING', '330000', NULL,      20000, TRUE),
    -- 杭州 上城区 / 西湖区: living 40 % (grades 1-2) / 30 % of a 1,240 yuan 低保 standard (demo values)
    (1, 'LIVING',  '330102', 'GRADE_1', 49600, TRUE),
    (1, 'LIVING',  '330102', 'GRADE_2', 49600, TRUE),
    (1, 'LIVING',  '330102', NULL,      37200, TRUE),
    (1, 'LIVING',  '330106', 'GRADE_1', 49600, TRUE),
    (1, 'LIVING',  '330106', 'GRADE_2', 49600, TRUE),
    (1, 'LIVING',  '330106', NULL,      37200, TRUE),
    (1, 'NURSING', '330102', 'GRADE_1', 49600, TRUE),
    (1, 'NURSING', '330102', 'GRADE_2', 37200, TRUE),
    (1, 'NURSING', '330106', 'GRADE_1', 49600, TRUE),
    (1, 'NURSING', '330106', 'GRADE_2', 37200, TRUE),
    -- 平湖市 (demo values)
    (1, 'LIVING',  '330482', 'GRADE_1', 44000, TRUE),
    (1, 'LIVING',  '330482', 'GRADE_2', 44000, TRUE),
    (1, 'LIVING',  '330482', NULL,      33000, TRUE),
    (1, 'NURSING', '330482', 'GRADE_1', 44000, TRUE),
    (1, 'NURSING', '330482', 'GRADE_2', 33000, TRUE);
