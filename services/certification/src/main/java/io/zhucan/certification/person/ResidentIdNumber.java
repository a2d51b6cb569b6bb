package io.zhucan.certification.person;

import io.zhucan.certification.shared.RuleViolationException;
import io.zhucan.platform.events.vocabulary.ResidentIdNumbers;
import io.zhucan.platform.events.vocabulary.Sex;
import java.time.LocalDate;

/**
 * A resident ID number (居民身份证号码, GB 11643-1999): 6-digit region of first registration,
 * birth date YYYYMMDD, 3-digit sequence (odd = male), check character ({@link ResidentIdNumbers}).
 * Only valid numbers can be built; the value is personal data and never appears in a message.
 */
public final class ResidentIdNumber {

    private final String value;
    private final LocalDate birthDate;

    private ResidentIdNumber(String value, LocalDate birthDate) {
        this.value = value;
        this.birthDate = birthDate;
    }

    /** Parses and validates; {@code today} bounds the birth date (no future births). */
    public static ResidentIdNumber parse(String raw, LocalDate today) {
        if (raw == null) {
            throw invalid("is missing");
        }
        String candidate = raw.strip().toUpperCase();
        ResidentIdNumbers.problemWith(candidate, today).ifPresent(why -> {
            throw invalid(why);
        });
        return new ResidentIdNumber(candidate, ResidentIdNumbers.birthDateOf(candidate));
    }

    private static RuleViolationException invalid(String why) {
        return new RuleViolationException("resident-id-number", "the resident ID number " + why);
    }

    public String value() {
        return value;
    }

    public LocalDate birthDate() {
        return birthDate;
    }

    public Sex sex() {
        return ResidentIdNumbers.sexOf(value);
    }

    /** Region of first registration (may differ from today's household registration). */
    public String registrationRegion() {
        return value.substring(0, 6);
    }

    public int ageOn(LocalDate date) {
        return java.time.Period.between(birthDate, date).getYears();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ResidentIdNumber id && id.value.equals(value);
    }

    @Override
    public int hashCode() {
        return value.hashCode();
    }

    /** Masked, so that an accidental log line or string concatenation leaks nothing. */
    @Override
    public String toString() {
        return value.substring(0, 6) + "********" + value.substring(14);
    }
}
