package io.zhucan.subsidy.review.application;

import io.zhucan.platform.security.CurrentUser;
import io.zhucan.subsidy.casework.ExceptionCases;
import io.zhucan.subsidy.casework.ExceptionKind;
import io.zhucan.subsidy.entitlement.EligibilityRules;
import io.zhucan.subsidy.entitlement.Entitlement;
import io.zhucan.subsidy.entitlement.EntitlementStatus;
import io.zhucan.subsidy.entitlement.Entitlements;
import io.zhucan.subsidy.entitlement.Situation;
import io.zhucan.subsidy.entitlement.Trigger;
import io.zhucan.subsidy.facts.PersonFacts;
import io.zhucan.subsidy.facts.PersonFactsStore;
import io.zhucan.subsidy.policy.Policies;
import io.zhucan.subsidy.policy.Policy;
import io.zhucan.subsidy.review.ReviewFinding;
import io.zhucan.subsidy.review.ReviewOutcome;
import io.zhucan.subsidy.review.ReviewReports;
import io.zhucan.subsidy.review.ReviewRun;
import io.zhucan.subsidy.review.YearlyReview;
import io.zhucan.subsidy.shared.Months;
import io.zhucan.subsidy.standard.LivingStandards;
import io.zhucan.subsidy.standard.Standards;
import jakarta.annotation.PreDestroy;
import java.time.Clock;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The yearly full check (年度复核): every open, paying entitlement (granted or active) against the
 * person's facts and the policy in force next month, through the same rules and decision table as
 * every fact. It applies nothing: each difference is reported and queued for the person's county as a
 * REVIEW_DIFFERENCE case, where a caseworker applies it through the existing paths (the missing fact
 * recorded, or a reviewer's override) — a difference here means the automatic path missed a fact.
 */
@Service
public class YearlyReviewService {

    private static final Logger log = LoggerFactory.getLogger(YearlyReviewService.class);
    private static final Trigger REVIEW = new Trigger("review.yearly", null);

    private final PersonFactsStore facts;
    private final Entitlements entitlements;
    private final Policies policies;
    private final Standards standards;
    private final ExceptionCases exceptions;
    private final ReviewReports reports;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final int chunkSize;
    private final String provinceRegion;
    private final ExecutorService background = Executors.newSingleThreadExecutor(r -> new Thread(r, "yearly-review"));

    public YearlyReviewService(PersonFactsStore facts, Entitlements entitlements, Policies policies, Standards standards,
            ExceptionCases exceptions, ReviewReports reports, TransactionTemplate transaction, Clock clock,
            @Value("${zhucan.subsidy.reevaluation.chunk-size:500}") int chunkSize,
            @Value("${zhucan.subsidy.payment-run.region:330000}") String provinceRegion) {
        this.facts = facts;
        this.entitlements = entitlements;
        this.policies = policies;
        this.standards = standards;
        this.exceptions = exceptions;
        this.reports = reports;
        this.transaction = transaction;
        this.clock = clock;
        this.chunkSize = chunkSize;
        this.provinceRegion = provinceRegion;
    }

    /** Once a year (configurable), once per cluster. */
    @Scheduled(cron = "${zhucan.subsidy.yearly-review.cron:0 0 3 2 1 *}", zone = "${zhucan.subsidy.zone:Asia/Shanghai}")
    @SchedulerLock(name = "subsidy-yearly-review", lockAtLeastFor = "PT1H", lockAtMostFor = "PT12H")
    public void scheduledReview() {
        review("scheduler");
    }

    /** A province-level operator starts a check (in the background); its report is read at GET. */
    public ReviewRun startByOperator(CurrentUser operator) {
        if (!operator.hasRole("operator") || !provinceRegion.equals(operator.region())) {
            throw new AccessDeniedException("only a province-level operator starts the yearly review");
        }
        ReviewRun run = reports.begin(operator.username(), policyInForce().version());
        background.submit(() -> execute(run.id()));
        return run;
    }

    /** Runs a check to its end in the calling thread. */
    public ReviewRun review(String startedBy) {
        ReviewRun run = reports.begin(startedBy, policyInForce().version());
        execute(run.id());
        return reports.find(run.id()).orElseThrow();
    }

    private void execute(UUID runId) {
        try {
            String after = "";
            while (true) {
                String from = after;
                List<PersonFacts> chunk = transaction.execute(status -> check(runId, from));
                if (chunk == null || chunk.isEmpty()) {
                    break;
                }
                after = chunk.getLast().idNumber().value();
            }
            reports.complete(runId);
            log.info("yearly review {} completed: {}", runId, reports.find(runId).map(ReviewRun::counts).orElseThrow());
        } catch (RuntimeException e) {
            reports.failed(runId, e.getClass().getSimpleName());
            log.error("yearly review {} failed", runId, e);
        }
    }

    private List<PersonFacts> check(UUID runId, String after) {
        List<PersonFacts> chunk = facts.lockChunk(after, chunkSize, Set.of(), Set.of());
        if (chunk.isEmpty()) {
            return chunk;
        }
        YearMonth next = Months.next(clock);
        Policy policy = policies.inForce(Months.first(next));
        LivingStandards living = standards.all();
        var current = entitlements.ofPersons(chunk.stream().map(PersonFacts::personId).toList());
        List<ReviewFinding> findings = new ArrayList<>();
        for (PersonFacts person : chunk) {
            for (Entitlement e : current.getOrDefault(person.personId(), java.util.Map.of()).values()) {
                if (e.status() != EntitlementStatus.GRANTED && e.status() != EntitlementStatus.ACTIVE) {
                    continue;
                }
                Situation situation = new Situation(person.personId(), person.idNumber(),
                        person.certificate().county(), next, policy.effectiveMonth(), REVIEW);
                ReviewFinding finding = YearlyReview.compare(e, EligibilityRules.decide(e.allowance(), person, policy,
                        living, Months.first(next)), situation);
                findings.add(finding);
                if (finding.outcome() != ReviewOutcome.UNCHANGED) {
                    exceptions.open(e.personId(), e.allowance(), ExceptionKind.REVIEW_DIFFERENCE, e.county(),
                            finding.detail(runId));
                }
            }
        }
        reports.add(runId, findings);
        return chunk;
    }

    private Policy policyInForce() {
        return policies.inForce(Months.first(Months.next(clock)));
    }

    public Optional<ReviewRun> find(UUID runId) {
        return reports.find(runId);
    }

    public List<ReviewRun> latest() {
        return reports.latest(20);
    }

    public List<ReviewFinding> findings(UUID runId, int offset, int limit) {
        return reports.findings(runId, offset, Math.min(limit, 1000));
    }

    @PreDestroy
    void stop() {
        background.shutdownNow();
    }
}
