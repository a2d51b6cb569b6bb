-- Policy data: the minimum living guarantee (低保) standard of each county from its effective month
-- (civil affairs publishes them), and the living allowance as a share of it (basis points, by region
-- and grade, effective dated). Where a county has a standard in force, its living allowance is
-- share × standard (rounded to the fen); elsewhere the policy version's fixed amount.
CREATE TABLE dibao_standard
(
    county         CHAR(6)      NOT NULL,
    effective_from DATE         NOT NULL CHECK (EXTRACT(DAY FROM effective_from) = 1),
    monthly_fen    BIGINT       NOT NULL CHECK (monthly_fen > 0),
    source         VARCHAR(300) NOT NULL,
    recorded_by    VARCHAR(255) NOT NULL,
    recorded_at    TIMESTAMPTZ  NOT NULL,
    applied_at     TIMESTAMPTZ, -- when the county's holders were re-evaluated for it
    demo_value     BOOLEAN      NOT NULL DEFAULT false,
    PRIMARY KEY (county, effective_from)
);

CREATE TABLE living_allowance_share
(
    region         CHAR(6)      NOT NULL,
    grade          VARCHAR(10), -- NULL: every grade
    basis_points   INTEGER      NOT NULL CHECK (basis_points BETWEEN 0 AND 10000),
    effective_from DATE         NOT NULL CHECK (EXTRACT(DAY FROM effective_from) = 1),
    note           VARCHAR(200) NOT NULL,
    demo_value     BOOLEAN      NOT NULL DEFAULT false
);
CREATE UNIQUE INDEX uq_living_allowance_share ON living_allowance_share (region, COALESCE(grade, '*'), effective_from);

-- DEMO VALUES (DOMAIN.md: "a percentage of the local 低保 standard, higher for grades 1–2"): 40 % for
-- grades 1–2, 30 % otherwise; the 1,240 yuan standard of 上城区 and 西湖区 that V2's fixed amounts
-- (496.00 / 372.00) were derived from. Other counties keep the policy's fixed amounts until civil
-- affairs' standards are recorded (POST /api/subsidies/dibao-standards).
INSERT INTO living_allowance_share (region, grade, basis_points, effective_from, note, demo_value) VALUES
    ('330000', 'GRADE_1', 4000, '2015-01-01', 'demo value: grades 1-2 receive 40 % of the 低保 standard', true),
    ('330000', 'GRADE_2', 4000, '2015-01-01', 'demo value: grades 1-2 receive 40 % of the 低保 standard', true),
    ('330000', NULL, 3000, '2015-01-01', 'demo value: other grades receive 30 % of the 低保 standard', true);
INSERT INTO dibao_standard (county, effective_from, monthly_fen, source, recorded_by, recorded_at, applied_at,
                            demo_value) VALUES
    ('330102', '2015-01-01', 124000, 'demo value (V2 amounts were 40 %/30 % of it)', 'flyway', now(), now(), true),
    ('330106', '2015-01-01', 124000, 'demo value (V2 amounts were 40 %/30 % of it)', 'flyway', now(), now(), true);
