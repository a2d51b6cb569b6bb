package io.zhucan.subsidy.standard;

import io.zhucan.platform.events.vocabulary.DisabilityGrade;
import java.time.YearMonth;
import org.jspecify.annotations.Nullable;

/** The living allowance as a share of the 低保 standard (basis points) for a region and grade (null: any). */
public record LivingShare(String region, @Nullable DisabilityGrade grade, int basisPoints, YearMonth effectiveFrom) {

    public static final String PROVINCE = "330000";

    public LivingShare {
        if (basisPoints < 0 || basisPoints > 10_000) {
            throw new IllegalArgumentException("a share lies between 0 and 10,000 basis points");
        }
    }

    /** County and grade beat county, which beats province and grade, which beats province. */
    int specificity() {
        return (PROVINCE.equals(region) ? 0 : 2) + (grade == null ? 0 : 1);
    }
}
