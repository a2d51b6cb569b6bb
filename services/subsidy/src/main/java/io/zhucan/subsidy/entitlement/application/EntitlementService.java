package io.zhucan.subsidy.entitlement.application;

import io.zhucan.platform.events.vocabulary.Allowance;
import io.zhucan.platform.security.CurrentUser;
import io.zhucan.subsidy.facts.application.HolderAccess;
import io.zhucan.subsidy.approval.application.ApprovalService;
import io.zhucan.subsidy.casework.ExceptionCases;
import io.zhucan.subsidy.casework.ExceptionKind;
import io.zhucan.subsidy.entitlement.EligibilityRules;
import io.zhucan.subsidy.entitlement.Entitlement;
import io.zhucan.subsidy.entitlement.Entitlements;
import io.zhucan.subsidy.entitlement.OverrideAudit;
import io.zhucan.subsidy.entitlement.Overrides;
import io.zhucan.subsidy.entitlement.Situation;
import io.zhucan.subsidy.entitlement.Transition;
import io.zhucan.subsidy.entitlement.Trigger;
import io.zhucan.subsidy.entitlement.application.Transitions.Cause;
import io.zhucan.subsidy.facts.PersonFacts;
import io.zhucan.subsidy.facts.PersonFactsStore;
import io.zhucan.subsidy.policy.Policies;
import io.zhucan.subsidy.policy.Policy;
import io.zhucan.subsidy.shared.Months;
import io.zhucan.subsidy.standard.Standards;
import io.zhucan.platform.domain.NotFoundException;
import java.time.Clock;
import java.time.YearMonth;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Commands on entitlements by people: the citizen declines, a reviewer overrides (audited). The
 * access check is part of the command's transaction; the effects are those of the automatic path.
 */
@Service
public class EntitlementService {

    private static final String OVERRIDE = "override";

    private final Entitlements entitlements;
    private final PersonFactsStore facts;
    private final Policies policies;
    private final Transitions transitions;
    private final OverrideAudit audit;
    private final ExceptionCases exceptions;
    private final HolderAccess access;
    private final ApprovalService approvals;
    private final Standards standards;
    private final Clock clock;

    public EntitlementService(Entitlements entitlements, PersonFactsStore facts, Policies policies,
            Transitions transitions, OverrideAudit audit, ExceptionCases exceptions, HolderAccess access,
            ApprovalService approvals, Standards standards, Clock clock) {
        this.entitlements = entitlements;
        this.facts = facts;
        this.policies = policies;
        this.transitions = transitions;
        this.audit = audit;
        this.exceptions = exceptions;
        this.access = access;
        this.approvals = approvals;
        this.standards = standards;
        this.clock = clock;
    }

    /** The citizen declines an allowance granted to them; nothing is paid after the current month. */
    @Transactional
    public Entitlement decline(CurrentUser citizen, UUID entitlementId) {
        Entitlement entitlement = entitlements.lock(entitlementId)
                .orElseThrow(() -> new NotFoundException("no entitlement " + entitlementId));
        access.self(citizen, entitlement.personId(), "subsidy/entitlement/decline");
        Transition decline = new Transition.Decline(entitlement.decline(YearMonth.now(clock)));
        transitions.apply(decline, new Cause("citizen.declined", null, null));
        return Objects.requireNonNull(decline.result());
    }

    /**
     * Staff of the person's county record the citizen's own declining, made on paper at the counter
     * (代办: a signed declaration, whose reference is kept with who recorded it): the effects of the
     * citizen's decline, and the citizen is told. Never staff's own judgement — that is an override.
     */
    @Transactional
    public Entitlement declineOnBehalf(CurrentUser staff, UUID personId, Allowance allowance, String declaration) {
        Entitlement entitlement = entitlements.lock(personId, allowance)
                .orElseThrow(() -> new NotFoundException("no " + allowance + " entitlement for the person"));
        access.act(staff, personId, entitlement.county(), "subsidy/entitlement/decline-on-behalf");
        Transition decline = new Transition.Decline(entitlement.decline(YearMonth.now(clock),
                "declined by the citizen: declaration " + declaration + " recorded by " + staff.username()));
        transitions.apply(decline, new Cause("citizen.declined.recorded", null, null));
        return Objects.requireNonNull(decline.result());
    }

    /**
     * A reviewer's manual override of the person's allowance, with a reason ({@link Overrides}). A grant
     * at an amount of the reviewer's own above what the policy pays for the county and grade (or where
     * the policy pays nothing) moves money by hand: it waits for a second reviewer's approval.
     */
    @Transactional
    public OverrideOutcome override(CurrentUser reviewer, UUID personId, Allowance allowance, Overrides.Action action,
            String reason, @Nullable Long amountFen) {
        PersonFacts person = holder(personId);
        access.act(reviewer, personId, person.certificate().county(), "subsidy/override");
        if (action == Overrides.Action.GRANT && amountFen != null
                && amountFen > policyAmount(person, allowance).orElse(-1L)) {
            ManualGrant grant = new ManualGrant(personId, allowance, reason, amountFen, reviewer.region());
            return new OverrideOutcome.AwaitingApproval(approvals.request(ManualGrant.KIND, person.certificate().county(),
                    grant.summary(), ManualGrant.JSON.writeValueAsString(grant), reason, reviewer));
        }
        return new OverrideOutcome.Applied(apply(personId, person, allowance, action, reason, amountFen, reviewer.username(),
                reviewer.region(), null));
    }

    /** A second reviewer approved a manual grant ({@link ManualGrants}); their access is checked and audited too. */
    Entitlement approved(ManualGrant grant, String requester, CurrentUser approver) {
        PersonFacts person = holder(grant.personId());
        access.act(approver, grant.personId(), person.certificate().county(), "subsidy/override/approve");
        return apply(grant.personId(), person, grant.allowance(), Overrides.Action.GRANT, grant.reason(), grant.amountFen(), requester,
                grant.requesterRegion(), approver.username());
    }

    private Entitlement apply(UUID personId, PersonFacts person, Allowance allowance, Overrides.Action action,
            String reason, @Nullable Long amountFen, String reviewer, @Nullable String reviewerRegion,
            @Nullable String approver) {
        YearMonth next = Months.next(clock);
        Policy policy = policies.inForce(Months.first(next));
        Long grantAmount = amountFen != null ? amountFen : policyAmount(person, allowance).orElse(null);
        Situation situation = new Situation(personId, person.idNumber(), person.certificate().county(), next,
                policy.effectiveMonth(), new Trigger(OVERRIDE, null));
        Transition transition = Overrides.override(entitlements.lock(personId, allowance).orElse(null), allowance,
                action, reason, grantAmount, situation);
        transitions.apply(transition, new Cause(OVERRIDE, policy.version(), null));
        audit.record(personId, allowance, action, reason, reviewer, reviewerRegion, amountFen, approver);
        exceptions.resolve(personId, allowance, ExceptionKind.UNDECIDABLE, reviewer, action + ": " + reason);
        return Objects.requireNonNull(transition.result());
    }

    /** What the rules pay the person next month: the policy's amount, or its share of the county's 低保 standard. */
    private Optional<Long> policyAmount(PersonFacts person, Allowance allowance) {
        YearMonth next = Months.next(clock);
        return EligibilityRules.monthlyAmount(allowance, person.certificate(), policies.inForce(Months.first(next)),
                standards.all(), next);
    }

    private PersonFacts holder(UUID personId) {
        return facts.lockByPerson(personId).filter(PersonFacts::hasCertificate)
                .orElseThrow(() -> new NotFoundException("no certificate holder " + personId));
    }
}
