-- Subsidy service (两项补贴). Months are DATEs on the first day of the month; money is BIGINT fen.

-- The facts the rules need, per person, keyed by the resident ID number: partner facts may arrive
-- before the certificate (person_id is set when it does).
CREATE TABLE person_facts
(
    id_number                 VARCHAR(18) PRIMARY KEY,
    person_id                 UUID UNIQUE,
    certificate_id            UUID,
    certificate_number        VARCHAR(20),
    category                  VARCHAR(20),
    grade                     VARCHAR(10),
    grade_since               DATE,
    county                    VARCHAR(6),
    certificate_status        VARCHAR(20),
    certificate_status_since  DATE,
    issued_on                 DATE,
    valid_until               DATE,
    cancellation_reason       VARCHAR(30),
    low_income_status         VARCHAR(20),
    low_income_since          DATE,
    institutional_care        BOOLEAN,
    institutional_care_since  DATE,
    orphan_allowance          BOOLEAN,
    orphan_allowance_since    DATE,
    care_benefits             JSONB       NOT NULL DEFAULT '{}',
    date_of_death             DATE,
    updated_at                TIMESTAMPTZ NOT NULL
);
CREATE INDEX idx_person_facts_county_grade ON person_facts (county, grade) WHERE person_id IS NOT NULL;

-- Policy as data: immutable versions (an edit creates a new one), each a full snapshot.
CREATE TABLE policy_version
(
    version         BIGINT PRIMARY KEY,
    effective_from  DATE         NOT NULL,
    created_at      TIMESTAMPTZ  NOT NULL,
    created_by      VARCHAR(255) NOT NULL,
    reason          TEXT         NOT NULL,
    changes         JSONB        NOT NULL DEFAULT '{}',
    applied_at      TIMESTAMPTZ,
    reevaluated     BIGINT,
    CHECK (EXTRACT(DAY FROM effective_from) = 1)
);
CREATE TABLE policy_rule
(
    version    BIGINT      NOT NULL REFERENCES policy_version (version),
    rule_id    VARCHAR(80) NOT NULL,
    enabled    BOOLEAN     NOT NULL,
    parameter  TEXT        NOT NULL DEFAULT '',
    PRIMARY KEY (version, rule_id)
);
-- region: 330000 = province default, or a county override; grade NULL = any grade
CREATE TABLE policy_amount
(
    version            BIGINT      NOT NULL REFERENCES policy_version (version),
    allowance          VARCHAR(10) NOT NULL,
    region             VARCHAR(6)  NOT NULL,
    grade              VARCHAR(10),
    monthly_amount_fen BIGINT      NOT NULL CHECK (monthly_amount_fen >= 0),
    demo_value         BOOLEAN     NOT NULL DEFAULT FALSE
);
CREATE UNIQUE INDEX uq_policy_amount ON policy_amount (version, allowance, region, COALESCE(grade, '*'));

-- Every decision, with the facts and the policy version it used (explainable, replayable).
CREATE TABLE decision
(
    id              UUID PRIMARY KEY,
    person_id       UUID        NOT NULL,
    allowance       VARCHAR(10) NOT NULL,
    outcome         VARCHAR(20) NOT NULL,
    failed_rules    TEXT[]      NOT NULL,
    missing_facts   TEXT[]      NOT NULL,
    amount_fen      BIGINT,
    county          VARCHAR(6)  NOT NULL,
    policy_version  BIGINT      NOT NULL,
    trigger         VARCHAR(80) NOT NULL,
    facts           JSONB       NOT NULL,
    decided_at      TIMESTAMPTZ NOT NULL
);
CREATE INDEX idx_decision_person ON decision (person_id, decided_at);
-- the latest decision per person and allowance: a re-evaluation that changes nothing writes nothing
CREATE TABLE current_decision
(
    person_id     UUID        NOT NULL,
    allowance     VARCHAR(10) NOT NULL,
    decision_id   UUID        NOT NULL,
    outcome       VARCHAR(20) NOT NULL,
    failed_rules  TEXT[]      NOT NULL,
    missing_facts TEXT[]      NOT NULL,
    amount_fen    BIGINT,
    PRIMARY KEY (person_id, allowance)
);

-- One entitlement per person and allowance (business key). Payable for month M when
-- start_month <= M <= end_month (open end) and M is outside the pause window.
CREATE TABLE entitlement
(
    id              UUID PRIMARY KEY,
    person_id       UUID        NOT NULL,
    id_number       VARCHAR(18) NOT NULL REFERENCES person_facts (id_number),
    allowance       VARCHAR(10) NOT NULL,
    county          VARCHAR(6)  NOT NULL,
    status          VARCHAR(20) NOT NULL,
    start_month     DATE        NOT NULL,
    end_month       DATE,
    paused_from     DATE,
    paused_until    DATE,
    status_reason   TEXT,
    manual_override BOOLEAN     NOT NULL DEFAULT FALSE,
    decision_id     UUID,
    granted_at      TIMESTAMPTZ NOT NULL,
    updated_at      TIMESTAMPTZ NOT NULL,
    UNIQUE (person_id, allowance)
);
-- the amount schedule: a change (regrade, transfer, policy) applies from a month on
CREATE TABLE entitlement_amount
(
    entitlement_id     UUID        NOT NULL REFERENCES entitlement (id),
    from_month         DATE        NOT NULL,
    monthly_amount_fen BIGINT      NOT NULL CHECK (monthly_amount_fen >= 0),
    policy_version     BIGINT,
    reason             VARCHAR(80) NOT NULL,
    PRIMARY KEY (entitlement_id, from_month)
);

-- Payments: exactly one instruction per entitlement and month.
CREATE TABLE payment_instruction
(
    id                 UUID PRIMARY KEY,
    entitlement_id     UUID        NOT NULL REFERENCES entitlement (id),
    month              DATE        NOT NULL,
    person_id          UUID        NOT NULL,
    allowance          VARCHAR(10) NOT NULL,
    amount_fen         BIGINT      NOT NULL,
    county             VARCHAR(6)  NOT NULL,
    status             VARCHAR(20) NOT NULL,
    attempt            INT         NOT NULL,
    failure_reason     TEXT,
    certificate_number VARCHAR(20) NOT NULL,
    instructed_at      TIMESTAMPTZ NOT NULL,
    settled_on         DATE,
    CONSTRAINT uq_payment_instruction_entitlement_month UNIQUE (entitlement_id, month)
);
CREATE INDEX idx_payment_instruction_person ON payment_instruction (person_id, month);
CREATE INDEX idx_payment_instruction_failed ON payment_instruction (status) WHERE status = 'FAILED';

CREATE TABLE payment_run
(
    month            DATE PRIMARY KEY,
    status           VARCHAR(20)  NOT NULL,
    started_at       TIMESTAMPTZ  NOT NULL,
    started_by       VARCHAR(255) NOT NULL,
    completed_at     TIMESTAMPTZ,
    instructed       BIGINT       NOT NULL DEFAULT 0,
    retried          BIGINT       NOT NULL DEFAULT 0,
    runs             INT          NOT NULL DEFAULT 1,
    last_error       TEXT
);

-- Months instructed after the entitlement ended (e.g. after death): to recover, each month once.
CREATE TABLE overpayment
(
    id              UUID PRIMARY KEY,
    entitlement_id  UUID        NOT NULL REFERENCES entitlement (id),
    person_id       UUID        NOT NULL,
    allowance       VARCHAR(10) NOT NULL,
    county          VARCHAR(6)  NOT NULL,
    months          DATE[]      NOT NULL,
    amount_fen      BIGINT      NOT NULL,
    reason          TEXT        NOT NULL,
    status          VARCHAR(20) NOT NULL,
    raised_at       TIMESTAMPTZ NOT NULL
);
CREATE TABLE overpayment_month
(
    entitlement_id UUID NOT NULL,
    month          DATE NOT NULL,
    overpayment_id UUID NOT NULL REFERENCES overpayment (id),
    PRIMARY KEY (entitlement_id, month)
);

-- The caseworkers' exception queue: undecidable cases, payments that keep failing.
CREATE TABLE exception_case
(
    id          UUID PRIMARY KEY,
    person_id   UUID        NOT NULL,
    allowance   VARCHAR(10),
    kind        VARCHAR(30) NOT NULL,
    county      VARCHAR(6)  NOT NULL,
    detail      TEXT        NOT NULL,
    opened_at   TIMESTAMPTZ NOT NULL,
    resolved_at TIMESTAMPTZ,
    resolved_by VARCHAR(255),
    resolution  TEXT
);
CREATE UNIQUE INDEX uq_exception_open ON exception_case (person_id, COALESCE(allowance, '-'), kind) WHERE resolved_at IS NULL;
CREATE INDEX idx_exception_open_county ON exception_case (county) WHERE resolved_at IS NULL;

-- Manual overrides by reviewers: who, when, what, why.
CREATE TABLE override_audit
(
    id          UUID PRIMARY KEY,
    person_id   UUID         NOT NULL,
    allowance   VARCHAR(10)  NOT NULL,
    action      VARCHAR(20)  NOT NULL,
    reason      TEXT         NOT NULL,
    actor       VARCHAR(255) NOT NULL,
    actor_region VARCHAR(6),
    amount_fen  BIGINT,
    occurred_at TIMESTAMPTZ  NOT NULL
);

-- Notifications to the citizen (a later notification service may take them over).
CREATE TABLE notification
(
    id             UUID PRIMARY KEY,
    person_id      UUID        NOT NULL,
    entitlement_id UUID,
    kind           VARCHAR(40) NOT NULL,
    message        TEXT        NOT NULL,
    created_at     TIMESTAMPTZ NOT NULL,
    read_at        TIMESTAMPTZ
);
CREATE INDEX idx_notification_person ON notification (person_id, created_at);

-- Partner REST intake: one row per partner record id, so a second POST has no second effect.
CREATE TABLE partner_fact_intake
(
    partner     VARCHAR(40)  NOT NULL,
    fact_id     VARCHAR(100) NOT NULL,
    event_type  VARCHAR(120) NOT NULL,
    event_id    UUID         NOT NULL,
    received_at TIMESTAMPTZ  NOT NULL,
    PRIMARY KEY (partner, fact_id)
);
