package io.zhucan.subsidy.entitlement;

import java.time.YearMonth;
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

    /** Granted for the first time ({@code isNew}) or again after a termination. */
    record Grant(Entitlement granted, boolean isNew) implements Transition {
    }

    /** The monthly amount changes from {@code from} on ({@code previousAmountFen} before). */
    record ChangeAmount(Entitlement changed, YearMonth from, long previousAmountFen) implements Transition {
    }

    /** The county changes (household moved), the amount does not: recorded, nothing to tell. */
    record Relocate(Entitlement moved) implements Transition {
    }

    /** Paid again from {@code from}; with a new amount when {@code previousAmountFen} is set. */
    record Resume(Entitlement resumed, YearMonth from, String reason, @Nullable Long previousAmountFen)
            implements Transition {
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
