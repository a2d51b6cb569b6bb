-- The holder's township (乡镇/街道) where certification knows it (CertificateIssued.householdTownship):
-- what a township worker's scope reaches. NULL: not known, the person is the county's (also after a
-- transfer to another county, which makes it unknown again).
ALTER TABLE person_file ADD COLUMN township CHAR(9);
