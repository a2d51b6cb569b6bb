-- The migration import of the legacy export (subsidy's side: the months the legacy system paid, into
-- paid_elsewhere). One row per file (by its SHA-256: the same file again resumes or is a no-op), its
-- progress in rows, and the rows rejected with the reason and the ID number masked (never in clear).
CREATE TABLE legacy_import
(
    id          UUID PRIMARY KEY,
    file_sha256 CHAR(64)     NOT NULL UNIQUE,
    file_name   VARCHAR(255) NOT NULL,
    status      VARCHAR(20)  NOT NULL CHECK (status IN ('RUNNING', 'COMPLETED', 'FAILED')),
    rows_done   BIGINT       NOT NULL DEFAULT 0,
    accepted    BIGINT       NOT NULL DEFAULT 0,
    rejected    BIGINT       NOT NULL DEFAULT 0,
    started_by  VARCHAR(255) NOT NULL,
    started_at  TIMESTAMPTZ  NOT NULL,
    updated_at  TIMESTAMPTZ  NOT NULL,
    finished_at TIMESTAMPTZ,
    last_error  TEXT
);

CREATE TABLE legacy_import_rejection
(
    import_id        UUID         NOT NULL REFERENCES legacy_import (id),
    row_no           BIGINT       NOT NULL,
    reason           VARCHAR(500) NOT NULL,
    id_number_masked VARCHAR(30)  NOT NULL,
    PRIMARY KEY (import_id, row_no)
);
