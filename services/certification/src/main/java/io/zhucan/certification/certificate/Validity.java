package io.zhucan.certification.certificate;

import java.time.LocalDate;
import java.time.Period;

/**
 * How long a certificate is valid and from when it can be renewed, as the policy table says for
 * the holder's age band and category (DOMAIN.md: 10 years for adults, shorter for minors).
 */
public record Validity(Period period, int renewalWindowDays) {

    public LocalDate until(LocalDate issuedOn) {
        return issuedOn.plus(period).minusDays(1);
    }

    public LocalDate renewableFrom(LocalDate validUntil) {
        return validUntil.minusDays(renewalWindowDays);
    }
}
