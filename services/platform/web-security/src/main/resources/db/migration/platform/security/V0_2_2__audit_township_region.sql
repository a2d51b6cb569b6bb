-- Township workers (乡镇/街道) carry a nine-digit region: their reads are audited like anyone's.
ALTER TABLE person_access_audit ALTER COLUMN actor_region TYPE VARCHAR(9);
