package io.zhucan.subsidy.entitlement.application;

import static org.assertj.core.api.Assertions.assertThat;

import io.zhucan.platform.events.vocabulary.Allowance;
import io.zhucan.platform.events.vocabulary.ResidentIdNumber;
import io.zhucan.subsidy.entitlement.Entitlement;
import io.zhucan.subsidy.entitlement.EntitlementAmount;
import io.zhucan.subsidy.entitlement.EntitlementStatus;
import io.zhucan.subsidy.fakes.InMemoryEntitlements;
import io.zhucan.subsidy.fakes.PublishedEvents;
import io.zhucan.subsidy.fakes.RecordedNotices;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * A chunk writes each row once, as writing them one at a time would leave it: the adapters' set-based
 * statements refuse to name a row twice (ON CONFLICT DO UPDATE), and an UPDATE … FROM takes an
 * arbitrary one of two source rows.
 */
class ChunkOfTransitionsTest {

    static final YearMonth DECEMBER = YearMonth.of(2026, 12);

    final List<List<EntitlementAmount>> amountWrites = new ArrayList<>();
    final List<List<Entitlement>> updateWrites = new ArrayList<>();
    final InMemoryEntitlements entitlements = new InMemoryEntitlements() {
        @Override
        public void scheduleAmounts(List<EntitlementAmount> amounts) {
            amountWrites.add(amounts);
            super.scheduleAmounts(amounts);
        }

        @Override
        public void updateAll(List<Entitlement> updated) {
            updateWrites.add(updated);
            super.updateAll(updated);
        }
    };
    final ChunkOfTransitions chunk = new ChunkOfTransitions();
    final Entitlement granted = Entitlement.grant(UUID.randomUUID(), ResidentIdNumber.of("330102199003070027"),
            Allowance.NURSING, "330102", DECEMBER.minusMonths(3), 40000);

    @Test
    void anAmountNamedTwiceForAMonthIsWrittenOnceWithTheLastValue() {
        chunk.scheduleAmount(amount(DECEMBER, 40000, "resumed"));
        chunk.scheduleAmount(amount(DECEMBER, 45000, "amount changed"));

        write();

        assertThat(amountWrites.getFirst()).singleElement()
                .satisfies(a -> assertThat(a.amountFen()).isEqualTo(45000));
    }

    @Test
    void anEarlierAmountReplacesTheLaterOnesAsOneAtATimeWould() {
        chunk.scheduleAmount(amount(DECEMBER.minusMonths(2), 30000, "granted"));
        chunk.scheduleAmount(amount(DECEMBER, 40000, "granted"));
        chunk.scheduleAmount(amount(DECEMBER.minusMonths(1), 35000, "changed"));

        write();

        assertThat(amountWrites.getFirst()).extracting(EntitlementAmount::fromMonth)
                .containsExactly(DECEMBER.minusMonths(2), DECEMBER.minusMonths(1));
        assertThat(entitlements.schedules.get(granted.id())).containsOnlyKeys(DECEMBER.minusMonths(2),
                DECEMBER.minusMonths(1));
    }

    @Test
    void anEntitlementChangedTwiceIsWrittenOnceInItsLastState() {
        entitlements.given(granted);
        chunk.update(granted);
        chunk.update(granted.suspend(DECEMBER, "NURSING.SEVERE_GRADE"));

        write();

        assertThat(updateWrites.getFirst()).singleElement()
                .satisfies(e -> assertThat(e.status()).isEqualTo(EntitlementStatus.SUSPENDED));
    }

    private EntitlementAmount amount(YearMonth from, long fen, String reason) {
        return new EntitlementAmount(granted.id(), from, fen, 7L, reason);
    }

    private void write() {
        chunk.write(entitlements, (ended, reason) -> { }, new RecordedNotices(), new PublishedEvents());
    }
}
