-- Dead letters hold no personal data and hold the person's later records behind them (0.1.2).
-- The record stays on its topic (replay reads it there): no key, value or headers are copied; the
-- key is kept as a keyed hash (HMAC) only. Rows parked by 0.1.1 keep their place and lose the copy
-- and their free-text reason, which could quote personal data.
ALTER TABLE dead_letter ADD COLUMN consumer VARCHAR(100);
ALTER TABLE dead_letter ADD COLUMN key_hash VARCHAR(64);
ALTER TABLE dead_letter ADD COLUMN status VARCHAR(20);
ALTER TABLE dead_letter ADD COLUMN resolved_by VARCHAR(255);
ALTER TABLE dead_letter ADD COLUMN resolved_at TIMESTAMP WITH TIME ZONE;
UPDATE dead_letter
SET consumer    = coalesce(convert_from(decode(headers ->> 'kafka_dlt-original-consumer-group', 'base64'), 'UTF8'), 'unknown'),
    status      = CASE WHEN replayed_at IS NULL THEN 'PARKED' ELSE 'REPLAYED' END,
    resolved_by = CASE WHEN replayed_at IS NULL THEN NULL ELSE 'unknown (before 0.1.2)' END,
    resolved_at = replayed_at,
    reason      = 'reason withheld (parked before 0.1.2)';
ALTER TABLE dead_letter ALTER COLUMN consumer SET NOT NULL;
ALTER TABLE dead_letter ALTER COLUMN status SET NOT NULL;
ALTER TABLE dead_letter ADD CONSTRAINT dead_letter_status CHECK (status IN ('PARKED', 'REPLAYING', 'REPLAYED', 'DISCARDED'));
-- a permanently failed record of a row parked twice (its copy published twice to the DLT) is one dead letter
DELETE FROM dead_letter d USING dead_letter e
WHERE d.consumer = e.consumer AND d.original_topic = e.original_topic AND d.original_partition = e.original_partition
  AND d.original_offset = e.original_offset AND d.id > e.id;
ALTER TABLE dead_letter DROP COLUMN dlt_topic, DROP COLUMN dlt_partition, DROP COLUMN dlt_offset,
    DROP COLUMN record_key, DROP COLUMN record_value, DROP COLUMN headers, DROP COLUMN replayed_at;
ALTER TABLE dead_letter ADD CONSTRAINT dead_letter_original UNIQUE (consumer, original_topic, original_partition, original_offset);
-- the hold: open dead letters of a person, looked up for every record the consumer applies
CREATE INDEX idx_dead_letter_open_key ON dead_letter (consumer, original_topic, key_hash, original_partition, original_offset)
    WHERE status IN ('PARKED', 'REPLAYING');
CREATE INDEX idx_dead_letter_resolved_at ON dead_letter (resolved_at) WHERE status IN ('REPLAYED', 'DISCARDED');
