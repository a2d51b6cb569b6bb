package io.zhucan.certification.person;

import io.zhucan.certification.shared.RuleViolationException;
import io.zhucan.platform.events.vocabulary.Sex;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Set;

/**
 * A resident ID number (居民身份证号码, GB 11643-1999): 6-digit region of first registration,
 * birth date YYYYMMDD, 3-digit sequence (odd = male), check character. Only valid numbers can be
 * built; the value is personal data and never appears in a message.
 */
public final class ResidentIdNumber {

    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final char[] CHECK = {'1', '0', 'X', '9', '8', '7', '6', '5', '4', '3', '2'};
    /** First two digits of the province-level divisions of GB/T 2260. */
    private static final Set<String> PROVINCES = Set.of("11", "12", "13", "14", "15", "21", "22", "23", "31", "32",
            "33", "34", "35", "36", "37", "41", "42", "43", "44", "45", "46", "50", "51", "52", "53", "54", "61", "62",
            "63", "64", "65", "71", "81", "82");

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
        if (!candidate.matches("\\d{17}[\\dX]")) {
            throw invalid("must be 17 digits followed by a digit or X");
        }
        if (!PROVINCES.contains(candidate.substring(0, 2))) {
            throw invalid("does not start with a province code");
        }
        LocalDate birthDate;
        try {
            birthDate = LocalDate.of(Integer.parseInt(candidate.substring(6, 10)),
                    Integer.parseInt(candidate.substring(10, 12)), Integer.parseInt(candidate.substring(12, 14)));
        } catch (DateTimeException e) {
            throw invalid("holds no valid birth date");
        }
        if (birthDate.isAfter(today) || birthDate.isBefore(LocalDate.of(1880, 1, 1))) {
            throw invalid("holds an impossible birth date");
        }
        if (candidate.charAt(17) != checkCharacter(candidate)) {
            throw invalid("has a wrong check character");
        }
        return new ResidentIdNumber(candidate, birthDate);
    }

    /** The check character of the first 17 digits of {@code digits}. */
    public static char checkCharacter(String digits) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (digits.charAt(i) - '0') * WEIGHTS[i];
        }
        return CHECK[sum % 11];
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
        return (value.charAt(16) - '0') % 2 == 1 ? Sex.MALE : Sex.FEMALE;
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
