-- The indicators' counts per county and month, materialised from the model (docs/adr/0009): the
-- province query reads 90 counties' rows instead of every person file. A month is refreshed as a
-- whole (IndicatorRefresh: every few minutes for the recent months of the active generation, and for
-- a rebuilt generation before it is switched to); indicator_month says which months a generation
-- holds and as of when. Months it does not hold are computed from the person files on request.
CREATE TABLE indicator_month
(
    generation   INTEGER     NOT NULL,
    month        DATE        NOT NULL, -- first day
    refreshed_at TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (generation, month)
);

CREATE TABLE indicator_count
(
    generation  INTEGER     NOT NULL,
    month       DATE        NOT NULL,
    indicator   VARCHAR(40) NOT NULL,
    county      CHAR(6)     NOT NULL,
    numerator   BIGINT      NOT NULL,
    denominator BIGINT      NOT NULL,
    PRIMARY KEY (generation, month, indicator, county)
);
