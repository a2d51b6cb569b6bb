package io.zhucan.subsidy.entitlement;

import java.time.YearMonth;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What happens to an entitlement, decided by the domain ({@link DecisionTable}, {@link Overrides}),
 * applied by one component for the automatic and the caseworker paths alike: it persists the
 * entitlement, publishes the event, tells the citizen and claims what was paid after the end.
 */
public sealed interface Transition {

    Transition NONE = new None();

    /** The entitlement as it is after the transition (null for {@link None}). */
    default @Nullable Entitlement result() {
        return switch (this) {
            case None n -> null;
            case Grant g -> g.granted();
            case ChangeAmount c -> c.changed();
            case Relocate r -> r.moved();
            case Resume r -> r.resumed();
            case Suspend s -> s.suspended();
            case Terminate t -> t.terminated();
            case Decline d -> d.declined();
        };
    }

    /** Nothing changes. */
    record None() implements Transition {
    }

    /**
     * Granted for the first time ({@code isNew}) or again after a termination, with its amount schedule
     * from the start month (a late fact: each month at its own version's amount; else the amount from the start).
     */
    record Grant(Entitlement granted, boolean isNew, List<ScheduledAmount> schedule) implements Transition {

        public Grant {
            schedule = schedule.isEmpty()
                    ? List.of(new ScheduledAmount(granted.startMonth(), granted.latestAmountFen(), null))
                    : List.copyOf(schedule);
        }

        public Grant(Entitlement granted, boolean isNew) {
            this(granted, isNew, List.of());
        }
    }

    /** The monthly amount changes from {@code from} on ({@code previousAmountFen} before). */
    record ChangeAmount(Entitlement changed, YearMonth from, long previousAmountFen) implements Transition {
    }

    /** The county changes (household moved), the amount does not: recorded, nothing to tell. */
    record Relocate(Entitlement moved) implements Transition {
    }

    /**
     * Paid again from {@code from}; with a new amount when {@code previousAmountFen} is set. A late fact
     * reopens months under earlier versions: {@code schedule} holds their amounts (empty otherwise).
     */
    record Resume(Entitlement resumed, YearMonth from, String reason, @Nullable Long previousAmountFen,
            List<ScheduledAmount> schedule) implements Transition {

        public Resume {
            schedule = List.copyOf(schedule);
        }

        public Resume(Entitlement resumed, YearMonth from, String reason, @Nullable Long previousAmountFen) {
            this(resumed, from, reason, previousAmountFen, List.of());
        }

        /** The month the latest amount applies from. */
        public YearMonth latestFrom() {
            return schedule.isEmpty() ? from : schedule.getLast().from();
        }
    }

    /** Not paid from {@code from} until resumed; {@code why} explains it to the citizen. */
    record Suspend(Entitlement suspended, YearMonth from, String reason, String why) implements Transition {
    }

    /** Ends for good after {@code lastPayableMonth}. */
    record Terminate(Entitlement terminated, YearMonth lastPayableMonth, String reason) implements Transition {
    }

    /** The citizen declined it. */
    record Decline(Entitlement declined) implements Transition {
    }
}
