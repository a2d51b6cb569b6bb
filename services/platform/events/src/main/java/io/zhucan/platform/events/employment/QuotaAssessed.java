package io.zhucan.platform.events.employment;

import io.zhucan.platform.events.EventType;
import io.zhucan.platform.events.IntegrationEvent;
import java.time.Instant;
import java.util.UUID;

/**
 * An employer's quota (按比例安排残疾人就业) for a year was assessed. Numbers of persons are in
 * ten-thousandths (15000 = 1.5 persons), so headcount × rate is exact; the employment security fund
 * (残保金) is in fen. Keyed by the employer, not a person.
 */
public record QuotaAssessed(
        UUID eventId,
        Instant occurredAt,
        UUID employerId,
        String county,
        int year,
        int averageHeadcount,
        long requiredTenThousandths,
        long countedTenThousandths,
        long shortfallTenThousandths,
        long fundFen,
        boolean exempt,
        boolean overQuota) implements IntegrationEvent {

    public static final EventType<QuotaAssessed> TYPE =
            EmploymentEvents.type("quota.assessed", QuotaAssessed.class);

    @Override
    public String partitionKey() {
        return employerId.toString();
    }
}
