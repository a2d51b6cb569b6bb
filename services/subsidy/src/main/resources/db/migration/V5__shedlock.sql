-- ShedLock (docs/adr/0010): the table now comes with the messaging library (platform V0_1_4), for
-- every service; kept here, idempotent, so databases that applied this version stay valid.
CREATE TABLE IF NOT EXISTS shedlock
(
    name       VARCHAR(64)  NOT NULL PRIMARY KEY,
    lock_until TIMESTAMP    NOT NULL,
    locked_at  TIMESTAMP    NOT NULL,
    locked_by  VARCHAR(255) NOT NULL
);
