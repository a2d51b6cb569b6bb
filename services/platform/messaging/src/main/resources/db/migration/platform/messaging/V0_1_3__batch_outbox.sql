-- The platform's own outbox (docs/adr/0011), replacing Namastack Outbox's tables: one row per event,
-- in commit order by seq; the relay reads a batch by the primary key, sends it and deletes it.
-- Nothing to index but the key: the relay never selects by status, time or record key.
CREATE TABLE outbox_event
(
    seq         BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    event_id    UUID                     NOT NULL,
    event_type  VARCHAR(255)             NOT NULL,
    topic       VARCHAR(255)             NOT NULL,
    record_key  VARCHAR(255)             NOT NULL,
    occurred_at TIMESTAMP WITH TIME ZONE NOT NULL,
    payload     TEXT                     NOT NULL
);

-- Events still pending in Namastack's table when the new version starts are carried over in their order
-- (Namastack stored the OutboxMessage record as JSON).
INSERT INTO outbox_event (event_id, event_type, topic, record_key, occurred_at, payload)
SELECT (m ->> 'eventId')::uuid, m ->> 'eventType', m ->> 'topic', m ->> 'key', CASE jsonb_typeof(m -> 'occurredAt')
           WHEN 'number' THEN to_timestamp((m ->> 'occurredAt')::numeric)
           ELSE (m ->> 'occurredAt')::timestamptz END,
       m ->> 'payload'
FROM (SELECT payload::jsonb AS m, created_at, id FROM outbox_record WHERE status <> 'COMPLETED') pending
ORDER BY created_at, id;

DROP TABLE outbox_record;
DROP TABLE outbox_partition;
DROP TABLE outbox_instance;
