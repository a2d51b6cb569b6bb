package io.zhucan.employment.quota;

/**
 * The quota policy in force for a year (policy data): the rate in basis points (150 = 1.5%), the cap
 * on the employer's average wage as a percentage of the local average (200 = twice), the headcount
 * up to which employers are exempt from the fund, and the tiered collection: the share of the fund
 * due when the disabled employees counted reach {@code tierThresholdBasisPoints} of the staff, and
 * below it.
 */
public record QuotaPolicy(int rateBasisPoints, int wageCapPercent, int smallEmployerMaxStaff,
        int tierThresholdBasisPoints, int shareAtOrAbovePercent, int shareBelowPercent) {

    /** The share of the fund due, in percent, for {@code countedTenThousandths} among {@code headcount} staff. */
    public int sharePercent(long countedTenThousandths, int headcount) {
        return countedTenThousandths >= (long) tierThresholdBasisPoints * headcount ? shareAtOrAbovePercent
                : shareBelowPercent;
    }
}
