package io.zhucan.rehabilitation.child;

import io.zhucan.platform.events.rehabilitation.RehabService;
import io.zhucan.platform.domain.IllegalTransitionException;
import io.zhucan.platform.domain.RuleViolationException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A child's admission at a designated institution for one service, until exit. */
public record Enrolment(UUID id, UUID childId, UUID institutionId, RehabService serviceType, LocalDate admittedOn,
        @Nullable LocalDate exitedOn, String enrolledBy) {

    /**
     * Admits a child: eligible by age on the admission day, the institution under agreement,
     * offering the service and with a free place.
     */
    public static Enrolment admit(UUID id, Child child, Institution institution, RehabService service, LocalDate on,
            AgeLimit limit, int activeEnrolments, String by) {
        if (!limit.covers(child.birthDate(), on)) {
            throw new RuleViolationException("child-age", "the child is outside the age limit (0–" + limit.maxAge()
                    + ") on " + on);
        }
        if (!institution.underAgreementOn(on)) {
            throw new RuleViolationException("institution-agreement", "the institution has no agreement in force on " + on);
        }
        if (!institution.serviceTypes().contains(service)) {
            throw new RuleViolationException("institution-service", "the institution does not offer " + service);
        }
        if (activeEnrolments >= institution.capacity()) {
            throw new RuleViolationException("institution-capacity", "the institution is full");
        }
        return new Enrolment(id, child.id(), institution.id(), service, on, null, by);
    }

    public Enrolment exit(LocalDate on) {
        if (exitedOn != null) {
            throw new IllegalTransitionException("the child has already left the institution");
        }
        if (on.isBefore(admittedOn)) {
            throw new RuleViolationException("exit-date", "an exit follows the admission");
        }
        return new Enrolment(id, childId, institutionId, serviceType, admittedOn, on, enrolledBy);
    }

    /** The enrolment ran on at least one day of {@code month}. */
    public boolean covers(YearMonth month) {
        return !month.atEndOfMonth().isBefore(admittedOn) && (exitedOn == null || !month.atDay(1).isAfter(exitedOn));
    }
}
