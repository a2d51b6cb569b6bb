-- The import of the legacy system's certificate holders (docs/migration.md): one row per import of
-- an export file, a checkpoint per committed chunk (written in the chunk's own transaction, so a
-- killed import resumes after the last one and never imports a chunk twice), and the rejected rows.
CREATE TABLE migration_import
(
    id            UUID PRIMARY KEY,
    file_name     VARCHAR(255)             NOT NULL,
    chunk_size    INTEGER                  NOT NULL CHECK (chunk_size > 0),
    status        VARCHAR(20)              NOT NULL CHECK (status IN ('RUNNING', 'COMPLETED', 'FAILED')),
    total_rows    INTEGER,                 -- counted before the first chunk; NULL while counting
    rows_read     INTEGER                  NOT NULL DEFAULT 0,
    imported      INTEGER                  NOT NULL DEFAULT 0,
    skipped       INTEGER                  NOT NULL DEFAULT 0,
    rejected      INTEGER                  NOT NULL DEFAULT 0,
    failure       VARCHAR(500),
    started_by    VARCHAR(255)             NOT NULL,
    started_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    progressed_at TIMESTAMP WITH TIME ZONE NOT NULL,
    finished_at   TIMESTAMP WITH TIME ZONE
);
-- at most one import runs at a time (a killed one stays RUNNING until it is resumed)
CREATE UNIQUE INDEX uq_migration_import_running ON migration_import ((true)) WHERE status = 'RUNNING';

CREATE TABLE migration_chunk
(
    import_id    UUID                     NOT NULL REFERENCES migration_import (id),
    chunk_no     INTEGER                  NOT NULL,
    last_row     INTEGER                  NOT NULL,
    imported     INTEGER                  NOT NULL,
    skipped      INTEGER                  NOT NULL,
    rejected     INTEGER                  NOT NULL,
    committed_at TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (import_id, chunk_no)
);

-- Why a row was not imported: the row number (the header is row 1), the column, a reason that never
-- repeats the value, and the ID number masked (330102********0027) so the operator can find the person.
CREATE TABLE migration_rejection
(
    import_id     UUID         NOT NULL REFERENCES migration_import (id),
    row_number    INTEGER      NOT NULL,
    column_name   VARCHAR(40)  NOT NULL,
    reason        VARCHAR(300) NOT NULL,
    masked_id     VARCHAR(18),
    PRIMARY KEY (import_id, row_number, column_name)
);
