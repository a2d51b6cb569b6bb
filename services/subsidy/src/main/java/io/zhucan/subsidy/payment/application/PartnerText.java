package io.zhucan.subsidy.payment.application;

import java.util.regex.Pattern;

/** Free text a partner sends about a payment: what of it may be kept, and what events say instead. */
final class PartnerText {

    static final String FAILED_AS_REPORTED = "reported as failed by civil affairs (the reason is kept with the instruction)";
    /** ID numbers (15 or 18 characters), bank accounts, phone numbers: any run of 6 or more digits. */
    private static final Pattern NUMBERS = Pattern.compile("\\d{6,}[\\dXx]?");
    private static final int MAX_LENGTH = 500;

    static String withoutNumbers(String text) {
        String kept = NUMBERS.matcher(text).replaceAll("[redacted]");
        return kept.length() <= MAX_LENGTH ? kept : kept.substring(0, MAX_LENGTH);
    }

    private PartnerText() {
    }
}
