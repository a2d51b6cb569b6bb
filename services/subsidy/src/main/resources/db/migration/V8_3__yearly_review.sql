-- The yearly full check (年度复核): per run the counts by outcome, per entitlement whose rules differ
-- from what is paid the finding (person id, amounts, rule ids; no ID number, no name). Nothing is
-- applied: each difference is a case in the caseworkers' queue (exception_case, kind REVIEW_DIFFERENCE).
CREATE TABLE review_run
(
    id             UUID PRIMARY KEY,
    status         VARCHAR(20)  NOT NULL CHECK (status IN ('RUNNING', 'COMPLETED', 'FAILED')),
    started_by     VARCHAR(255) NOT NULL,
    started_at     TIMESTAMPTZ  NOT NULL,
    finished_at    TIMESTAMPTZ,
    policy_version BIGINT       NOT NULL,
    unchanged      BIGINT       NOT NULL DEFAULT 0,
    amount_changed BIGINT       NOT NULL DEFAULT 0,
    would_end      BIGINT       NOT NULL DEFAULT 0,
    missing_facts  BIGINT       NOT NULL DEFAULT 0,
    last_error     TEXT
);

CREATE TABLE review_finding
(
    run_id          UUID        NOT NULL REFERENCES review_run (id),
    entitlement_id  UUID        NOT NULL,
    person_id       UUID        NOT NULL,
    allowance       VARCHAR(10) NOT NULL,
    county          CHAR(6)     NOT NULL,
    outcome         VARCHAR(20) NOT NULL,
    current_fen     BIGINT      NOT NULL,
    rule_fen        BIGINT,
    rule_ids        TEXT        NOT NULL,
    PRIMARY KEY (run_id, entitlement_id)
);
