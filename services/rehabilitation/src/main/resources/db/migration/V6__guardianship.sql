-- Guardianship (监护): who may see a child's rehabilitation as its guardian. Recorded by a caseworker
-- today (source CASEWORKER); a civil-affairs or public-security guardianship fact would feed the same table.
CREATE TABLE guardianship
(
    id                 UUID PRIMARY KEY,
    guardian_person_id UUID                     NOT NULL,
    child_person_id    UUID                     NOT NULL,
    relation           VARCHAR(20)              NOT NULL,
    valid_from         DATE                     NOT NULL,
    valid_until        DATE,
    source             VARCHAR(30)              NOT NULL,
    recorded_by        VARCHAR(255)             NOT NULL,
    recorded_at        TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
    CHECK (guardian_person_id <> child_person_id),
    CHECK (valid_until IS NULL OR valid_until >= valid_from),
    UNIQUE (guardian_person_id, child_person_id, valid_from)
);
CREATE INDEX guardianship_child ON guardianship (child_person_id);
