-- Certification's policy tables, versioned and regional (issue 16): each version belongs to the
-- province (330000), a city or a county and takes effect on its day; it carries a validity table,
-- step time limits or both. The most specific level in force decides, per table. The V2 rows become
-- the province's first version. Versions are the audit: never updated, never deleted.
CREATE TABLE certification_rules_version
(
    version        BIGSERIAL PRIMARY KEY,
    region         CHAR(6)                  NOT NULL,
    effective_from DATE                     NOT NULL,
    created_by     VARCHAR(255)             NOT NULL,
    created_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    reason         VARCHAR(500)             NOT NULL,
    UNIQUE (region, effective_from)
);

INSERT INTO certification_rules_version (region, effective_from, created_by, created_at, reason)
VALUES ('330000', DATE '2000-01-01', 'flyway', now(),
        'DOMAIN.md defaults (demo values, to be confirmed by the provincial federation)');

ALTER TABLE validity_rule ADD COLUMN version BIGINT REFERENCES certification_rules_version (version);
UPDATE validity_rule SET version = (SELECT min(version) FROM certification_rules_version);
ALTER TABLE validity_rule ALTER COLUMN version SET NOT NULL;
CREATE INDEX idx_validity_rule_version ON validity_rule (version);

ALTER TABLE step_time_limit ADD COLUMN version BIGINT REFERENCES certification_rules_version (version);
UPDATE step_time_limit SET version = (SELECT min(version) FROM certification_rules_version);
ALTER TABLE step_time_limit ALTER COLUMN version SET NOT NULL;
ALTER TABLE step_time_limit DROP CONSTRAINT step_time_limit_pkey;
ALTER TABLE step_time_limit ADD PRIMARY KEY (version, step);

CREATE FUNCTION certification_rules_immutable() RETURNS trigger LANGUAGE plpgsql AS
$$
BEGIN
    RAISE EXCEPTION 'certification rules are versioned: add a version instead of changing one';
END
$$;
CREATE TRIGGER certification_rules_version_immutable BEFORE UPDATE OR DELETE ON certification_rules_version
    FOR EACH ROW EXECUTE FUNCTION certification_rules_immutable();
CREATE TRIGGER validity_rule_immutable BEFORE UPDATE OR DELETE ON validity_rule
    FOR EACH ROW EXECUTE FUNCTION certification_rules_immutable();
CREATE TRIGGER step_time_limit_immutable BEFORE UPDATE OR DELETE ON step_time_limit
    FOR EACH ROW EXECUTE FUNCTION certification_rules_immutable();
