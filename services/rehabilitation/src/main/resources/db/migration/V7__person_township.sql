-- The holder's township (乡镇/街道) where certification knows it (CertificateIssued.householdTownship):
-- what a township worker's scope reaches. NULL: not known, the person is the county's (also after a
-- transfer to another county).
ALTER TABLE person_profile ADD COLUMN township CHAR(9);
CREATE INDEX person_profile_township ON person_profile (township) WHERE township IS NOT NULL;
