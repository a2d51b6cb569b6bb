-- Policy data (DOMAIN.md, employment). Numbers live here with their effective periods, never in Java.

-- Labour age: from the minimum working age up to the statutory retirement age. The women's
-- scheme used for outreach is the later one (55, rising to 58) so that no woman who may still be
-- working is missed; the earlier scheme (50, rising to 55) is kept for reference.
CREATE TABLE labour_age_policy (
    effective_from    date    NOT NULL PRIMARY KEY,
    effective_to      date,
    minimum_age_years integer NOT NULL,
    female_scheme     text    NOT NULL,
    note              text    NOT NULL
);
INSERT INTO labour_age_policy VALUES
    ('1995-01-01', NULL, 16, 'FEMALE_55', '劳动法 第十五条 (minimum age 16); retirement ages below');

-- Statutory retirement age by scheme and birth month (全国人大常委会 2024-09-13 关于实施渐进式延迟
-- 法定退休年龄的决定, in force 2025-01-01): men 60 → 63 and women 55 → 58 one month per four
-- months of birth, women 50 → 55 one month per two months of birth.
CREATE TABLE retirement_age (
    scheme       text    NOT NULL,
    born_from    date    NOT NULL,
    born_to      date    NOT NULL,
    age_months   integer NOT NULL,
    in_force_from date   NOT NULL,
    PRIMARY KEY (scheme, born_from)
);
INSERT INTO retirement_age
SELECT s.scheme, m.born_from, (m.born_from + interval '1 month' - interval '1 day')::date,
       s.base_months + least(s.max_delay, (m.i / s.birth_months_per_step) + 1), '2025-01-01'
FROM (VALUES ('MALE', date '1965-01-01', 720, 4, 36),
             ('FEMALE_55', date '1970-01-01', 660, 4, 36),
             ('FEMALE_50', date '1975-01-01', 600, 2, 60)) AS s(scheme, first_birth, base_months, birth_months_per_step, max_delay)
CROSS JOIN LATERAL (
    SELECT i, (s.first_birth + make_interval(months => i))::date AS born_from
    FROM generate_series(0, s.max_delay * s.birth_months_per_step - 1) AS i) AS m;
INSERT INTO retirement_age VALUES
    ('MALE', '1900-01-01', '1964-12-31', 720, '1978-06-02'),
    ('FEMALE_55', '1900-01-01', '1969-12-31', 660, '1978-06-02'),
    ('FEMALE_50', '1900-01-01', '1974-12-31', 600, '1978-06-02'),
    ('MALE', '1977-01-01', '9999-12-31', 756, '2025-01-01'),
    ('FEMALE_55', '1982-01-01', '9999-12-31', 696, '2025-01-01'),
    ('FEMALE_50', '1985-01-01', '9999-12-31', 660, '2025-01-01');

-- Employment quota (按比例安排残疾人就业) and the employment security fund (残疾人就业保障金).
-- Rate in basis points (150 = 1.5%, Zhejiang; DOMAIN.md "confirm"); wage cap as a percentage of the
-- local average wage (200% = twice); employers with at most small_employer_max_staff staff are
-- exempt; tiered collection: an employer whose disabled employees reach tier_threshold_bp of its
-- staff (100 = 1%) pays share_at_or_above_percent of the fund, below it share_below_percent
-- (财税〔2019〕98号 for 2020–2022, extended to 2027-12-31 by 财政部公告 2023年第8号).
CREATE TABLE quota_policy (
    effective_from           date    NOT NULL PRIMARY KEY,
    effective_to             date,
    rate_basis_points        integer NOT NULL,
    wage_cap_percent         integer NOT NULL,
    small_employer_max_staff integer NOT NULL,
    tier_threshold_bp        integer NOT NULL,
    share_at_or_above_percent integer NOT NULL,
    share_below_percent      integer NOT NULL,
    note                     text    NOT NULL
);
INSERT INTO quota_policy VALUES
    ('2015-01-01', '2019-12-31', 150, 300, 0, 0, 100, 100,
     'wage cap 3× before 2020; no exemption, no tiers'),
    ('2020-01-01', '2027-12-31', 150, 200, 30, 100, 50, 90,
     '财税〔2019〕98号 / 财政部公告2023年第8号: cap 2×, ≤30 staff exempt, 50% from 1%, 90% below');

-- Counting rule: a person counts `weight_tt` ten-thousandths (10000 = one person); the first rule
-- that applies wins (most specific first). Grades 1–2, and visual grades 1–3, count twice.
CREATE TABLE quota_counting_rule (
    effective_from date     NOT NULL,
    priority       integer  NOT NULL,
    category       text,
    max_grade      smallint NOT NULL,
    weight_tt      integer  NOT NULL,
    PRIMARY KEY (effective_from, priority)
);
INSERT INTO quota_counting_rule VALUES
    ('2015-01-01', 1, 'VISUAL', 3, 20000),
    ('2015-01-01', 2, NULL, 2, 20000),
    ('2015-01-01', 3, NULL, 4, 10000);

-- Local average annual wage (社会平均工资) by region (county, city or province code) and year.
-- DEMO VALUES, to be replaced by the statistics bureau's published figures.
CREATE TABLE average_wage (
    year            integer NOT NULL,
    region          char(6) NOT NULL,
    annual_wage_fen bigint  NOT NULL,
    note            text    NOT NULL,
    PRIMARY KEY (year, region)
);
INSERT INTO average_wage VALUES
    (2024, '330000', 10000000, 'demo value'),
    (2025, '330000', 10400000, 'demo value'),
    (2026, '330000', 10800000, 'demo value'),
    (2025, '330100', 12500000, 'demo value'),
    (2026, '330100', 13000000, 'demo value');
