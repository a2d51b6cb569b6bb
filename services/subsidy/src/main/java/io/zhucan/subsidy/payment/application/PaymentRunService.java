package io.zhucan.subsidy.payment.application;

import io.zhucan.platform.events.subsidy.PaymentInstructed;
import io.zhucan.platform.messaging.outbox.EventPublisher;
import io.zhucan.platform.security.CurrentUser;
import io.zhucan.subsidy.payment.Instruction;
import io.zhucan.subsidy.payment.PaymentInstructions;
import io.zhucan.subsidy.payment.PaymentRun;
import io.zhucan.subsidy.payment.PaymentRuns;
import io.zhucan.platform.domain.RuleViolationException;
import jakarta.annotation.PreDestroy;
import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
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
 * The monthly payment run: one instruction per payable entitlement and month, enforced by the
 * unique key (entitlement, month). Chunks of entitlements are instructed set-based, each chunk in
 * one statement with the PaymentInstructed events of exactly the instructions it created (outbox),
 * so a re-run, a concurrent run or a run killed mid-way and started again never instructs twice.
 * The chunk locks the entitlements it reads (FOR SHARE), so an ending committed meanwhile claims what
 * the chunk instructed; a reconciliation after the run claims anything still instructed and not covered.
 * Failed instructions with attempts left are sent again at the start of every run.
 */
@Service
public class PaymentRunService {

    private static final Logger log = LoggerFactory.getLogger(PaymentRunService.class);
    /** PostgreSQL orders uuids as unsigned bytes: the nil uuid comes first. */
    private static final UUID FIRST = new UUID(0, 0);

    private final PaymentInstructions instructions;
    private final PaymentRuns runs;
    private final EventPublisher events;
    private final TransactionTemplate transaction;
    private final PaymentFaults faults;
    private final RunReconciliation reconciliation;
    private final Clock clock;
    private final int chunkSize;
    private final int maxAttempts;
    private final String provinceRegion;
    private final ExecutorService background = Executors.newSingleThreadExecutor(r -> new Thread(r, "payment-run"));

    public PaymentRunService(PaymentInstructions instructions, PaymentRuns runs, EventPublisher events, TransactionTemplate transaction,
            PaymentFaults faults, RunReconciliation reconciliation, Clock clock,
            @Value("${zhucan.subsidy.payment-run.chunk-size:20000}") int chunkSize,
            @Value("${zhucan.subsidy.payment-run.max-attempts:3}") int maxAttempts,
            @Value("${zhucan.subsidy.payment-run.region:330000}") String provinceRegion) {
        this.instructions = instructions;
        this.runs = runs;
        this.events = events;
        this.transaction = transaction;
        this.faults = faults;
        this.reconciliation = reconciliation;
        this.clock = clock;
        this.chunkSize = chunkSize;
        this.maxAttempts = maxAttempts;
        this.provinceRegion = provinceRegion;
    }

    /**
     * The scheduled run: the month that starts (paid monthly, in advance). Once per cluster: the
     * replica that takes the lock runs it, and holds it an hour at least so a replica whose timer fires
     * late does not run it again.
     */
    @Scheduled(cron = "${zhucan.subsidy.payment-run.cron:0 0 2 1 * *}", zone = "${zhucan.subsidy.zone:Asia/Shanghai}")
    @SchedulerLock(name = "subsidy-payment-run", lockAtLeastFor = "PT1H", lockAtMostFor = "PT12H")
    public void scheduledRun() {
        run(YearMonth.now(clock), "scheduler");
    }

    /**
     * An operator starts a run: only one whose region is the whole province moves the whole
     * province's money, and only for a due month (see {@link PaymentRun#isDue}).
     */
    public PaymentRun startByOperator(YearMonth month, CurrentUser operator) {
        requireProvinceOperator(operator);
        YearMonth current = YearMonth.now(clock);
        if (PaymentRun.mayRunEarly(month, current)) {
            throw new RuleViolationException("payment-run-early",
                    "a run ahead of its month needs a second operator: request it at /api/subsidies/admin/payment-runs/early");
        }
        if (!PaymentRun.isDue(month, current, runs.find(month).orElse(null))) {
            throw new RuleViolationException("payment-run-month",
                    "a run is started for the current month or an earlier one not yet completed, not " + month);
        }
        return start(month, operator.username());
    }

    /** Only an operator whose region is the whole province moves the whole province's money. */
    void requireProvinceOperator(CurrentUser operator) {
        if (!isProvinceOperator(operator)) {
            throw new AccessDeniedException("only a province-level operator starts a payment run");
        }
    }

    boolean isProvinceOperator(CurrentUser user) {
        return user.hasRole("operator") && provinceRegion.equals(user.region());
    }

    /** Starts the run of {@code month} in the background; see {@link #run}. */
    public PaymentRun start(YearMonth month, String operator) {
        PaymentRun run = runs.begin(month, operator);
        background.submit(() -> {
            try {
                execute(month, chunkSize);
            } catch (RuntimeException e) {
                log.error("payment run {} failed", month, e);
            }
        });
        return run;
    }

    /** Runs {@code month} to the end in the calling thread. Safe to repeat. */
    public PaymentRun run(YearMonth month, String startedBy) {
        return run(month, startedBy, chunkSize);
    }

    public PaymentRun run(YearMonth month, String startedBy, int chunk) {
        runs.begin(month, startedBy);
        return execute(month, chunk);
    }

    private synchronized PaymentRun execute(YearMonth month, int chunk) {
        long started = System.nanoTime();
        long retried = 0;
        long instructed = 0;
        long arrears = 0;
        try {
            while (true) {
                Integer again = transaction.execute(status -> publish(instructions.reinstructFailed(maxAttempts, chunk)));
                if (again == null || again == 0) {
                    break;
                }
                retried += again;
            }
            UUID after = FIRST;
            while (after != null) {
                UUID from = after;
                UUID upTo = instructions.chunkEnd(from, chunk).orElse(null);
                List<Instruction> created = transaction.execute(status -> {
                    List<Instruction> chunkCreated = instructions.instructRange(month, from, upTo, Instant.now(clock));
                    events.writtenBySql();
                    faults.insideChunk(chunkCreated);
                    return chunkCreated;
                });
                instructed += created == null ? 0 : created.size();
                arrears += created == null ? 0 : created.stream().filter(Instruction::arrears).count();
                runs.progress(month, instructed, retried, arrears);
                faults.afterChunk();
                after = upTo;
            }
            int reconciled = reconciliation.after(month);
            if (reconciled > 0) {
                log.warn("payment run {}: {} entitlements instructed after they ended, claimed now", month, reconciled);
            }
            runs.complete(month);
        } catch (RuntimeException e) {
            runs.failed(month, e.getClass().getSimpleName() + ": " + e.getMessage());
            throw e;
        }
        log.info("payment run {}: {} instructed ({} of them arrears), {} re-instructed in {} ms", month, instructed,
                arrears, retried, (System.nanoTime() - started) / 1_000_000);
        return runs.find(month).orElseThrow();
    }

    private int publish(List<Instruction> created) {
        Instant now = Instant.now(clock);
        events.publishAll(created.stream().map(i -> new PaymentInstructed(UUID.randomUUID(), now, i.personId(), i.id(),
                i.entitlementId(), i.allowance(), i.month(), i.amountFen(), i.county(), i.certificateNumber(),
                i.attempt(), i.arrears())).toList());
        return created.size();
    }

    public Optional<PaymentRun> find(YearMonth month) {
        return runs.find(month);
    }

    public List<PaymentRun> latest() {
        return runs.latest(100);
    }

    @PreDestroy
    void stop() {
        background.shutdownNow();
    }
}
