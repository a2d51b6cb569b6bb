-- Arrears (补发): months an entitlement came to cover after their run had passed (a fact that arrived
-- late, a renewal after an expiry) are instructed by the next run, each as its own instruction for its
-- month, as far back as the look-back in force for the run's month.
-- Policy data: versioned by effective month, never a constant in code.
CREATE TABLE arrears_look_back
(
    effective_from DATE         PRIMARY KEY CHECK (EXTRACT(DAY FROM effective_from) = 1),
    months         INTEGER      NOT NULL CHECK (months BETWEEN 0 AND 120),
    source         VARCHAR(300) NOT NULL,
    recorded_by    VARCHAR(255) NOT NULL,
    recorded_at    TIMESTAMPTZ  NOT NULL,
    demo_value     BOOLEAN      NOT NULL DEFAULT false
);

-- DEMO VALUE: neither DOMAIN.md nor the policy documents in the seeds name a limit for 补发; twelve
-- months (one year, the span of the yearly full check) until the federation confirms a figure.
INSERT INTO arrears_look_back (effective_from, months, source, recorded_by, recorded_at, demo_value)
VALUES ('2015-01-01', 12, 'demo value: no figure in DOMAIN.md or the seeds; one year, the yearly review''s span',
        'flyway', now(), true);

-- The months that became owed after their run had passed: a grant or resumption from a month before
-- the next one (the union of such windows; the run pays those the entitlement covers, once each).
CREATE TABLE entitlement_arrears
(
    entitlement_id UUID PRIMARY KEY REFERENCES entitlement (id),
    from_month     DATE        NOT NULL CHECK (EXTRACT(DAY FROM from_month) = 1),
    until_month    DATE        NOT NULL CHECK (EXTRACT(DAY FROM until_month) = 1),
    updated_at     TIMESTAMPTZ NOT NULL,
    CHECK (from_month <= until_month)
);

-- Whether an instruction pays a month before its run's month (补发); the run counts them.
ALTER TABLE payment_instruction ADD COLUMN arrears BOOLEAN NOT NULL DEFAULT false;
ALTER TABLE payment_run ADD COLUMN arrears BIGINT NOT NULL DEFAULT 0;

-- Months another system already paid (the legacy system, by the migration import): no run and no
-- arrears ever instructs a month up to paid_through for the person's allowance. Keyed by ID number,
-- as the legacy export is, so it applies whenever the person's certificate arrives.
CREATE TABLE paid_elsewhere
(
    id_number    VARCHAR(18)     NOT NULL,
    allowance    VARCHAR(10)  NOT NULL CHECK (allowance IN ('LIVING', 'NURSING')),
    paid_through DATE         NOT NULL CHECK (EXTRACT(DAY FROM paid_through) = 1),
    source       VARCHAR(100) NOT NULL,
    recorded_at  TIMESTAMPTZ  NOT NULL,
    PRIMARY KEY (id_number, allowance)
);
