-- Reference data: the counties of the province (GB/T 2260) that handle certificates.
CREATE TABLE county
(
    code      CHAR(6) PRIMARY KEY,
    name      VARCHAR(50) NOT NULL,
    city_code CHAR(6)     NOT NULL
);

-- Policy data (DOMAIN.md, demo values): certificate validity by holder age band and category.
CREATE TABLE validity_rule
(
    id                   SERIAL PRIMARY KEY,
    min_age              INTEGER     NOT NULL,
    max_age              INTEGER     NOT NULL,
    category             VARCHAR(20),            -- NULL: every category
    valid_years          INTEGER     NOT NULL CHECK (valid_years > 0),
    renewal_window_days  INTEGER     NOT NULL CHECK (renewal_window_days >= 0),
    note                 VARCHAR(200) NOT NULL
);

-- Policy data (DOMAIN.md, demo values): time limits of the workflow steps, in working days.
CREATE TABLE step_time_limit
(
    step          VARCHAR(20) PRIMARY KEY,
    working_days  INTEGER NOT NULL CHECK (working_days > 0)
);

-- One person, one record: the resident ID number is unique.
CREATE TABLE person
(
    id               UUID PRIMARY KEY,
    id_number        CHAR(18)                 NOT NULL UNIQUE,
    name             VARCHAR(100)             NOT NULL,
    household_county CHAR(6)                  NOT NULL REFERENCES county (code),
    date_of_death    DATE,
    created_at       TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now()
);

CREATE TABLE certificate_application
(
    id                 UUID PRIMARY KEY,
    person_id          UUID                     NOT NULL REFERENCES person (id),
    kind               VARCHAR(20)              NOT NULL,
    certificate_id     UUID,
    household_county   CHAR(6)                  NOT NULL REFERENCES county (code),
    accepting_county   CHAR(6)                  NOT NULL REFERENCES county (code),
    channel            VARCHAR(20)              NOT NULL,
    home_assessment    BOOLEAN                  NOT NULL,
    registered_by      VARCHAR(255)             NOT NULL,
    submitted_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    status             VARCHAR(20)              NOT NULL,
    step_due_on        DATE                     NOT NULL,
    disabilities       JSONB,
    institution        VARCHAR(200),
    assessed_by        VARCHAR(255),
    assessed_on        DATE,
    reviewed_by        VARCHAR(255),
    review_approved    BOOLEAN,
    review_reason      VARCHAR(500),
    reviewed_at        TIMESTAMP WITH TIME ZONE,
    version            BIGINT                   NOT NULL
);
CREATE INDEX idx_application_person ON certificate_application (person_id);
CREATE INDEX idx_application_queue ON certificate_application (household_county, status, step_due_on);
-- at most one application in progress per person
CREATE UNIQUE INDEX uq_application_open_per_person ON certificate_application (person_id)
    WHERE status IN ('SUBMITTED', 'ASSESSED');

CREATE TABLE certificate
(
    id                  UUID PRIMARY KEY,
    person_id           UUID                     NOT NULL REFERENCES person (id),
    number              CHAR(20)                 NOT NULL,
    category            VARCHAR(20)              NOT NULL,
    grade               VARCHAR(10)              NOT NULL,
    disabilities        JSONB                    NOT NULL,
    household_county    CHAR(6)                  NOT NULL REFERENCES county (code),
    issued_on           DATE                     NOT NULL,
    valid_until         DATE                     NOT NULL,
    status              VARCHAR(20)              NOT NULL,
    verification_code   CHAR(16)                 NOT NULL UNIQUE,
    status_reason       VARCHAR(500),
    cancellation_reason VARCHAR(30),
    cancelled_on        DATE,
    version             BIGINT                   NOT NULL,
    updated_at          TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now()
);
-- one certificate per person that is not cancelled
CREATE UNIQUE INDEX uq_certificate_current_per_person ON certificate (person_id) WHERE status <> 'CANCELLED';
CREATE INDEX idx_certificate_expiry ON certificate (valid_until) WHERE status = 'VALID';
