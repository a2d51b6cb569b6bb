-- Policy data of the indicators and warnings (DOMAIN.md; seeds 001, 003, 004). Numbers live here
-- with their effective dates, never in Java.

-- Targets of the plans' indicator tables, per region: the most specific region that has a target
-- applies (county → city → province). comparison GT: "> target" (the plans' ">99%"), GE: "≥".
CREATE TABLE indicator_target
(
    indicator      VARCHAR(40)  NOT NULL,
    region         CHAR(6)      NOT NULL,
    target_percent NUMERIC(5,2) NOT NULL,
    comparison     VARCHAR(2)   NOT NULL CHECK (comparison IN ('GT', 'GE')),
    effective_from DATE         NOT NULL,
    source         VARCHAR(200) NOT NULL,
    PRIMARY KEY (indicator, region, effective_from)
);
INSERT INTO indicator_target VALUES
    ('living-allowance-coverage', '330000', 99, 'GT', '2021-01-01', 'seed 001 浙江省“十四五” 主要指标 2'),
    ('nursing-allowance-coverage', '330000', 99, 'GT', '2021-01-01', 'seed 001 主要指标 3'),
    ('basic-rehab-coverage', '330000', 99, 'GE', '2021-01-01', 'seed 001 主要指标 11'),
    ('device-fitting-rate', '330000', 99, 'GE', '2021-01-01', 'seed 001 主要指标 12'),
    ('home-modification-rate', '330000', 95, 'GE', '2021-01-01', 'seed 001 主要指标 13'),
    ('employment-rate', '330000', 60, 'GE', '2021-01-01', 'seed 001 主要指标 9'),
    ('living-allowance-coverage', '330100', 99, 'GE', '2021-01-01', 'seed 003 杭州市“十四五” 主要指标 2'),
    ('nursing-allowance-coverage', '330100', 99, 'GE', '2021-01-01', 'seed 003 主要指标 3'),
    ('basic-rehab-coverage', '330100', 99, 'GE', '2021-01-01', 'seed 003 主要指标 11'),
    ('device-fitting-rate', '330100', 99, 'GE', '2021-01-01', 'seed 003 主要指标 12'),
    ('home-modification-rate', '330100', 95, 'GE', '2021-01-01', 'seed 003 主要指标 13'),
    ('employment-rate', '330100', 65, 'GE', '2021-01-01', 'seed 003 主要指标 9'),
    ('employment-rate', '330482', 60, 'GE', '2021-01-01', 'seed 004 平湖市 主要指标 9 (2025 目标)'),
    ('device-fitting-rate', '330482', 99, 'GE', '2021-01-01', 'seed 004 主要指标 12'),
    ('home-modification-rate', '330482', 95, 'GE', '2021-01-01', 'seed 004 主要指标 13');

-- Labour age for the employment rate (DOMAIN.md): 16 up to the statutory retirement age. Demo
-- simplification: one retirement age per sex (60 men, 55 women, the later women's scheme), without
-- the gradual rise from 2025 that employment's retirement_age table models.
CREATE TABLE labour_age
(
    effective_from        DATE    PRIMARY KEY,
    minimum_age           INTEGER NOT NULL,
    male_retirement_age   INTEGER NOT NULL,
    female_retirement_age INTEGER NOT NULL
);
INSERT INTO labour_age VALUES ('1995-01-01', 16, 60, 55);

-- Early-warning thresholds (demo values, confirm): days before expiry, days suspended, days a
-- rehab need may stay open (精准康复 time limit), the minimum cell size of published aggregates.
CREATE TABLE warning_policy
(
    effective_from          DATE    PRIMARY KEY,
    expiry_window_days      INTEGER NOT NULL,
    suspension_limit_days   INTEGER NOT NULL,
    need_open_limit_days    INTEGER NOT NULL,
    minimum_cell_size       INTEGER NOT NULL
);
INSERT INTO warning_policy VALUES ('2021-01-01', 60, 30, 90, 5);
