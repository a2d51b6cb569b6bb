-- ShedLock (docs/adr/0010): one row per scheduled job; whoever holds it until lock_until runs the job,
-- so every service's jobs (inbox and dead-letter purges among them) run once per cluster, not per replica.
CREATE TABLE IF NOT EXISTS shedlock
(
    name       VARCHAR(64)  NOT NULL PRIMARY KEY,
    lock_until TIMESTAMP    NOT NULL,
    locked_at  TIMESTAMP    NOT NULL,
    locked_by  VARCHAR(255) NOT NULL
);
