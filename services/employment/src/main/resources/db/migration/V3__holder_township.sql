-- The holder's township (乡镇/街道) where certification knows it (CertificateIssued.householdTownship):
-- what a township worker's scope reaches. NULL: not known, the person is the county's (also after a
-- transfer to another county).
ALTER TABLE certificate_holder ADD COLUMN township CHAR(9);
CREATE INDEX certificate_holder_township ON certificate_holder (township) WHERE township IS NOT NULL;
