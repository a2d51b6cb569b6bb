-- Policy data: the working-day calendar (official holidays and make-up working days, 放假调休) that
-- the workflow's due dates count in. A PUBLISHED year holds the days of the State Council's notice;
-- a PENDING year has none yet and counts Monday to Friday until an operator publishes it
-- (PUT /admin/calendar/{year}, recorded in calendar_change).
CREATE TABLE calendar_year
(
    year       INTEGER PRIMARY KEY,
    status     VARCHAR(10)  NOT NULL CHECK (status IN ('PUBLISHED', 'PENDING')),
    source     VARCHAR(300) NOT NULL
);

CREATE TABLE calendar_day
(
    day   DATE PRIMARY KEY,
    year  INTEGER     NOT NULL REFERENCES calendar_year (year),
    kind  VARCHAR(20) NOT NULL CHECK (kind IN ('HOLIDAY', 'MAKEUP_WORKDAY')),
    name  VARCHAR(50) NOT NULL,
    CHECK (EXTRACT(YEAR FROM day) = year),
    -- a make-up working day falls on a weekend (ISO day of week 6 or 7)
    CHECK (kind <> 'MAKEUP_WORKDAY' OR EXTRACT(ISODOW FROM day) IN (6, 7))
);

-- Who published which days of a year, when, from which notice (the audit of operator edits).
CREATE TABLE calendar_change
(
    id         BIGSERIAL PRIMARY KEY,
    year       INTEGER                  NOT NULL REFERENCES calendar_year (year),
    source     VARCHAR(300)             NOT NULL,
    days       JSONB                    NOT NULL,
    changed_by VARCHAR(255)             NOT NULL,
    changed_at TIMESTAMP WITH TIME ZONE NOT NULL
);

-- 2026: 国务院办公厅关于2026年部分节假日安排的通知 (2025-11-04, 新华社 published it that day).
INSERT INTO calendar_year (year, status, source) VALUES
    (2026, 'PUBLISHED', '国务院办公厅关于2026年部分节假日安排的通知（2025年11月4日）');
INSERT INTO calendar_day (day, year, kind, name)
SELECT d::date, 2026, 'HOLIDAY', name
FROM (VALUES ('2026-01-01', '2026-01-03', '元旦'), ('2026-02-15', '2026-02-23', '春节'),
             ('2026-04-04', '2026-04-06', '清明节'), ('2026-05-01', '2026-05-05', '劳动节'),
             ('2026-06-19', '2026-06-21', '端午节'), ('2026-09-25', '2026-09-27', '中秋节'),
             ('2026-10-01', '2026-10-07', '国庆节')) AS holiday (first_day, last_day, name),
     generate_series(first_day::date, last_day::date, INTERVAL '1 day') AS d;
INSERT INTO calendar_day (day, year, kind, name) VALUES
    ('2026-01-04', 2026, 'MAKEUP_WORKDAY', '元旦调休'),
    ('2026-02-14', 2026, 'MAKEUP_WORKDAY', '春节调休'), ('2026-02-28', 2026, 'MAKEUP_WORKDAY', '春节调休'),
    ('2026-05-09', 2026, 'MAKEUP_WORKDAY', '劳动节调休'),
    ('2026-09-20', 2026, 'MAKEUP_WORKDAY', '国庆节调休'), ('2026-10-10', 2026, 'MAKEUP_WORKDAY', '国庆节调休');

-- 2027: the State Council's notice for 2027 was not found in any source checked on 2026-12-01.
-- PENDING, never guessed: Monday to Friday until an operator publishes the notice's days.
INSERT INTO calendar_year (year, status, source) VALUES
    (2027, 'PENDING', 'awaiting 国务院办公厅关于2027年部分节假日安排的通知');
