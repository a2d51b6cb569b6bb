package io.zhucan.subsidy.entitlement.application;

import io.zhucan.platform.events.subsidy.EligibilityOutcome;
import io.zhucan.platform.events.vocabulary.Allowance;
import io.zhucan.subsidy.entitlement.Decision;
import io.zhucan.subsidy.entitlement.Entitlement;
import io.zhucan.subsidy.facts.PersonFacts;
import java.time.YearMonth;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** Port: entitlements, decisions, overpayments, exceptions and notifications. */
public interface EntitlementStore {

    Map<UUID, Map<Allowance, Entitlement>> entitlementsOf(Collection<UUID> personIds);

    Map<UUID, Map<Allowance, CurrentDecision>> currentDecisions(Collection<UUID> personIds);

    Optional<Entitlement> lock(UUID entitlementId);

    Optional<Entitlement> lock(UUID personId, Allowance allowance);

    /** Appends the decision and makes it the current one of the person and allowance. */
    void recordDecision(UUID decisionId, UUID personId, Decision decision, String county, long policyVersion,
            String trigger, PersonFacts facts);

    void insert(Entitlement entitlement, @Nullable UUID decisionId);

    void update(Entitlement entitlement);

    /** The amount from {@code fromMonth} on (replaces a change already scheduled for that month). */
    void scheduleAmount(UUID entitlementId, YearMonth fromMonth, long amountFen, @Nullable Long policyVersion,
            String reason);

    /** Months instructed (not failed) from {@code from} on that no overpayment claims yet, with their amounts. */
    List<InstructedMonth> unclaimedInstructedMonths(UUID entitlementId, YearMonth from);

    /** Records an overpayment; months another overpayment already claims are left out. Returns the months claimed. */
    List<InstructedMonth> recordOverpayment(UUID overpaymentId, Entitlement entitlement, List<InstructedMonth> months,
            String reason);

    void openException(UUID personId, @Nullable Allowance allowance, String kind, String county, String detail);

    void resolveExceptions(UUID personId, Allowance allowance, String by, String resolution);

    void notify(UUID personId, @Nullable UUID entitlementId, String kind, String message);

    void auditOverride(UUID personId, Allowance allowance, String action, String reason, String actor,
            @Nullable String actorRegion, @Nullable Long amountFen);

    /** The latest decision of a person for an allowance, as far as re-evaluation needs it. */
    record CurrentDecision(UUID decisionId, EligibilityOutcome outcome, List<String> failedRules,
            List<String> missingFacts, @Nullable Long amountFen) {
    }

    record InstructedMonth(YearMonth month, long amountFen) {
    }
}
