package io.zhucan.platform.security;

/**
 * Masking of personal data for responses to roles that do not need it in clear (and for the
 * rare log line that must refer to a person: use the person id instead whenever possible).
 */
public final class PersonalData {

    /** {@code 330102199003070021} → {@code 330102********0021}: region and last four stay. */
    public static String maskIdNumber(String idNumber) {
        if (idNumber == null || idNumber.length() < 10) {
            return "****";
        }
        return idNumber.substring(0, 6) + "*".repeat(idNumber.length() - 10) + idNumber.substring(idNumber.length() - 4);
    }

    /** {@code 张三丰} → {@code 张**}: the family name stays. */
    public static String maskName(String name) {
        if (name == null || name.isEmpty()) {
            return "*";
        }
        int first = name.codePointAt(0);
        int rest = name.codePointCount(0, name.length()) - 1;
        return new String(Character.toChars(first)) + "*".repeat(Math.max(1, rest));
    }

    /** {@code 13812345678} → {@code 138****5678}. */
    public static String maskPhone(String phone) {
        if (phone == null || phone.length() < 7) {
            return "****";
        }
        return phone.substring(0, 3) + "*".repeat(phone.length() - 7) + phone.substring(phone.length() - 4);
    }

    private PersonalData() {
    }
}
