package io.zhucan.employment.quota.application;

import io.zhucan.employment.employer.Employer;
import io.zhucan.employment.outreach.CertificateHolder;
import io.zhucan.employment.outreach.Outreaches;
import io.zhucan.employment.quota.QuotaAssessment;
import io.zhucan.employment.quota.QuotaPolicy;
import io.zhucan.employment.quota.QuotaStore;
import io.zhucan.platform.domain.ConflictException;
import io.zhucan.platform.domain.NotFoundException;
import io.zhucan.platform.domain.RuleViolationException;
import io.zhucan.platform.events.employment.QuotaAssessed;
import io.zhucan.platform.messaging.outbox.EventPublisher;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * An employer's annual declaration becomes its quota assessment: once per employer and year (a
 * second declaration is refused, so the fund is never assessed twice), with the event.
 */
@Service
public class QuotaService {

    private final QuotaStore store;
    private final Outreaches holders;
    private final EventPublisher events;
    private final Clock clock;

    public QuotaService(QuotaStore store, Outreaches holders, EventPublisher events, Clock clock) {
        this.store = store;
        this.holders = holders;
        this.events = events;
        this.clock = clock;
    }

    @Transactional
    public QuotaAssessment declare(Employer employer, int year, int averageHeadcount, long totalWagesFen,
            List<UUID> disabledEmployees, String declaredBy) {
        QuotaPolicy policy = store.policyFor(year)
                .orElseThrow(() -> new RuleViolationException("quota.policy", "no quota policy in force for " + year));
        long localWage = store.averageWageFen(year, employer.county()).orElseThrow(() -> new RuleViolationException(
                "quota.average-wage", "no local average wage published for " + year));
        List<UUID> distinct = disabledEmployees.stream().distinct().toList();
        List<CertificateHolder> employees = holders.holders(distinct);
        if (employees.size() != distinct.size()) {
            throw new RuleViolationException("quota.employee-unknown", (distinct.size() - employees.size())
                    + " declared employee(s) hold no certificate known to the platform");
        }
        QuotaAssessment assessment = QuotaAssessment.assess(employer.id(), year, averageHeadcount, totalWagesFen,
                employees, policy, store.countingRulesFor(year), localWage);
        if (!store.add(assessment, employer.county(), declaredBy)) {
            throw new ConflictException("the quota of " + year + " was assessed already");
        }
        events.publish(new QuotaAssessed(UUID.randomUUID(), clock.instant(), employer.id(), employer.county(), year,
                averageHeadcount, assessment.requiredTenThousandths(), assessment.countedTenThousandths(),
                assessment.shortfallTenThousandths(), assessment.fundFen(), assessment.exempt(),
                assessment.overQuota()));
        return assessment;
    }

    @Transactional(readOnly = true)
    public QuotaAssessment of(Employer employer, int year) {
        return store.of(employer.id(), year).orElseThrow(() -> new NotFoundException("no assessment for " + year));
    }

    @Transactional(readOnly = true)
    public List<QuotaAssessment> verificationList(int year, String regionPrefix) {
        return store.inRegion(year, regionPrefix);
    }
}
