-- The test application's state and the effects of consumed events. Deliberately no unique key on
-- consumer_effect: a second effect of the same event must be visible, not swallowed by the table.
CREATE TABLE test_state (id UUID PRIMARY KEY, person_id UUID NOT NULL, created_at TIMESTAMPTZ NOT NULL);
CREATE TABLE consumer_effect (
    seq         BIGSERIAL PRIMARY KEY,
    event_id    UUID        NOT NULL,
    person_id   UUID        NOT NULL,
    marker      DATE        NOT NULL,
    recorded_at TIMESTAMPTZ NOT NULL DEFAULT clock_timestamp()
);
