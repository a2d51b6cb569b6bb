package io.zhucan.subsidy.entitlement;

import io.zhucan.platform.events.vocabulary.Allowance;
import io.zhucan.platform.domain.IllegalTransitionException;
import io.zhucan.platform.domain.NotFoundException;
import io.zhucan.platform.domain.RuleViolationException;
import java.time.YearMonth;
import org.jspecify.annotations.Nullable;

/**
 * A reviewer's manual override, as a table: grant (e.g. an undecidable case), suspend, resume or
 * terminate, with a reason. A granted or suspended override is kept by later automatic evaluations
 * (except death and cancellation) until a reviewer resumes it. The effects are those of the
 * automatic path: the same {@link Transition}s, applied by the same component.
 */
public final class Overrides {

    /** What a reviewer may do by hand. */
    public enum Action {
        GRANT,
        SUSPEND,
        RESUME,
        TERMINATE
    }

    /** {@code grantAmountFen} is the monthly amount of a grant (required for {@link Action#GRANT}). */
    public static Transition override(@Nullable Entitlement current, Allowance allowance, Action action, String reason,
            @Nullable Long grantAmountFen, Situation s) {
        YearMonth next = s.nextMonth();
        return switch (action) {
            case GRANT -> grant(current, allowance, grantAmountFen, s);
            case SUSPEND -> new Transition.Suspend(require(current).suspend(next, "manual: " + reason).overridden(true),
                    next, "manual override: " + reason, Explanations.byCaseworker(reason));
            case RESUME -> new Transition.Resume(require(current).resume(next, "manual: " + reason), next,
                    "manual override: " + reason, null);
            case TERMINATE -> terminate(require(current), s.currentMonth(), "manual: " + reason);
        };
    }

    /** Ends an open entitlement after {@code lastPayableMonth} (death, cancellation, a reviewer). */
    public static Transition terminate(Entitlement current, YearMonth lastPayableMonth, String reason) {
        return new Transition.Terminate(current.terminate(lastPayableMonth, reason), lastPayableMonth, reason);
    }

    private static Transition grant(@Nullable Entitlement current, Allowance allowance, @Nullable Long amountFen,
            Situation s) {
        if (amountFen == null) {
            throw new RuleViolationException("override-amount",
                    "the policy has no amount for this county and grade: give monthlyAmountFen");
        }
        if (current == null) {
            return new Transition.Grant(Entitlement.grant(s.personId(), s.idNumber(), allowance, s.county(),
                    s.nextMonth(), amountFen).overridden(true), true);
        }
        if (current.status() == EntitlementStatus.TERMINATED) {
            return new Transition.Grant(current.regrant(s.nextMonth(), amountFen, s.county()).overridden(true), false);
        }
        throw new IllegalTransitionException("the allowance is already granted");
    }

    private static Entitlement require(@Nullable Entitlement entitlement) {
        if (entitlement == null) {
            throw new NotFoundException("the person has no entitlement to this allowance");
        }
        return entitlement;
    }

    private Overrides() {
    }
}
