-- Rental reminders (辅具租赁): the holder of a rented device is reminded before the return date and when it has passed.

-- Policy data: how many days before the return date the holder is reminded, by region (the most specific wins).
CREATE TABLE rental_reminder_lead
(
    region          CHAR(6)      NOT NULL,
    valid_from      DATE         NOT NULL,
    valid_to        DATE,
    days_before_due INTEGER      NOT NULL CHECK (days_before_due >= 0),
    source          VARCHAR(200) NOT NULL,
    PRIMARY KEY (region, valid_from)
);
INSERT INTO rental_reminder_lead (region, valid_from, days_before_due, source)
VALUES ('330000', DATE '2021-01-01', 7, 'demo value: confirm with the federation');

-- One reminder per rental and kind: the job may run again (or on two instances) without a second reminder.
CREATE TABLE rental_reminder
(
    id            UUID PRIMARY KEY,
    fitting_id    UUID                     NOT NULL REFERENCES device_fitting (id),
    person_id     UUID                     NOT NULL,
    county        CHAR(6)                  NOT NULL,
    device_code   VARCHAR(40)              NOT NULL,
    kind          VARCHAR(20)              NOT NULL,
    return_due_on DATE                     NOT NULL,
    reminded_on   DATE                     NOT NULL,
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
    UNIQUE (fitting_id, kind)
);
CREATE INDEX rental_reminder_person ON rental_reminder (person_id);
