package io.zhucan.rehabilitation.child;

import java.time.LocalDate;

/**
 * The age limit of child rehabilitation in a region, in completed years (policy data): with
 * {@code maxAge} 6 a child is eligible from birth to the day before the 7th birthday.
 */
public record AgeLimit(int maxAge) {

    public AgeLimit {
        if (maxAge < 0) {
            throw new IllegalArgumentException("an age limit is never negative");
        }
    }

    public boolean covers(LocalDate birthDate, LocalDate on) {
        return !on.isBefore(birthDate) && on.isBefore(birthDate.plusYears(maxAge + 1L));
    }
}
