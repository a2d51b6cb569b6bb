-- Employment service schema. Flyway owns it; platform libraries add outbox, inbox, dead letters
-- and the person-access audit under db/migration/platform.

-- What certification told us about each certificate holder: the county for outreach, the
-- disability for the quota's counting rule. No name, no ID number.
CREATE TABLE certificate_holder (
    person_id      uuid PRIMARY KEY,
    certificate_id uuid        NOT NULL,
    county         char(6)     NOT NULL,
    category       text        NOT NULL,
    grade          smallint    NOT NULL,
    visual_grade   smallint,
    birth_date     date        NOT NULL,
    sex            text        NOT NULL,
    updated_at     timestamptz NOT NULL
);

-- One outreach record per person (the business key behind the inbox): the county's employment
-- service contacts a certificate holder of labour age.
CREATE TABLE outreach (
    id             uuid PRIMARY KEY,
    person_id      uuid        NOT NULL UNIQUE REFERENCES certificate_holder (person_id),
    county         char(6)     NOT NULL,
    certificate_id uuid        NOT NULL,
    created_at     timestamptz NOT NULL
);
CREATE INDEX outreach_county ON outreach (county, created_at);

CREATE TABLE seeker (
    id                  uuid PRIMARY KEY,
    person_id           uuid        NOT NULL UNIQUE REFERENCES certificate_holder (person_id),
    county              char(6)     NOT NULL,
    category            text        NOT NULL,
    skills              text[]      NOT NULL,
    education           text        NOT NULL,
    education_rank      smallint    NOT NULL,
    work_forms          text[]      NOT NULL,
    location_county     char(6)     NOT NULL,
    location_city       char(4)     GENERATED ALWAYS AS (left(location_county, 4)) STORED,
    accommodations      text[]      NOT NULL,
    consent_scopes      text[]      NOT NULL,
    consent_changed_at  timestamptz NOT NULL,
    consent_recorded_by text        NOT NULL,
    registered_at       timestamptz NOT NULL,
    -- set when the certificate ends (cancelled, e.g. death): the file is closed, whatever the consent
    closed_reason       text,
    search              tsvector    GENERATED ALWAYS AS (to_tsvector('simple'::regconfig, skills_text)) STORED,
    skills_text         text        NOT NULL
);
-- candidate filtering for a job: containment on arrays (GIN), only consenting seekers
CREATE INDEX seeker_matchable ON seeker USING gin (accommodations, work_forms) WHERE 'MATCHING' = ANY (consent_scopes);
CREATE INDEX seeker_city ON seeker (location_city) WHERE 'MATCHING' = ANY (consent_scopes);
CREATE INDEX seeker_search ON seeker USING gin (search);

-- Every consent given or withdrawn, with time, scope and who recorded it.
CREATE TABLE consent_record (
    id          bigserial PRIMARY KEY,
    seeker_id   uuid        NOT NULL REFERENCES seeker (id),
    scopes      text[]      NOT NULL,
    recorded_at timestamptz NOT NULL,
    recorded_by text        NOT NULL,
    recorded_as text        NOT NULL
);

CREATE TABLE employer (
    id            uuid PRIMARY KEY,
    -- 统一社会信用代码: the organisation claim of the employer's users
    credit_code   char(18)    NOT NULL UNIQUE,
    name          text        NOT NULL,
    county        char(6)     NOT NULL,
    headcount     integer     NOT NULL CHECK (headcount >= 0),
    registered_at timestamptz NOT NULL
);

CREATE TABLE job (
    id                 uuid PRIMARY KEY,
    employer_id        uuid        NOT NULL REFERENCES employer (id),
    title              text        NOT NULL,
    description        text        NOT NULL,
    required_skills    text[]      NOT NULL,
    min_education      text        NOT NULL,
    min_education_rank smallint    NOT NULL,
    work_form          text        NOT NULL,
    monthly_wage_fen   bigint      NOT NULL CHECK (monthly_wage_fen >= 0),
    county             char(6)     NOT NULL,
    city               char(4)     GENERATED ALWAYS AS (left(county, 4)) STORED,
    remote             boolean     NOT NULL,
    accessibility      text[]      NOT NULL,
    suited_categories  text[]      NOT NULL,
    open               boolean     NOT NULL,
    updated_at         timestamptz NOT NULL,
    search             tsvector    GENERATED ALWAYS AS (to_tsvector('simple'::regconfig,
                           title || ' ' || description || ' ' || skills_text)) STORED,
    skills_text        text        NOT NULL
);
CREATE INDEX job_accessibility ON job USING gin (accessibility) WHERE open;
CREATE INDEX job_form_city ON job (work_form, city) WHERE open;
CREATE INDEX job_remote ON job (work_form) WHERE open AND remote;
CREATE INDEX job_employer ON job (employer_id);
CREATE INDEX job_search ON job USING gin (search) WHERE open;

CREATE TABLE referral (
    id          uuid PRIMARY KEY,
    job_id      uuid        NOT NULL REFERENCES job (id),
    employer_id uuid        NOT NULL REFERENCES employer (id),
    person_id   uuid        NOT NULL REFERENCES seeker (person_id),
    county      char(6)     NOT NULL,
    status      text        NOT NULL,
    score       integer     NOT NULL,
    explanation jsonb       NOT NULL,
    proposed_at timestamptz NOT NULL,
    proposed_by text        NOT NULL,
    updated_at  timestamptz NOT NULL,
    version     integer     NOT NULL,
    UNIQUE (job_id, person_id)
);
CREATE INDEX referral_person ON referral (person_id);
CREATE INDEX referral_employer ON referral (employer_id, status);

CREATE TABLE placement (
    id               uuid PRIMARY KEY,
    referral_id      uuid        NOT NULL UNIQUE REFERENCES referral (id),
    person_id        uuid        NOT NULL,
    job_id           uuid        NOT NULL,
    employer_id      uuid        NOT NULL,
    work_form        text        NOT NULL,
    start_date       date        NOT NULL,
    monthly_wage_fen bigint      NOT NULL,
    created_at       timestamptz NOT NULL
);

CREATE TABLE quota_assessment (
    id                      uuid PRIMARY KEY,
    employer_id             uuid        NOT NULL REFERENCES employer (id),
    year                    integer     NOT NULL,
    county                  char(6)     NOT NULL,
    average_headcount       integer     NOT NULL,
    total_wages_fen         bigint      NOT NULL,
    employees               uuid[]      NOT NULL,
    required_tt             bigint      NOT NULL,
    counted_tt              bigint      NOT NULL,
    shortfall_tt            bigint      NOT NULL,
    capped_average_wage_fen bigint      NOT NULL,
    fund_share_percent      integer     NOT NULL,
    fund_fen                bigint      NOT NULL,
    exempt                  boolean     NOT NULL,
    over_quota              boolean     NOT NULL,
    assessed_at             timestamptz NOT NULL,
    assessed_by             text        NOT NULL,
    UNIQUE (employer_id, year)
);
CREATE INDEX quota_assessment_region ON quota_assessment (year, county);
