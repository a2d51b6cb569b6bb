package io.zhucan.subsidy.entitlement;

import io.zhucan.subsidy.shared.Months;
import java.time.YearMonth;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The automatic handling (免申即享) as a table: how an entitlement (or its absence) reacts to a new
 * decision. A pure function; {@link Transition}s say what to do, the application applies them.
 *
 * <pre>
 * decision        │ none       │ granted/active      │ suspended         │ terminated │ declined
 * ────────────────┼────────────┼─────────────────────┼───────────────────┼────────────┼─────────
 * ending (death…) │ –          │ terminate           │ terminate         │ –          │ –
 * eligible        │ grant      │ change amount/county│ resume (not manual)│ grant again│ –
 * not eligible    │ (late fact)│ suspend (not manual)│ (late fact)       │ (late fact)│ –
 * undecidable     │ –          │ –                   │ –                 │ –          │ –
 * </pre>
 *
 * A late fact is decided month by month ({@link MonthDecision}: each month under the version that
 * governed it). A grant or resumption then starts where the owed months begin, each month at its own
 * version's amount. "(late fact)": one not eligible under the version in force who was owed months
 * under an earlier one is granted (again) or resumed for those and suspended from the first month
 * that is not owed, as if the fact had been known in time and the policy change had suspended it.
 */
public final class DecisionTable {

    /** Decided by the version in force for the next month alone: one transition. */
    public static Transition react(@Nullable Entitlement current, Decision decision, Situation situation) {
        return react(current, decision, situation, List.of()).getFirst();
    }

    /**
     * As above, with {@code months} the decisions month by month from the look-back to the next month
     * (none: as above); one transition, or two for months owed before the person stopped being eligible.
     */
    public static List<Transition> react(@Nullable Entitlement current, Decision decision, Situation situation,
            List<MonthDecision> months) {
        if (decision.ending() != null) {
            return List.of(current != null && current.status().isOpen()
                    ? Overrides.terminate(current, YearMonth.from(decision.ending().date()),
                            Explanations.ending(decision.ending().reason()))
                    : Transition.NONE);
        }
        return switch (decision.outcome()) {
            case ELIGIBLE -> List.of(eligible(current, decision, situation, OwedMonths.endingAt(months, months.size() - 1)));
            case NOT_ELIGIBLE -> notEligible(current, decision, situation, months);
            case UNDECIDABLE -> List.of(Transition.NONE); // the caseworker decides; the entitlement stays as it is
        };
    }

    private static Transition eligible(@Nullable Entitlement current, Decision decision, Situation s,
            Optional<OwedMonths> owed) {
        long amount = Objects.requireNonNull(decision.monthlyAmountFen());
        // From the month after eligibility, even a past one: months a run already passed are arrears
        // (补发), which the next run pays as far back as the policy's look-back allows.
        YearMonth start = owed.map(OwedMonths::start).orElseGet(() ->
                OwedMonths.startWithoutHistory(Objects.requireNonNull(decision.eligibleSince()), s.policyEffectiveMonth()));
        if (current == null) {
            return new Transition.Grant(Entitlement.grant(s.personId(), s.idNumber(), decision.allowance(), s.county(),
                    start, amount), true, schedule(owed, start));
        }
        return switch (current.status()) {
            case TERMINATED -> regrant(current, afterEnd(current, start), amount, s, owed);
            case SUSPENDED -> current.manualOverride() ? Transition.NONE
                    : resume(current.resume(start, "eligible again: " + s.trigger().name()), start, amount, s.county(),
                            "eligible again", schedule(owed, reopened(current)));
            case GRANTED, ACTIVE -> change(current, Months.max(s.changeMonth(), s.nextMonth()), amount, s.county());
            case DECLINED -> Transition.NONE;
        };
    }

    private static List<Transition> notEligible(@Nullable Entitlement current, Decision decision, Situation s,
            List<MonthDecision> months) {
        if (current != null && (current.manualOverride() || current.status() == EntitlementStatus.GRANTED
                || current.status() == EntitlementStatus.ACTIVE)) {
            return List.of(suspend(current, s.changeMonth(), decision));
        }
        Optional<OwedMonths> owed = OwedMonths.last(months);
        Transition owedBefore = owed.map(o -> owedBefore(current, decision, s, o)).orElse(Transition.NONE);
        Entitlement opened = owedBefore.result();
        if (opened == null) {
            return List.of(Transition.NONE);
        }
        return List.of(owedBefore, suspend(opened, owed.orElseThrow().until().plusMonths(1), decision));
    }

    /** The months owed before the person stopped being eligible: granted (again) or resumed. */
    private static Transition owedBefore(@Nullable Entitlement current, Decision decision, Situation s, OwedMonths owed) {
        if (current == null) {
            return new Transition.Grant(Entitlement.grant(s.personId(), s.idNumber(), decision.allowance(), s.county(),
                    owed.start(), owed.latestAmountFen()), true, owed.schedule());
        }
        return switch (current.status()) {
            case TERMINATED -> {
                YearMonth start = afterEnd(current, owed.start());
                yield owed.notBefore(start).<Transition>map(left -> new Transition.Grant(
                        current.regrant(start, left.latestAmountFen(), s.county()), false, left.schedule()))
                        .orElse(Transition.NONE);
            }
            case SUSPENDED -> owed.notBefore(reopened(current)).map(left -> resume(
                    current.resume(left.start(), "owed before: " + s.trigger().name()), left.start(),
                    left.latestAmountFen(), s.county(), "owed before", left.schedule())).orElse(Transition.NONE);
            case GRANTED, ACTIVE, DECLINED -> Transition.NONE;
        };
    }

    private static Transition suspend(Entitlement current, YearMonth from, Decision decision) {
        if (current.manualOverride()
                || (current.status() != EntitlementStatus.GRANTED && current.status() != EntitlementStatus.ACTIVE)) {
            return Transition.NONE;
        }
        String reason = String.join(",", decision.failedRuleIds());
        return new Transition.Suspend(current.suspend(from, reason), from, reason, Explanations.rules(decision.failedRules()));
    }

    private static Transition regrant(Entitlement ended, YearMonth start, long amount, Situation s,
            Optional<OwedMonths> owed) {
        return new Transition.Grant(ended.regrant(start, amount, s.county()), false, schedule(owed, start));
    }

    /** The steps of the owed months from {@code from} on (none: the amount from the start). */
    private static List<ScheduledAmount> schedule(Optional<OwedMonths> owed, YearMonth from) {
        return owed.flatMap(o -> o.notBefore(from)).map(OwedMonths::schedule).orElse(List.of());
    }

    /** A resumption reopens the months from the pause on (those before it were payable already). */
    private static YearMonth reopened(Entitlement suspended) {
        return suspended.pausedFrom() == null ? suspended.startMonth() : Months.max(suspended.pausedFrom(),
                suspended.startMonth());
    }

    /** Granted again, never for a month of the ended grant (those were settled or claimed back with it). */
    private static YearMonth afterEnd(Entitlement ended, YearMonth start) {
        return ended.endMonth() == null ? start : Months.max(start, ended.endMonth().plusMonths(1));
    }

    /** Resumes, with the new amount and county if they changed meanwhile. */
    static Transition resume(Entitlement resumed, YearMonth from, long amount, String county, String reason,
            List<ScheduledAmount> schedule) {
        Long previous = resumed.latestAmountFen() == amount ? null : resumed.latestAmountFen();
        return new Transition.Resume(resumed.withAmount(amount, county), from, reason, previous, schedule);
    }

    private static Transition change(Entitlement current, YearMonth from, long amount, String county) {
        if (current.latestAmountFen() != amount) {
            return new Transition.ChangeAmount(current.withAmount(amount, county), from, current.latestAmountFen());
        }
        return county.equals(current.county()) ? Transition.NONE
                : new Transition.Relocate(current.withAmount(amount, county));
    }

    private DecisionTable() {
    }
}
