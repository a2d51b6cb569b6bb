-- A transfer between counties of the province (迁移): the origin county or the holder asks, the
-- destination county accepts; only then does the certificate (and the person) move. At most one
-- request per certificate waits; a newer request from the origin withdraws the older one.
CREATE TABLE certificate_transfer
(
    id             UUID PRIMARY KEY,
    certificate_id UUID                     NOT NULL REFERENCES certificate (id),
    person_id      UUID                     NOT NULL REFERENCES person (id),
    from_county    CHAR(6)                  NOT NULL REFERENCES county (code),
    to_county      CHAR(6)                  NOT NULL REFERENCES county (code),
    status         VARCHAR(20)              NOT NULL,
    requested_by   VARCHAR(100)             NOT NULL,
    requested_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    decided_by     VARCHAR(100),
    decided_at     TIMESTAMP WITH TIME ZONE
);
CREATE UNIQUE INDEX uq_certificate_transfer_waiting ON certificate_transfer (certificate_id) WHERE status = 'REQUESTED';
CREATE INDEX idx_certificate_transfer_incoming ON certificate_transfer (to_county) WHERE status = 'REQUESTED';
