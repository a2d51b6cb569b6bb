-- The rehabilitation service's own tables. Platform tables (outbox, inbox, dead letters, access
-- audit) come from the platform libraries' migrations (db/migration/platform, docs/adr/0005).

-- What the service knows of a certificate holder, kept from certification's events: the county
-- that owns the case, the disabilities that decide which devices suit, the birth date for ages.
CREATE TABLE person_profile
(
    person_id        UUID PRIMARY KEY,
    certificate_id   UUID                     NOT NULL,
    county           CHAR(6)                  NOT NULL,
    category         VARCHAR(20)              NOT NULL,
    grade            VARCHAR(10)              NOT NULL,
    disabilities     VARCHAR(200)             NOT NULL, -- CATEGORY:GRADE,...
    birth_date       DATE,
    certified        BOOLEAN                  NOT NULL,
    updated_at       TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now()
);

-- A needs assessment (精准康复). One per certificate event that opens it: the business key
-- behind the inbox, so a replay of the topic from offset zero opens nothing twice.
CREATE TABLE need
(
    id               UUID PRIMARY KEY,
    person_id        UUID                     NOT NULL,
    certificate_id   UUID                     NOT NULL,
    opened_by_event  UUID                     NOT NULL UNIQUE,
    trigger          VARCHAR(30)              NOT NULL,
    county           CHAR(6)                  NOT NULL,
    category         VARCHAR(20)              NOT NULL,
    grade            VARCHAR(10)              NOT NULL,
    status           VARCHAR(20)              NOT NULL,
    assessed_needs   VARCHAR(300)             NOT NULL DEFAULT '', -- RehabService,...
    assessed_by      VARCHAR(255),
    plan             VARCHAR(300)             NOT NULL DEFAULT '',
    delivered        VARCHAR(300)             NOT NULL DEFAULT '',
    outcome          VARCHAR(30),
    opened_on        DATE                     NOT NULL,
    closed_on        DATE,
    version          BIGINT                   NOT NULL,
    updated_at       TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now()
);
CREATE INDEX need_person ON need (person_id);
CREATE INDEX need_county_status ON need (county, status);

-- Services delivered against the plan (a service can be delivered more than once: sessions).
CREATE TABLE service_delivery
(
    id               UUID PRIMARY KEY,
    need_id          UUID                     NOT NULL REFERENCES need (id),
    service          VARCHAR(30)              NOT NULL,
    delivered_on     DATE                     NOT NULL,
    provider         VARCHAR(200)             NOT NULL,
    recorded_by      VARCHAR(255)             NOT NULL,
    recorded_at      TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now()
);
CREATE INDEX service_delivery_need ON service_delivery (need_id);

-- Policy data: the assistive device catalogue (辅具目录), versioned by effective dates. A device
-- suits the listed categories and grades; the basic-model subsidy is in fen.
CREATE TABLE device_catalogue_item
(
    code                VARCHAR(40)  NOT NULL,
    valid_from          DATE         NOT NULL,
    valid_to            DATE,                   -- exclusive; NULL: open-ended
    name                VARCHAR(100) NOT NULL,
    suited_categories   VARCHAR(200) NOT NULL,  -- DisabilityCategory,...
    suited_grades       VARCHAR(100) NOT NULL,  -- DisabilityGrade,...
    basic_subsidy_fen   BIGINT       NOT NULL CHECK (basic_subsidy_fen >= 0),
    rental_allowed      BOOLEAN      NOT NULL,
    high_tech           BOOLEAN      NOT NULL,
    source              VARCHAR(200) NOT NULL,
    PRIMARY KEY (code, valid_from),
    CHECK (valid_to IS NULL OR valid_to > valid_from)
);

-- A fitting order: the device, the model chosen and its price, the co-pay split, and for a
-- device outside the person's categories the override reason and its second approver.
CREATE TABLE device_fitting
(
    id                   UUID PRIMARY KEY,
    person_id            UUID                     NOT NULL,
    county               CHAR(6)                  NOT NULL,
    device_code          VARCHAR(40)              NOT NULL,
    model                VARCHAR(200)             NOT NULL,
    price_fen            BIGINT                   NOT NULL CHECK (price_fen >= 0),
    subsidy_fen          BIGINT                   NOT NULL CHECK (subsidy_fen >= 0),
    personal_top_up_fen  BIGINT                   NOT NULL CHECK (personal_top_up_fen >= 0),
    rental               BOOLEAN                  NOT NULL,
    return_due_on        DATE,
    status               VARCHAR(30)              NOT NULL,
    override_reason      VARCHAR(500),
    ordered_by           VARCHAR(255)             NOT NULL,
    override_approved_by VARCHAR(255),
    fitted_on            DATE,
    returned_on          DATE,
    version              BIGINT                   NOT NULL,
    created_at           TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
    CHECK (price_fen = subsidy_fen + personal_top_up_fen),
    CHECK (NOT rental OR return_due_on IS NOT NULL)
);
CREATE INDEX device_fitting_person ON device_fitting (person_id);
CREATE INDEX device_fitting_rental_due ON device_fitting (county, return_due_on) WHERE rental AND status = 'FITTED';
