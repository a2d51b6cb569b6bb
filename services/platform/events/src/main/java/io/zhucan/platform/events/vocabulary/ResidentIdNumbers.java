package io.zhucan.platform.events.vocabulary;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;

/**
 * Resident ID numbers (居民身份证号码, GB 11643-1999), as every service and partner fact uses
 * them: 6-digit region of first registration, birth date YYYYMMDD, 3-digit sequence (odd = male),
 * check character. The JSON Schemas check the format; this checks the rest. Messages never repeat
 * the number.
 */
public final class ResidentIdNumbers {

    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final char[] CHECK = {'1', '0', 'X', '9', '8', '7', '6', '5', '4', '3', '2'};
    /** First two digits of the province-level divisions of GB/T 2260. */
    private static final Set<String> PROVINCES = Set.of("11", "12", "13", "14", "15", "21", "22", "23", "31", "32",
            "33", "34", "35", "36", "37", "41", "42", "43", "44", "45", "46", "50", "51", "52", "53", "54", "61", "62",
            "63", "64", "65", "71", "81", "82");

    /** What is wrong with {@code candidate} (upper-case, stripped), or empty if it is a valid number. */
    public static Optional<String> problemWith(String candidate, LocalDate today) {
        if (candidate == null || !candidate.matches("\\d{17}[\\dX]")) {
            return Optional.of("must be 17 digits followed by a digit or X");
        }
        if (!PROVINCES.contains(candidate.substring(0, 2))) {
            return Optional.of("does not start with a province code");
        }
        LocalDate birthDate;
        try {
            birthDate = birthDateOf(candidate);
        } catch (DateTimeException e) {
            return Optional.of("holds no valid birth date");
        }
        if (birthDate.isAfter(today) || birthDate.isBefore(LocalDate.of(1880, 1, 1))) {
            return Optional.of("holds an impossible birth date");
        }
        if (candidate.charAt(17) != checkCharacter(candidate)) {
            return Optional.of("has a wrong check character");
        }
        return Optional.empty();
    }

    public static boolean isValid(String candidate, LocalDate today) {
        return problemWith(candidate, today).isEmpty();
    }

    /** The check character of the first 17 digits. */
    public static char checkCharacter(String digits) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (digits.charAt(i) - '0') * WEIGHTS[i];
        }
        return CHECK[sum % 11];
    }

    public static LocalDate birthDateOf(String idNumber) {
        return LocalDate.of(Integer.parseInt(idNumber.substring(6, 10)), Integer.parseInt(idNumber.substring(10, 12)),
                Integer.parseInt(idNumber.substring(12, 14)));
    }

    public static Sex sexOf(String idNumber) {
        return (idNumber.charAt(16) - '0') % 2 == 1 ? Sex.MALE : Sex.FEMALE;
    }

    /** The ID number a certificate number starts with (certificate number = ID number + 2 digits). */
    public static String ofCertificateNumber(String certificateNumber) {
        return certificateNumber.substring(0, 18);
    }

    private ResidentIdNumbers() {
    }
}
