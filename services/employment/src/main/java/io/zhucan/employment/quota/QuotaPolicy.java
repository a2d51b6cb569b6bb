package io.zhucan.employment.quota;

/**
 * The quota policy in force for a year (policy data): the rate in basis points (150 = 1.5%), the cap
 * on the employer's average wage as a percentage of the local average (200 = twice), and the
 * headcount up to which employers are exempt from the fund.
 */
public record QuotaPolicy(int rateBasisPoints, int wageCapPercent, int smallEmployerMaxStaff) {
}
