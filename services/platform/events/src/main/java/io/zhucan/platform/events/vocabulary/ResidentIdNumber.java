package io.zhucan.platform.events.vocabulary;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.time.LocalDate;
import java.time.Period;

/**
 * A resident ID number (居民身份证号码, GB 11643-1999) as a value: only valid numbers can be built
 * ({@link ResidentIdNumbers} checks them). The value is personal data: {@link #toString()} masks it,
 * so an accidental log line, exception message or record print leaks nothing.
 */
public final class ResidentIdNumber implements Comparable<ResidentIdNumber> {

    /** The day no birth date can follow: for numbers already validated when they were recorded. */
    private static final LocalDate NO_BOUND = LocalDate.of(9999, 12, 31);

    private final String value;

    private ResidentIdNumber(String value) {
        this.value = value;
    }

    /** Parses what a person typed; {@code today} bounds the birth date (no future births). */
    public static ResidentIdNumber parse(String raw, LocalDate today) {
        if (raw == null) {
            throw new InvalidResidentIdNumberException("is missing");
        }
        String candidate = raw.strip().toUpperCase();
        ResidentIdNumbers.problemWith(candidate, today).ifPresent(why -> {
            throw new InvalidResidentIdNumberException(why);
        });
        return new ResidentIdNumber(candidate);
    }

    /** A number from a validated source (an event, a stored row): checked again, with no bound on the date. */
    @JsonCreator
    public static ResidentIdNumber of(String recorded) {
        return parse(recorded, NO_BOUND);
    }

    /** The ID number a certificate number starts with (certificate number = ID number + 2 digits). */
    public static ResidentIdNumber ofCertificateNumber(String certificateNumber) {
        return of(ResidentIdNumbers.ofCertificateNumber(certificateNumber));
    }

    /** The number in clear, for storage and for the few places that must show or send it. */
    @JsonValue
    public String value() {
        return value;
    }

    public LocalDate birthDate() {
        return ResidentIdNumbers.birthDateOf(value);
    }

    public Sex sex() {
        return ResidentIdNumbers.sexOf(value);
    }

    /** Region of first registration (may differ from today's household registration). */
    public String registrationRegion() {
        return value.substring(0, 6);
    }

    public int ageOn(LocalDate date) {
        return Period.between(birthDate(), date).getYears();
    }

    /** {@code 330102199003070021} → {@code 330102********0021}: region and last four stay. */
    public String masked() {
        return value.substring(0, 6) + "********" + value.substring(14);
    }

    @Override
    public int compareTo(ResidentIdNumber other) {
        return value.compareTo(other.value);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ResidentIdNumber id && id.value.equals(value);
    }

    @Override
    public int hashCode() {
        return value.hashCode();
    }

    /** Masked: see the class comment. */
    @Override
    public String toString() {
        return masked();
    }

    /** Not a valid resident ID number; the message says why and never repeats the number. */
    public static final class InvalidResidentIdNumberException extends IllegalArgumentException {

        InvalidResidentIdNumberException(String why) {
            super("the resident ID number " + why);
        }
    }
}
