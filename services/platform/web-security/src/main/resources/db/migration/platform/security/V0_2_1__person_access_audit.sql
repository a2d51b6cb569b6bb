-- Audit trail of access to persons' files, owned by the platform-web-security library (0.2.x).
CREATE TABLE person_access_audit
(
    id           BIGSERIAL PRIMARY KEY,
    occurred_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    actor        VARCHAR(255)             NOT NULL,
    actor_roles  VARCHAR(255)             NOT NULL,
    actor_region VARCHAR(6),
    client_id    VARCHAR(255),
    person_id    UUID,
    resource     VARCHAR(255)             NOT NULL,
    outcome      VARCHAR(10)              NOT NULL,
    request_id   VARCHAR(64)
);
CREATE INDEX idx_person_access_audit_person ON person_access_audit (person_id, id);
CREATE INDEX idx_person_access_audit_actor ON person_access_audit (actor, occurred_at);
