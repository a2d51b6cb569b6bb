-- The trace the event was published in (W3C traceparent): the relay sends from its own thread, so the
-- context travels with the row and the record continues the request's trace (docs/operations.md).
ALTER TABLE outbox_event ADD COLUMN traceparent VARCHAR(55);
