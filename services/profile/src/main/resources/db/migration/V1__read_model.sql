-- The profile service's read model (一人一档 and the plan's indicators), kept by its consumers from
-- every integration-event topic. Platform tables (inbox, dead letters, access audit) come from the
-- platform libraries' migrations (db/migration/platform, docs/adr/0005).
--
-- Every model row belongs to a generation: the live consumers keep the ACTIVE one; a rebuild
-- replays the topics from offset zero into a new BUILDING generation and switches over once it
-- has caught up (docs/adr/0007).
CREATE TABLE model_generation
(
    generation  INTEGER PRIMARY KEY,
    status      VARCHAR(10) NOT NULL CHECK (status IN ('BUILDING', 'ACTIVE', 'RETIRED')),
    started_at  TIMESTAMPTZ NOT NULL,
    switched_at TIMESTAMPTZ,
    started_by  VARCHAR(100) NOT NULL
);
CREATE UNIQUE INDEX one_active_generation ON model_generation (status) WHERE status = 'ACTIVE';
CREATE UNIQUE INDEX one_building_generation ON model_generation (status) WHERE status = 'BUILDING';
INSERT INTO model_generation VALUES (1, 'ACTIVE', now(), now(), 'flyway');

-- One row per certificate holder (or applicant): what the timeline header and the indicators need.
-- id_hash is an HMAC of the resident ID number (the number itself is never stored): partner facts
-- are keyed by the number and join the person through it.
CREATE TABLE person_file
(
    generation       INTEGER     NOT NULL,
    person_id        UUID        NOT NULL,
    id_hash          CHAR(64),
    county           CHAR(6)     NOT NULL,
    birth_date       DATE,
    sex              VARCHAR(10),
    category         VARCHAR(20),
    grade            VARCHAR(10),
    certificate      VARCHAR(12) NOT NULL, -- APPLIED, REJECTED, ISSUED, SUSPENDED, EXPIRED, CANCELLED
    applied_on       DATE,
    issued_on        DATE,
    valid_until      DATE,
    died_on          DATE,
    PRIMARY KEY (generation, person_id)
);
CREATE INDEX person_file_hash ON person_file (generation, id_hash);
CREATE INDEX person_file_county ON person_file (generation, county);

-- The timeline: one row per event, in the order it happened. summary is the event's content
-- without personal data (ID and certificate numbers are left out), reason and rules say why.
-- Partner facts carry the ID-number hash instead of a person id until the person is known.
CREATE TABLE timeline_entry
(
    generation  INTEGER      NOT NULL,
    event_id    UUID         NOT NULL,
    person_id   UUID,
    id_hash     CHAR(64),
    occurred_at TIMESTAMPTZ  NOT NULL,
    type        VARCHAR(100) NOT NULL,
    summary     JSONB        NOT NULL,
    reason      VARCHAR(300),
    rules       VARCHAR(300),
    PRIMARY KEY (generation, event_id)
);
CREATE INDEX timeline_person ON timeline_entry (generation, person_id, occurred_at);
CREATE INDEX timeline_hash ON timeline_entry (generation, id_hash, occurred_at);

-- Subsidy: the latest eligibility per person and allowance, and each entitlement's state.
CREATE TABLE eligibility
(
    generation  INTEGER     NOT NULL,
    person_id   UUID        NOT NULL,
    allowance   VARCHAR(10) NOT NULL,
    outcome     VARCHAR(20) NOT NULL,
    eligible_on DATE, -- first day of the current run of ELIGIBLE decisions; NULL while not eligible
    PRIMARY KEY (generation, person_id, allowance)
);

CREATE TABLE entitlement
(
    generation     INTEGER     NOT NULL,
    entitlement_id UUID        NOT NULL,
    person_id      UUID        NOT NULL,
    allowance      VARCHAR(10) NOT NULL,
    county         CHAR(6)     NOT NULL,
    status         VARCHAR(12) NOT NULL, -- ACTIVE, SUSPENDED, TERMINATED
    granted_on     DATE        NOT NULL,
    without_application BOOLEAN NOT NULL,
    status_since   DATE        NOT NULL,
    PRIMARY KEY (generation, entitlement_id)
);
CREATE INDEX entitlement_person ON entitlement (generation, person_id);

-- Rehabilitation: needs with their plan, first delivery and outcome; fittings and modifications.
CREATE TABLE rehab_need
(
    generation   INTEGER      NOT NULL,
    need_id      UUID         NOT NULL,
    person_id    UUID         NOT NULL,
    county       CHAR(6)      NOT NULL,
    opened_on    DATE         NOT NULL,
    planned      VARCHAR(200) NOT NULL DEFAULT '',
    served_on    DATE,
    closed_on    DATE,
    outcome      VARCHAR(20),
    PRIMARY KEY (generation, need_id)
);
CREATE INDEX rehab_need_person ON rehab_need (generation, person_id);

CREATE TABLE rehab_outcome
(
    generation INTEGER     NOT NULL,
    person_id  UUID        NOT NULL,
    kind       VARCHAR(20) NOT NULL, -- DEVICE_FITTED, HOME_MODIFIED
    first_on   DATE        NOT NULL,
    PRIMARY KEY (generation, person_id, kind)
);

-- Employment: the first placement of a person (employment rate).
CREATE TABLE placement
(
    generation INTEGER NOT NULL,
    person_id  UUID    NOT NULL,
    first_on   DATE    NOT NULL,
    PRIMARY KEY (generation, person_id)
);
