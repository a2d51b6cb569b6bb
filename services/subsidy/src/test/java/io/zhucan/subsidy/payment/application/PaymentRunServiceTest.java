package io.zhucan.subsidy.payment.application;

import static io.zhucan.subsidy.fakes.PeopleAndPolicy.CLOCK;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import io.zhucan.platform.events.subsidy.PaymentInstructed;
import io.zhucan.platform.events.vocabulary.Allowance;
import io.zhucan.subsidy.entitlement.Entitlement;
import io.zhucan.subsidy.fakes.InMemoryEntitlements;
import io.zhucan.subsidy.fakes.InMemoryPaymentInstructions;
import io.zhucan.subsidy.fakes.InMemoryPaymentRuns;
import io.zhucan.subsidy.fakes.NoTransactions;
import io.zhucan.subsidy.fakes.PeopleAndPolicy;
import io.zhucan.subsidy.fakes.PublishedEvents;
import io.zhucan.subsidy.payment.Instruction;
import io.zhucan.subsidy.payment.InstructionStatus;
import io.zhucan.subsidy.payment.PaymentRun;
import io.zhucan.subsidy.payment.PaymentRuns;
import io.zhucan.subsidy.payment.RunStatus;
import io.zhucan.subsidy.payment.application.PaymentFaults.SimulatedCrash;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.RejectedExecutionException;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The monthly run: failed instructions sent again first, then the entitlements chunk by chunk, never twice. */
class PaymentRunServiceTest {

    static final YearMonth NOV = YearMonth.of(2026, 11);
    static final YearMonth DEC = YearMonth.of(2026, 12);
    static final UUID FIRST = new UUID(0, 0);

    final PublishedEvents events = new PublishedEvents();
    final InMemoryPaymentInstructions instructions = new InMemoryPaymentInstructions(events);
    final InMemoryPaymentRuns runs = new InMemoryPaymentRuns(CLOCK);
    final NoTransactions transactions = new NoTransactions();
    final PaymentFaults faults = new PaymentFaults(-1);
    final InMemoryEntitlements endedEntitlements = new InMemoryEntitlements();
    final List<String> claims = new ArrayList<>();
    final PaymentRunService service = service(instructions, runs);

    /** Entitlement ids in the table's order; the last one sorts last only as unsigned bytes. */
    final List<UUID> entitlements = List.of(new UUID(0, 1), new UUID(0, 2), new UUID(0, 3), new UUID(1, 0),
            new UUID(-1, 5));

    PaymentRunService service(InMemoryPaymentInstructions store, PaymentRuns runStore) {
        var reconciliation = new RunReconciliation(store, endedEntitlements,
                (ended, reason) -> claims.add(ended.id() + " " + reason), NoTransactions.template(transactions));
        return new PaymentRunService(store, runStore, events, NoTransactions.template(transactions), faults,
                reconciliation, CLOCK, 2, 3, "330000");
    }

    @Test
    void afterTheChunksWhatWasInstructedForAnEndedEntitlementIsClaimed() {
        Entitlement ended = Entitlement.grant(UUID.randomUUID(), PeopleAndPolicy.newIdNumber(), Allowance.LIVING,
                "330102", NOV, 30000).terminate(NOV, "死亡");
        endedEntitlements.add(ended, null);
        instructions.notCovered.add(ended.id());

        service.run(DEC, "test");

        assertThat(claims).containsExactly(ended.id() + " " + RunReconciliation.REASON + ": 死亡");
        assertThat(runs.find(DEC).orElseThrow().status()).isEqualTo(RunStatus.COMPLETED);
    }

    @Test
    void aProvinceLevelOperatorAloneStartsTheCurrentMonthOrAnEarlierOneNotCompletedButNotTheNext() {
        var province = PeopleAndPolicy.staff("sun", "330000", "operator");

        assertThat(service.startByOperator(NOV, province).startedBy()).isEqualTo("sun");
        assertThatThrownBy(() -> service.startByOperator(DEC, province)) // ahead: a second operator approves it
                .isInstanceOfSatisfying(io.zhucan.platform.domain.RuleViolationException.class,
                        e -> assertThat(e.rule()).isEqualTo("payment-run-early"));
        assertThatThrownBy(() -> service.startByOperator(DEC.plusMonths(1), province))
                .isInstanceOfSatisfying(io.zhucan.platform.domain.RuleViolationException.class,
                        e -> assertThat(e.rule()).isEqualTo("payment-run-month"));
        assertThatThrownBy(() -> service.startByOperator(NOV, PeopleAndPolicy.staff("li", "330102", "operator")))
                .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
    }

    @AfterEach
    void stop() {
        service.stop();
    }

    void payable(InMemoryPaymentInstructions store) {
        for (int n = 0; n < entitlements.size(); n++) {
            store.payable(new Instruction(UUID.randomUUID(), entitlements.get(n), UUID.randomUUID(),
                    n % 2 == 0 ? Allowance.LIVING : Allowance.NURSING, NOV, 30000 + n, "33010" + n,
                    PeopleAndPolicy.newIdNumber().value() + "4" + (n % 4 + 1), InstructionStatus.INSTRUCTED, 1));
        }
    }

    Instruction failed(UUID entitlementId, int attempt) {
        Instruction payee = instructions.payees.get(entitlementId);
        return instructions.given(new Instruction(UUID.randomUUID(), entitlementId, payee.personId(),
                payee.allowance(), NOV, payee.amountFen(), payee.county(), payee.certificateNumber(),
                InstructionStatus.FAILED, attempt));
    }

    static String range(YearMonth month, UUID after, @Nullable UUID upTo) {
        return "instructRange " + month + " " + after + " " + upTo;
    }

    @Test
    void everyPayableEntitlementIsInstructedChunkByChunkWithItsEvent() {
        payable(instructions);

        PaymentRun run = service.run(DEC, "operator-1");

        assertThat(instructions.calls).containsExactly(
                "reinstructFailed 3 2",
                "chunkEnd " + FIRST + " 2", range(DEC, FIRST, entitlements.get(1)),
                "chunkEnd " + entitlements.get(1) + " 2", range(DEC, entitlements.get(1), entitlements.get(3)),
                "chunkEnd " + entitlements.get(3) + " 2", range(DEC, entitlements.get(3), null));
        assertThat(runs.progress).containsExactly("2026-12 2/0", "2026-12 4/0", "2026-12 5/0");
        assertThat(transactions.commits).isEqualTo(4);
        assertThat(run).isEqualTo(runs.byMonth.get(DEC));
        assertThat(run.status()).isEqualTo(RunStatus.COMPLETED);
        assertThat(run.instructed()).isEqualTo(5);
        assertThat(run.retried()).isZero();
        assertThat(run.startedBy()).isEqualTo("operator-1");
        assertThat(run.runs()).isEqualTo(1);
        assertThat(run.completedAt()).isEqualTo(Instant.now(CLOCK));

        List<Instruction> created = List.copyOf(instructions.byId.values());
        assertThat(created).hasSize(5).allSatisfy(i -> assertThat(i.month()).isEqualTo(DEC));
        assertThat(events.types()).hasSize(5).containsOnly("PaymentInstructed");
        assertThat(events.of(PaymentInstructed.class)).usingRecursiveFieldByFieldElementComparatorIgnoringFields(
                "eventId").containsExactlyElementsOf(created.stream().map(PaymentRunServiceTest::announced).toList());
        assertThat(events.of(PaymentInstructed.class)).extracting(PaymentInstructed::eventId).doesNotContainNull()
                .doesNotHaveDuplicates();
    }

    static PaymentInstructed announced(Instruction i) {
        return new PaymentInstructed(null, Instant.now(CLOCK), i.personId(), i.id(), i.entitlementId(), i.allowance(),
                i.month(), i.amountFen(), i.county(), i.certificateNumber(), i.attempt(), i.arrears());
    }

    @Test
    void monthsOwedEarlierGoOutInTheSameChunkMarkedAsArrearsAndCounted() {
        payable(instructions);
        instructions.owedSince.put(entitlements.get(0), DEC.minusMonths(2));
        instructions.owedSince.put(entitlements.get(4), NOV);

        PaymentRun run = service.run(DEC, "operator-1");

        assertThat(runs.progress).containsExactly("2026-12 4/0 arrears 2", "2026-12 6/0 arrears 2",
                "2026-12 8/0 arrears 3");
        assertThat(run.instructed()).isEqualTo(8);
        assertThat(run.arrears()).isEqualTo(3);
        assertThat(events.of(PaymentInstructed.class)).filteredOn(PaymentInstructed::arrears)
                .extracting(PaymentInstructed::entitlementId, PaymentInstructed::month)
                .containsExactlyInAnyOrder(tuple(entitlements.get(0), DEC.minusMonths(2)),
                        tuple(entitlements.get(0), NOV), tuple(entitlements.get(4), NOV));
        assertThat(events.of(PaymentInstructed.class)).filteredOn(e -> e.month().equals(DEC))
                .extracting(PaymentInstructed::arrears).hasSize(5).containsOnly(false);

        service.run(DEC, "operator-1"); // again: everything owed was instructed once
        assertThat(runs.byMonth.get(DEC).instructed()).isZero();
        assertThat(events.of(PaymentInstructed.class)).hasSize(8);
    }

    @Test
    void failedInstructionsWithAttemptsLeftGoOutAgainFirstInChunksUntilNoneIsLeft() {
        payable(instructions);
        Instruction a = failed(entitlements.get(0), 1);
        Instruction b = failed(entitlements.get(1), 2);
        Instruction c = failed(entitlements.get(2), 1);
        Instruction exhausted = failed(entitlements.get(3), 3);

        PaymentRun run = service.run(DEC, "operator-1");

        assertThat(instructions.calls.subList(0, 4)).containsExactly("reinstructFailed 3 2", "reinstructFailed 3 2",
                "reinstructFailed 3 2", "chunkEnd " + FIRST + " 2");
        assertThat(instructions.byId.get(a.id()).attempt()).isEqualTo(2);
        assertThat(instructions.byId.get(b.id()).attempt()).isEqualTo(3);
        assertThat(instructions.byId.get(c.id()).attempt()).isEqualTo(2);
        assertThat(instructions.byId.get(exhausted.id()).status()).isEqualTo(InstructionStatus.FAILED);
        List<PaymentInstructed> sent = events.of(PaymentInstructed.class);
        assertThat(sent.subList(0, 3)).extracting(PaymentInstructed::instructionId)
                .containsExactly(a.id(), b.id(), c.id());
        assertThat(sent.subList(0, 3)).extracting(PaymentInstructed::month).containsOnly(NOV);
        assertThat(sent).hasSize(3 + 5);
        assertThat(runs.progress).containsExactly("2026-12 2/3", "2026-12 4/3", "2026-12 5/3");
        assertThat(run.retried()).isEqualTo(3);
        assertThat(run.instructed()).isEqualTo(5);
        assertThat(transactions.commits).isEqualTo(3 + 3);
    }

    @Test
    void aRunAgainInstructsNothingTwice() {
        payable(instructions);
        service.run(DEC, "operator-1");
        events.all.clear();

        PaymentRun again = service.run(DEC, "operator-2");

        assertThat(events.all).isEmpty();
        assertThat(instructions.byId).hasSize(5);
        assertThat(again.runs()).isEqualTo(2);
        assertThat(again.startedBy()).isEqualTo("operator-2");
        assertThat(again.status()).isEqualTo(RunStatus.COMPLETED);
        assertThat(again.instructed()).isZero();
        assertThat(runs.progress.subList(3, 6)).containsExactly("2026-12 0/0", "2026-12 0/0", "2026-12 0/0");
    }

    @Test
    void anEmptyTableIsOneEmptyChunk() {
        PaymentRun run = service.run(DEC, "operator-1");

        assertThat(instructions.calls).containsExactly("reinstructFailed 3 2", "chunkEnd " + FIRST + " 2",
                range(DEC, FIRST, null));
        assertThat(runs.progress).containsExactly("2026-12 0/0");
        assertThat(run.status()).isEqualTo(RunStatus.COMPLETED);
        assertThat(events.all).isEmpty();
    }

    @Test
    void theChunkSizeCanBeGivenPerRun() {
        payable(instructions);

        service.run(DEC, "operator-1", 3);

        assertThat(instructions.calls).containsExactly("reinstructFailed 3 3",
                "chunkEnd " + FIRST + " 3", range(DEC, FIRST, entitlements.get(2)),
                "chunkEnd " + entitlements.get(2) + " 3", range(DEC, entitlements.get(2), null));
        assertThat(runs.progress).containsExactly("2026-12 3/0", "2026-12 5/0");
    }

    @Test
    void aFailingChunkFailsTheRunWithTheErrorRecordedAndRethrown() {
        IllegalStateException down = new IllegalStateException("database down");
        InMemoryPaymentInstructions failing = new InMemoryPaymentInstructions(events) {
            @Override
            public List<Instruction> instructRange(YearMonth month, UUID after, @Nullable UUID upTo, Instant at) {
                if (!after.equals(FIRST)) {
                    throw down;
                }
                return super.instructRange(month, after, upTo, at);
            }
        };
        payable(failing);
        PaymentRunService failingService = service(failing, runs);

        assertThatThrownBy(() -> failingService.run(DEC, "operator-1")).isSameAs(down);

        PaymentRun run = runs.byMonth.get(DEC);
        assertThat(run.status()).isEqualTo(RunStatus.FAILED);
        assertThat(run.lastError()).isEqualTo("IllegalStateException: database down");
        assertThat(run.completedAt()).isNull();
        assertThat(run.instructed()).isEqualTo(2);
        assertThat(runs.progress).containsExactly("2026-12 2/0");
        assertThat(events.all).hasSize(2);
        assertThat(transactions.rollbacks).isEqualTo(1);
    }

    @Test
    void aRunKilledAfterACommittedChunkIsFinishedByTheNextWithoutPayingTwice() {
        payable(instructions);
        faults.crashAfterChunks(1);

        assertThatThrownBy(() -> service.run(DEC, "operator-1")).isInstanceOf(SimulatedCrash.class);

        PaymentRun killed = runs.byMonth.get(DEC);
        assertThat(killed.status()).isEqualTo(RunStatus.FAILED);
        assertThat(killed.lastError()).isEqualTo("SimulatedCrash: payment run killed after a committed chunk");
        assertThat(runs.progress).containsExactly("2026-12 2/0", "2026-12 4/0");
        assertThat(events.all).hasSize(4);

        PaymentRun finished = service.run(DEC, "operator-1");

        assertThat(finished.status()).isEqualTo(RunStatus.COMPLETED);
        assertThat(finished.runs()).isEqualTo(2);
        assertThat(finished.instructed()).isEqualTo(1);
        assertThat(events.of(PaymentInstructed.class)).hasSize(5).extracting(PaymentInstructed::entitlementId)
                .containsExactlyInAnyOrderElementsOf(entitlements);
    }

    @Test
    void theScheduledRunPaysTheMonthThatStarts() {
        payable(instructions);

        service.scheduledRun();

        PaymentRun run = runs.byMonth.get(NOV);
        assertThat(run.startedBy()).isEqualTo("scheduler");
        assertThat(run.status()).isEqualTo(RunStatus.COMPLETED);
        assertThat(run.instructed()).isEqualTo(5);
        assertThat(instructions.byId.values()).extracting(Instruction::month).containsOnly(NOV);
    }

    @Test
    void anOperatorsRunStartsAtOnceAndFinishesInTheBackground() {
        payable(instructions);

        PaymentRun started = service.start(DEC, "operator-1");

        assertThat(started.status()).isEqualTo(RunStatus.RUNNING);
        assertThat(started.startedBy()).isEqualTo("operator-1");
        await().atMost(Duration.ofSeconds(10))
                .until(() -> service.find(DEC).map(PaymentRun::status).orElseThrow() == RunStatus.COMPLETED);
        assertThat(service.find(DEC).orElseThrow().instructed()).isEqualTo(5);
        assertThat(runs.byMonth.get(DEC).runs()).isEqualTo(1);
        assertThat(instructions.calls.getFirst()).isEqualTo("reinstructFailed 3 2");
    }

    @Test
    void aBackgroundRunThatFailsIsRecordedFailed() {
        InMemoryPaymentInstructions failing = new InMemoryPaymentInstructions() {
            @Override
            public List<Instruction> reinstructFailed(int maxAttempts, int limit) {
                throw new IllegalStateException("database down");
            }
        };
        PaymentRunService failingService = service(failing, runs);
        try {
            failingService.start(DEC, "operator-1");

            await().atMost(Duration.ofSeconds(10))
                    .until(() -> runs.find(DEC).map(PaymentRun::status).orElseThrow() == RunStatus.FAILED);
            assertThat(runs.byMonth.get(DEC).lastError()).isEqualTo("IllegalStateException: database down");
        } finally {
            failingService.stop();
        }
    }

    @Test
    void stoppedTheServiceStartsNoMoreRuns() {
        service.stop();

        assertThatThrownBy(() -> service.start(DEC, "operator-1")).isInstanceOf(RejectedExecutionException.class);
        assertThat(instructions.calls).isEmpty();
    }

    @Test
    void theLatestHundredRunsAreListed() {
        for (int n = 0; n < 101; n++) {
            runs.begin(DEC.minusMonths(n), "scheduler");
        }

        assertThat(service.latest()).hasSize(100).first().extracting(PaymentRun::month).isEqualTo(DEC);
        assertThat(service.latest().getLast().month()).isEqualTo(DEC.minusMonths(99));
        assertThat(service.find(NOV)).contains(runs.byMonth.get(NOV));
        assertThat(service.find(DEC.plusMonths(1))).isEmpty();
    }
}
