package io.zhucan.subsidy.migration;

/**
 * A row of the legacy export that was not taken, and why: the row number (1 = the first after the
 * header) to find it in the file, the ID number only masked, and the reasons by column.
 */
public record Rejection(long row, String reason, String idNumberMasked) {

    /** {@code 330102199003070021} → {@code 330102********0021}; anything else shows only its length. */
    public static String mask(String raw) {
        return raw.length() == 18 ? raw.substring(0, 6) + "********" + raw.substring(14)
                : "(" + raw.length() + " characters)";
    }
}
