-- Platform messaging tables, owned by the platform-messaging library (versions 0.1.x).
-- Namastack Outbox's PostgreSQL schema (1.6.0), created by Flyway instead of the library's initializer.
CREATE TABLE outbox_record
(
    id             VARCHAR(255)             NOT NULL PRIMARY KEY,
    status         VARCHAR(20)              NOT NULL,
    record_key     VARCHAR(255)             NOT NULL,
    record_type    VARCHAR(255)             NOT NULL,
    payload        TEXT                     NOT NULL,
    context        TEXT,
    created_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    completed_at   TIMESTAMP WITH TIME ZONE,
    failure_count  INT                      NOT NULL,
    failure_reason VARCHAR(1000),
    next_retry_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    partition_no   INTEGER                  NOT NULL,
    handler_id     VARCHAR(1000)            NOT NULL
);

CREATE TABLE outbox_instance
(
    instance_id    VARCHAR(255) PRIMARY KEY,
    hostname       VARCHAR(255)             NOT NULL,
    port           INTEGER                  NOT NULL,
    status         VARCHAR(50)              NOT NULL,
    started_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    last_heartbeat TIMESTAMP WITH TIME ZONE NOT NULL,
    created_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at     TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE TABLE outbox_partition
(
    partition_number INTEGER PRIMARY KEY,
    instance_id      VARCHAR(255),
    version          BIGINT                   NOT NULL DEFAULT 0,
    updated_at       TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE INDEX idx_outbox_record_record_key_created ON outbox_record (record_key, created_at);
CREATE INDEX idx_outbox_record_partition_status_retry ON outbox_record (partition_no, status, next_retry_at);
CREATE INDEX idx_outbox_record_status_retry ON outbox_record (status, next_retry_at);
CREATE INDEX idx_outbox_record_status ON outbox_record (status);
CREATE INDEX idx_outbox_record_record_key_completed_created ON outbox_record (record_key, completed_at, created_at);
CREATE INDEX idx_outbox_instance_status_heartbeat ON outbox_instance (status, last_heartbeat);
CREATE INDEX idx_outbox_instance_last_heartbeat ON outbox_instance (last_heartbeat);
CREATE INDEX idx_outbox_instance_status ON outbox_instance (status);
CREATE INDEX idx_outbox_partition_instance_id ON outbox_partition (instance_id);

-- Idempotent consumer: one row per consumer and processed event, written with the event's effect.
CREATE TABLE inbox_message
(
    consumer    VARCHAR(100)             NOT NULL,
    event_id    UUID                     NOT NULL,
    received_at TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (consumer, event_id)
);
CREATE INDEX idx_inbox_message_received_at ON inbox_message (received_at);

-- Records this service's consumers sent to a dead-letter topic, for inspection and replay.
CREATE TABLE dead_letter
(
    id                 UUID PRIMARY KEY,
    dlt_topic          VARCHAR(255)             NOT NULL,
    dlt_partition      INTEGER                  NOT NULL,
    dlt_offset         BIGINT                   NOT NULL,
    original_topic     VARCHAR(255)             NOT NULL,
    original_partition INTEGER                  NOT NULL,
    original_offset    BIGINT                   NOT NULL,
    record_key         VARCHAR(255),
    record_value       BYTEA,
    headers            JSONB                    NOT NULL,
    event_type         VARCHAR(255),
    event_id           VARCHAR(255),
    reason             TEXT                     NOT NULL,
    parked_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    replayed_at        TIMESTAMP WITH TIME ZONE,
    UNIQUE (dlt_topic, dlt_partition, dlt_offset)
);
CREATE INDEX idx_dead_letter_parked_at ON dead_letter (parked_at);
