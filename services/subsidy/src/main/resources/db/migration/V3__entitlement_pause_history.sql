-- Closed pause windows of an entitlement. The entitlement row holds only its latest window; when a
-- new suspension replaces a closed one, the closed one is kept here, so a payment run for an old
-- month still finds that the month was paused and does not instruct it.
CREATE TABLE entitlement_pause
(
    entitlement_id UUID NOT NULL REFERENCES entitlement (id),
    from_month     DATE NOT NULL,
    until_month    DATE NOT NULL,
    PRIMARY KEY (entitlement_id, from_month)
);
