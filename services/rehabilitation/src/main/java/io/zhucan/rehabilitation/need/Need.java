package io.zhucan.rehabilitation.need;

import io.zhucan.platform.events.rehabilitation.NeedOutcome;
import io.zhucan.platform.events.rehabilitation.NeedTrigger;
import io.zhucan.platform.events.rehabilitation.RehabService;
import io.zhucan.platform.events.vocabulary.DisabilityCategory;
import io.zhucan.platform.events.vocabulary.DisabilityGrade;
import io.zhucan.platform.domain.IllegalTransitionException;
import io.zhucan.platform.domain.RuleViolationException;
import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A needs assessment (精准康复) of one certificate holder. Opened without application by the
 * certificate event {@code openedByEvent} (one need per such event); a caseworker or rehab
 * professional records the needs found and a plan drawn from them; services delivered are
 * recorded against the plan; it is closed with an outcome.
 */
public record Need(
        UUID id,
        UUID personId,
        UUID certificateId,
        UUID openedByEvent,
        NeedTrigger trigger,
        String county,
        DisabilityCategory category,
        DisabilityGrade grade,
        NeedStatus status,
        Set<RehabService> assessedNeeds,
        @Nullable String assessedBy,
        Set<RehabService> plan,
        Set<RehabService> delivered,
        @Nullable NeedOutcome outcome,
        LocalDate openedOn,
        @Nullable LocalDate closedOn,
        long version) {

    public Need {
        assessedNeeds = copy(assessedNeeds);
        plan = copy(plan);
        delivered = copy(delivered);
    }

    public static Need open(UUID id, UUID personId, UUID certificateId, UUID openedByEvent, NeedTrigger trigger,
            String county, DisabilityCategory category, DisabilityGrade grade, LocalDate today) {
        return new Need(id, personId, certificateId, openedByEvent, trigger, county, category, grade, NeedStatus.OPEN,
                Set.of(), null, Set.of(), Set.of(), null, today, null, 0);
    }

    /** Records (or corrects) what the assessment found; an empty set means no rehabilitation need. */
    public Need assess(Set<RehabService> found, String assessor) {
        requireOpen("record an assessment");
        if (!found.containsAll(plan)) {
            throw new RuleViolationException("plan-within-needs", "the plan holds services the assessment no longer finds");
        }
        NeedStatus next = plan.isEmpty() ? NeedStatus.ASSESSED : NeedStatus.PLANNED;
        return with(next, found, assessor, plan, delivered, null, null);
    }

    /** Sets the service plan: services the assessment found, at least one. */
    public Need planServices(Set<RehabService> services) {
        requireOpen("set a plan");
        if (status == NeedStatus.OPEN) {
            throw new IllegalTransitionException("a plan follows the needs assessment");
        }
        if (services.isEmpty()) {
            throw new RuleViolationException("plan-not-empty", "a plan holds at least one service; close the need instead");
        }
        if (!assessedNeeds.containsAll(services)) {
            throw new RuleViolationException("plan-within-needs", "the plan may only hold services the assessment found");
        }
        return with(NeedStatus.PLANNED, assessedNeeds, assessedBy, services, delivered, null, null);
    }

    /** A planned service was delivered. */
    public Need deliver(RehabService service) {
        requireOpen("record a delivery");
        if (!plan.contains(service)) {
            throw new RuleViolationException("delivery-within-plan", service + " is not in the plan");
        }
        Set<RehabService> now = EnumSet.of(service);
        now.addAll(delivered);
        return with(status, assessedNeeds, assessedBy, plan, now, null, null);
    }

    public Need close(NeedOutcome how, LocalDate today) {
        requireOpen("close it");
        switch (how) {
            case SERVICES_DELIVERED -> {
                if (plan.isEmpty() || !delivered.containsAll(plan)) {
                    throw new RuleViolationException("plan-delivered", "not every planned service was delivered");
                }
            }
            case NO_NEED -> {
                if (status == NeedStatus.OPEN || !assessedNeeds.isEmpty()) {
                    throw new RuleViolationException("no-need", "only an assessment that found no need closes it so");
                }
            }
            case DECLINED, CERTIFICATE_CANCELLED, SUPERSEDED_BY_REGRADE -> { }
        }
        return with(NeedStatus.CLOSED, assessedNeeds, assessedBy, plan, delivered, how, today);
    }

    public boolean isOpen() {
        return status != NeedStatus.CLOSED;
    }

    public Need movedTo(String newCounty) {
        return new Need(id, personId, certificateId, openedByEvent, trigger, newCounty, category, grade, status,
                assessedNeeds, assessedBy, plan, delivered, outcome, openedOn, closedOn, version);
    }

    private void requireOpen(String step) {
        if (!isOpen()) {
            throw new IllegalTransitionException("the need is closed: cannot " + step);
        }
    }

    private Need with(NeedStatus next, Set<RehabService> needs, @Nullable String by, Set<RehabService> planned,
            Set<RehabService> done, @Nullable NeedOutcome how, @Nullable LocalDate closed) {
        return new Need(id, personId, certificateId, openedByEvent, trigger, county, category, grade, next, needs, by,
                planned, done, how, openedOn, closed, version);
    }

    private static Set<RehabService> copy(Set<RehabService> services) {
        return services.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(services));
    }
}
