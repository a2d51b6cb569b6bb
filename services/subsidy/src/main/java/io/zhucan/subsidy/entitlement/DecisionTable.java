package io.zhucan.subsidy.entitlement;

import io.zhucan.subsidy.shared.Months;
import java.time.YearMonth;
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
 * not eligible    │ –          │ suspend (not manual)│ –                 │ –          │ –
 * undecidable     │ –          │ –                   │ –                 │ –          │ –
 * </pre>
 */
public final class DecisionTable {

    public static Transition react(@Nullable Entitlement current, Decision decision, Situation situation) {
        if (decision.ending() != null) {
            return current != null && current.status().isOpen()
                    ? Overrides.terminate(current, YearMonth.from(decision.ending().date()),
                            Explanations.ending(decision.ending().reason()))
                    : Transition.NONE;
        }
        return switch (decision.outcome()) {
            case ELIGIBLE -> eligible(current, decision, situation);
            case NOT_ELIGIBLE -> notEligible(current, decision, situation);
            case UNDECIDABLE -> Transition.NONE; // the caseworker decides; the entitlement stays as it is
        };
    }

    private static Transition eligible(@Nullable Entitlement current, Decision decision, Situation s) {
        long amount = decision.monthlyAmountFen();
        // From the month after eligibility, even a past one: months a run already passed are arrears
        // (补发), which the next run pays as far back as the policy's look-back allows.
        YearMonth start = Months.max(Months.after(decision.eligibleSince()), s.policyEffectiveMonth());
        if (current == null) {
            return new Transition.Grant(Entitlement.grant(s.personId(), s.idNumber(), decision.allowance(), s.county(),
                    start, amount), true);
        }
        return switch (current.status()) {
            case TERMINATED -> new Transition.Grant(current.regrant(afterEnd(current, start), amount, s.county()), false);
            case SUSPENDED -> current.manualOverride() ? Transition.NONE
                    : resume(current.resume(start, "eligible again: " + s.trigger().name()), start, amount, s.county(),
                            "eligible again");
            case GRANTED, ACTIVE -> change(current, Months.max(s.changeMonth(), s.nextMonth()), amount, s.county());
            case DECLINED -> Transition.NONE;
        };
    }

    private static Transition notEligible(@Nullable Entitlement current, Decision decision, Situation s) {
        if (current == null || current.manualOverride()
                || (current.status() != EntitlementStatus.GRANTED && current.status() != EntitlementStatus.ACTIVE)) {
            return Transition.NONE;
        }
        YearMonth from = s.changeMonth();
        String reason = String.join(",", decision.failedRuleIds());
        return new Transition.Suspend(current.suspend(from, reason), from, reason, Explanations.rules(decision.failedRules()));
    }

    /** Granted again, never for a month of the ended grant (those were settled or claimed back with it). */
    private static YearMonth afterEnd(Entitlement ended, YearMonth start) {
        return ended.endMonth() == null ? start : Months.max(start, ended.endMonth().plusMonths(1));
    }

    /** Resumes, with the new amount and county if they changed meanwhile. */
    static Transition resume(Entitlement resumed, YearMonth from, long amount, String county, String reason) {
        Long previous = resumed.latestAmountFen() == amount ? null : resumed.latestAmountFen();
        return new Transition.Resume(resumed.withAmount(amount, county), from, reason, previous);
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
