package io.zhucan.employment.quota;

import io.zhucan.employment.outreach.CertificateHolder;
import io.zhucan.platform.domain.RuleViolationException;
import java.util.List;
import java.util.UUID;

/**
 * An employer's quota for a year, in integers only. Persons are in ten-thousandths, so
 * headcount × rate is exact: required = headcount × rate (basis points); counted = the employees'
 * weights by the first counting rule that applies; shortfall = required − counted, at least 0.
 * The fund (残保金) = shortfall × min(average wage, cap % × local average wage) / 10000 × the share
 * due (tiered collection), in fen, rounded half up once; nothing for an exempt small employer.
 */
public record QuotaAssessment(UUID employerId, int year, int averageHeadcount, long totalWagesFen,
        List<UUID> employees, long requiredTenThousandths, long countedTenThousandths, long shortfallTenThousandths,
        long cappedAverageWageFen, int fundSharePercent, long fundFen, boolean exempt, boolean overQuota) {

    private static final long PERSON = 10_000;

    public static QuotaAssessment assess(UUID employerId, int year, int averageHeadcount, long totalWagesFen,
            List<CertificateHolder> employees, QuotaPolicy policy, List<CountingRule> rules, long localAverageWageFen) {
        if (averageHeadcount <= 0 || totalWagesFen < 0) {
            throw new RuleViolationException("quota.declaration", "headcount must be positive and wages not negative");
        }
        if (employees.size() > averageHeadcount) {
            throw new RuleViolationException("quota.declaration", "more disabled employees than staff");
        }
        long required = (long) averageHeadcount * policy.rateBasisPoints();
        long counted = employees.stream().mapToLong(e -> weight(e, rules)).sum();
        long shortfall = Math.max(0, required - counted);
        long averageWage = halfUp(totalWagesFen, averageHeadcount);
        long cap = halfUp(localAverageWageFen * policy.wageCapPercent(), 100);
        long cappedWage = Math.min(averageWage, cap);
        boolean exempt = averageHeadcount <= policy.smallEmployerMaxStaff();
        int share = policy.sharePercent(counted, averageHeadcount);
        long fund = exempt ? 0 : halfUp(shortfall * cappedWage * share, PERSON * 100);
        return new QuotaAssessment(employerId, year, averageHeadcount, totalWagesFen,
                employees.stream().map(CertificateHolder::personId).toList(), required, counted, shortfall, cappedWage,
                share, fund, exempt, counted > required);
    }

    static long weight(CertificateHolder employee, List<CountingRule> rules) {
        return rules.stream().filter(r -> r.appliesTo(employee)).findFirst()
                .map(CountingRule::weightTenThousandths).orElse((int) PERSON);
    }

    private static long halfUp(long numerator, long denominator) {
        return (numerator + denominator / 2) / denominator;
    }
}
