package io.zhucan.platform.events.vocabulary;

import java.util.Arrays;

/** Disability category of the certificate (残疾类别) with the digit used in the certificate number. */
public enum DisabilityCategory {
    VISUAL(1, "视力"),
    HEARING(2, "听力"),
    SPEECH(3, "言语"),
    PHYSICAL(4, "肢体"),
    INTELLECTUAL(5, "智力"),
    MENTAL(6, "精神"),
    MULTIPLE(7, "多重");

    private final int digit;
    private final String chineseName;

    DisabilityCategory(int digit, String chineseName) {
        this.digit = digit;
        this.chineseName = chineseName;
    }

    public int digit() {
        return digit;
    }

    public String chineseName() {
        return chineseName;
    }

    public static DisabilityCategory ofDigit(int digit) {
        return Arrays.stream(values())
                .filter(c -> c.digit == digit)
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no disability category with digit " + digit));
    }
}
