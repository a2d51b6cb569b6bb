package io.zhucan.subsidy.standard.application;

import io.zhucan.platform.domain.ConflictException;
import io.zhucan.platform.domain.RuleViolationException;
import io.zhucan.platform.domain.region.Divisions;
import io.zhucan.platform.security.CurrentUser;
import io.zhucan.subsidy.shared.Months;
import io.zhucan.subsidy.standard.DibaoStandard;
import io.zhucan.subsidy.standard.StandardActivation;
import io.zhucan.subsidy.standard.Standards;
import java.time.Clock;
import java.time.YearMonth;
import java.util.List;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Operators record the 低保 standards civil affairs publishes (who and when kept with each), from a
 * coming month; once committed the entitlement feature re-evaluates the county's holders for it.
 */
@Service
public class StandardService {

    private final Standards standards;
    private final StandardActivation activation;
    private final TransactionTemplate transaction;
    private final Clock clock;

    public StandardService(Standards standards, StandardActivation activation, TransactionTemplate transaction,
            Clock clock) {
        this.standards = standards;
        this.activation = activation;
        this.transaction = transaction;
        this.clock = clock;
    }

    public DibaoStandard record(CurrentUser operator, DibaoStandard standard) {
        if (!Divisions.zhejiang().isCounty(standard.county())) {
            throw new RuleViolationException("county", "unknown county " + standard.county());
        }
        if (!operator.coversRegion(standard.county())) {
            throw new AccessDeniedException("the county is outside your region");
        }
        YearMonth next = Months.next(clock);
        if (standard.effectiveFrom().isBefore(next)) {
            // months already running or paid would need arrears (补发), which this does not pay
            throw new RuleViolationException("dibao-standard-month",
                    "a standard is recorded from next month (" + next + ") or later");
        }
        boolean recorded = Boolean.TRUE.equals(transaction.execute(
                status -> standards.record(standard, operator.username(), clock.instant())));
        if (!recorded) {
            throw new ConflictException("dibao-standard", "the county has a standard from " + standard.effectiveFrom());
        }
        activation.standardRecorded();
        return standard;
    }

    public List<DibaoStandard> ofCounty(String county) {
        return standards.ofCounty(county);
    }
}
