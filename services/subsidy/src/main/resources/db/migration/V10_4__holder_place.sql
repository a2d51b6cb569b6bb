-- Where a certificate holder lives as far as certification told us (CertificateIssued.householdTownship):
-- the township (乡镇/街道) a township worker's scope reaches. township NULL: not known, the person is the
-- county's (also after a transfer to another county, which makes it unknown again).
CREATE TABLE holder_place
(
    person_id UUID PRIMARY KEY,
    county    CHAR(6) NOT NULL,
    township  CHAR(9)
);
CREATE INDEX holder_place_township ON holder_place (township) WHERE township IS NOT NULL;
