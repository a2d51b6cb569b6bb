package io.zhucan.rehabilitation.child;

import java.time.YearMonth;
import java.util.UUID;

/** One month of services an institution recorded for an enrolled child, with the subsidy the cap allows. */
public record MonthlyService(UUID id, UUID enrolmentId, UUID childId, UUID institutionId, YearMonth month,
        int sessions, long claimedFen, long subsidyFen, String recordedBy) {
}
