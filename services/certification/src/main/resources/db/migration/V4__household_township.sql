-- The township (乡镇/街道, nine digits) of a person's household registration where it is known:
-- township workers are scoped to it. It always lies in the household county.
ALTER TABLE person ADD COLUMN household_township CHAR(9)
    CHECK (household_township IS NULL OR left(household_township, 6) = household_county);
CREATE INDEX idx_person_township ON person (household_township) WHERE household_township IS NOT NULL;
