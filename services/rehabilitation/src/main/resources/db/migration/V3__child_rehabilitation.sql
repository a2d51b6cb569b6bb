-- Child rehabilitation (残疾儿童康复救助). A keyed hash of the ID number links a suspected case
-- reported by health insurance to the certificate issued later, without keeping the number.
ALTER TABLE person_profile ADD COLUMN id_number_hash CHAR(64);
CREATE INDEX person_profile_id_hash ON person_profile (id_number_hash);

-- Policy data: the age limit of eligibility by region, in completed years (0–6 in the province;
-- a city may extend it, DOMAIN.md: Hangzhou explores 7–14). The most specific region wins.
CREATE TABLE child_age_limit
(
    region      CHAR(6)      NOT NULL,
    valid_from  DATE         NOT NULL,
    valid_to    DATE,
    max_age     INTEGER      NOT NULL CHECK (max_age >= 0),
    source      VARCHAR(200) NOT NULL,
    PRIMARY KEY (region, valid_from)
);

-- Policy data: the yearly subsidy cap per child, in fen (demo value).
CREATE TABLE child_subsidy_cap
(
    region       CHAR(6)      NOT NULL,
    valid_from   DATE         NOT NULL,
    valid_to     DATE,
    year_cap_fen BIGINT       NOT NULL CHECK (year_cap_fen >= 0),
    source       VARCHAR(200) NOT NULL,
    PRIMARY KEY (region, valid_from)
);

INSERT INTO child_age_limit (region, valid_from, max_age, source)
VALUES ('330000', DATE '2018-01-01', 6, '国务院 残疾儿童康复救助制度 (0–6), 浙江'),
       ('330100', DATE '2024-01-01', 14, 'DOMAIN.md: 杭州 explores 7–14 (demo value)');
INSERT INTO child_subsidy_cap (region, valid_from, year_cap_fen, source)
VALUES ('330000', DATE '2018-01-01', 2400000, 'demo value: confirm the provincial standard');

-- A child who may receive rehabilitation support: from a certificate or a suspected-case screening.
CREATE TABLE child
(
    id              UUID PRIMARY KEY,
    id_number_hash  CHAR(64)                 NOT NULL UNIQUE,
    person_id       UUID UNIQUE,
    birth_date      DATE                     NOT NULL,
    county          CHAR(6)                  NOT NULL,
    basis           VARCHAR(20)              NOT NULL,
    registered_on   DATE                     NOT NULL,
    version         BIGINT                   NOT NULL DEFAULT 0
);

-- The registry of designated institutions (定点康复机构); each signs in with its own client.
CREATE TABLE designated_institution
(
    id              UUID PRIMARY KEY,
    name            VARCHAR(200) NOT NULL,
    county          CHAR(6)      NOT NULL,
    client_id       VARCHAR(100) NOT NULL UNIQUE,
    service_types   VARCHAR(300) NOT NULL,
    capacity        INTEGER      NOT NULL CHECK (capacity > 0),
    agreement_from  DATE         NOT NULL,
    agreement_to    DATE         NOT NULL,
    CHECK (agreement_to > agreement_from)
);

CREATE TABLE enrolment
(
    id              UUID PRIMARY KEY,
    child_id        UUID         NOT NULL REFERENCES child (id),
    institution_id  UUID         NOT NULL REFERENCES designated_institution (id),
    service_type    VARCHAR(30)  NOT NULL,
    admitted_on     DATE         NOT NULL,
    exited_on       DATE,
    enrolled_by     VARCHAR(255) NOT NULL,
    version         BIGINT       NOT NULL DEFAULT 0
);
-- one active enrolment per child
CREATE UNIQUE INDEX enrolment_active_child ON enrolment (child_id) WHERE exited_on IS NULL;
CREATE INDEX enrolment_institution ON enrolment (institution_id);

-- One record per enrolment and month, by the institution; the subsidy is what the yearly cap leaves.
CREATE TABLE monthly_service
(
    id              UUID PRIMARY KEY,
    enrolment_id    UUID         NOT NULL REFERENCES enrolment (id),
    child_id        UUID         NOT NULL REFERENCES child (id),
    institution_id  UUID         NOT NULL REFERENCES designated_institution (id),
    month           CHAR(7)      NOT NULL, -- YYYY-MM
    sessions        INTEGER      NOT NULL CHECK (sessions > 0),
    claimed_fen     BIGINT       NOT NULL CHECK (claimed_fen >= 0),
    subsidy_fen     BIGINT       NOT NULL CHECK (subsidy_fen >= 0 AND subsidy_fen <= claimed_fen),
    recorded_by     VARCHAR(255) NOT NULL,
    recorded_at     TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
    UNIQUE (enrolment_id, month)
);
CREATE INDEX monthly_service_child_month ON monthly_service (child_id, month);
CREATE INDEX monthly_service_institution_month ON monthly_service (institution_id, month);
