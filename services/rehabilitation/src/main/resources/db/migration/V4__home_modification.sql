-- Home accessibility modification (无障碍改造): survey → plan and budget → works → acceptance.

-- Policy data: the subsidy cap per home modification, in fen (demo value), by region.
CREATE TABLE modification_subsidy_cap
(
    region      CHAR(6)      NOT NULL,
    valid_from  DATE         NOT NULL,
    valid_to    DATE,
    cap_fen     BIGINT       NOT NULL CHECK (cap_fen >= 0),
    source      VARCHAR(200) NOT NULL,
    PRIMARY KEY (region, valid_from)
);
INSERT INTO modification_subsidy_cap (region, valid_from, cap_fen, source)
VALUES ('330000', DATE '2021-01-01', 800000, 'demo value: confirm the provincial standard');

-- One case per need; the subsidy is fixed once, on acceptance (subsidy_fen NOT NULL only then).
CREATE TABLE modification_case
(
    id                UUID PRIMARY KEY,
    need_id           UUID                     NOT NULL UNIQUE REFERENCES need (id),
    person_id         UUID                     NOT NULL,
    county            CHAR(6)                  NOT NULL,
    status            VARCHAR(20)              NOT NULL,
    survey_findings   VARCHAR(1000),
    surveyed_on       DATE,
    plan              VARCHAR(1000),
    budget_fen        BIGINT CHECK (budget_fen >= 0),
    cost_fen          BIGINT CHECK (cost_fen >= 0),
    works_done_on     DATE,
    works_recorded_by VARCHAR(255),
    accepted_by       VARCHAR(255),
    accepted_on       DATE,
    subsidy_fen       BIGINT CHECK (subsidy_fen >= 0),
    opened_by         VARCHAR(255)             NOT NULL,
    version           BIGINT                   NOT NULL,
    created_at        TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now()
);
CREATE INDEX modification_case_person ON modification_case (person_id);
