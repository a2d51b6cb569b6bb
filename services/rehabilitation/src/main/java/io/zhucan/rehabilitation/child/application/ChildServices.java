package io.zhucan.rehabilitation.child.application;

import io.zhucan.platform.events.rehabilitation.RehabService;
import io.zhucan.platform.security.CurrentUser;
import io.zhucan.platform.security.audit.PersonAccess;
import io.zhucan.platform.security.audit.PersonFileAudit;
import io.zhucan.rehabilitation.child.AgeLimit;
import io.zhucan.rehabilitation.child.Child;
import io.zhucan.rehabilitation.child.ChildPolicy;
import io.zhucan.rehabilitation.child.ChildRegistry;
import io.zhucan.rehabilitation.child.Enrolment;
import io.zhucan.rehabilitation.child.Institution;
import io.zhucan.rehabilitation.child.MonthlyService;
import io.zhucan.rehabilitation.child.YearlyCap;
import io.zhucan.rehabilitation.person.PersonProfile;
import io.zhucan.rehabilitation.person.PersonProfiles;
import io.zhucan.platform.domain.IllegalTransitionException;
import io.zhucan.platform.domain.NotFoundException;
import io.zhucan.platform.domain.RuleViolationException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.UUID;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Enrolment at designated institutions and the institutions' monthly service records. Staff enrol
 * children of their region; an institution records services only for the children enrolled with it.
 * The yearly cap per child is applied under a lock on the child, across institutions and months.
 */
@Service
public class ChildServices {

    private final ChildRegistry registry;
    private final ChildPolicy policy;
    private final PersonAccess access;
    private final PersonFileAudit audit;
    private final PersonProfiles profiles;
    private final Clock clock;

    public ChildServices(ChildRegistry registry, ChildPolicy policy, PersonAccess access, PersonFileAudit audit,
            PersonProfiles profiles, Clock clock) {
        this.profiles = profiles;
        this.audit = audit;
        this.registry = registry;
        this.policy = policy;
        this.access = access;
        this.clock = clock;
    }

    /** Eligibility on a day, by the age limit of the child's county then in force. */
    @Transactional(readOnly = true)
    public Eligibility eligibility(CurrentUser user, UUID childId, LocalDate on) {
        Child child = child(childId);
        access.read(user, subject(child), countyOf(child), "child:eligibility");
        AgeLimit limit = policy.ageLimit(countyOf(child), on);
        return new Eligibility(child.id(), on, limit.maxAge(), limit.covers(child.birthDate(), on), child.basis().name());
    }

    @Transactional
    public Enrolment enrol(CurrentUser user, UUID childId, UUID institutionId, RehabService service, LocalDate on) {
        Child child = child(childId);
        access.act(user, subject(child), countyOf(child), "child:enrol");
        registry.lock(childId);
        if (registry.enrolmentsOfChild(childId).stream().anyMatch(e -> e.exitedOn() == null)) {
            throw new IllegalTransitionException("the child is enrolled already: record the exit first");
        }
        Institution institution = registry.institution(institutionId)
                .orElseThrow(() -> new NotFoundException("no institution " + institutionId));
        Enrolment enrolment = Enrolment.admit(UUID.randomUUID(), child, institution, service, on,
                policy.ageLimit(countyOf(child), on), registry.activeEnrolments(institutionId), user.username());
        registry.add(enrolment);
        return enrolment;
    }

    @Transactional
    public Enrolment exit(CurrentUser user, UUID enrolmentId, LocalDate on) {
        Enrolment enrolment = enrolment(enrolmentId);
        Child child = child(enrolment.childId());
        access.act(user, subject(child), countyOf(child), "child:exit");
        Enrolment exited = enrolment.exit(on);
        registry.exit(exited);
        return exited;
    }

    /** An institution's record of one month; the subsidy is what the child's yearly cap still allows. */
    @Transactional
    public MonthlyService recordMonth(CurrentUser user, UUID enrolmentId, YearMonth month, int sessions, long claimedFen) {
        Institution institution = callingInstitution(user);
        Enrolment enrolment = enrolment(enrolmentId);
        Child child = child(enrolment.childId());
        if (!enrolment.institutionId().equals(institution.id())) {
            access.act(user, subject(child), "", "child:month");
        }
        if (month.isAfter(YearMonth.now(clock))) {
            throw new RuleViolationException("service-month", "services are recorded after the month began");
        }
        if (!enrolment.covers(month)) {
            throw new RuleViolationException("service-month", "the child was not enrolled in " + month);
        }
        if (!policy.ageLimit(countyOf(child), month.atDay(1)).covers(child.birthDate(), month.atDay(1))) {
            throw new RuleViolationException("child-age", "the child was past the age limit on the first day of " + month);
        }
        registry.lock(child.id());
        YearlyCap cap = new YearlyCap(policy.yearlyCapFen(countyOf(child), month.atDay(1)),
                registry.subsidisedInYear(child.id(), month.getYear()));
        MonthlyService record = new MonthlyService(UUID.randomUUID(), enrolmentId, child.id(), institution.id(), month,
                sessions, claimedFen, cap.subsidyFor(claimedFen), user.username());
        if (!registry.add(record)) {
            throw new IllegalTransitionException(month + " is recorded already for this enrolment");
        }
        return record;
    }

    /** The children enrolled with the calling institution now; each listed child's read is audited. */
    @Transactional(readOnly = true)
    public List<Enrolment> myEnrolledChildren(CurrentUser user) {
        Institution institution = callingInstitution(user);
        List<Enrolment> active = registry.activeEnrolmentsOf(institution.id());
        // ownership, not region: the institution reads the children enrolled with it, each read audited
        active.forEach(e -> audit.read(user, subject(child(e.childId())), "child:enrolled"));
        return active;
    }

    @Transactional(readOnly = true)
    public long settlementFen(CurrentUser user, YearMonth month) {
        return registry.settlementFen(callingInstitution(user).id(), month);
    }

    /** A citizen's own child-rehabilitation record (the child's own account). */
    @Transactional(readOnly = true)
    public List<MonthlyService> mine(CurrentUser user) {
        UUID me = user.personId();
        if (me == null) {
            throw new RuleViolationException("person-id", "the token carries no person id");
        }
        access.read(user, me, "", "child:mine");
        return registry.childOfPerson(me).map(c -> registry.servicesOfChild(c.id())).orElse(List.of());
    }

    private Institution callingInstitution(CurrentUser user) {
        return registry.institutionOfClient(user.clientId() == null ? "" : user.clientId())
                .orElseThrow(() -> new AccessDeniedException("the client is no designated institution"));
    }

    private Child child(UUID id) {
        return registry.child(id).orElseThrow(() -> new NotFoundException("no child " + id));
    }

    private Enrolment enrolment(UUID id) {
        return registry.enrolment(id).orElseThrow(() -> new NotFoundException("no enrolment " + id));
    }

    /** The county that owns the child's case now: a certificate holder's moves with the household registration. */
    private String countyOf(Child child) {
        return child.personId() == null ? child.county()
                : profiles.byId(child.personId()).map(PersonProfile::county).orElse(child.county());
    }

    /** The audit's subject: the person id, or the child record's id for a suspected case without one. */
    private static UUID subject(Child child) {
        return child.personId() != null ? child.personId() : child.id();
    }

    public record Eligibility(UUID childId, LocalDate on, int maxAge, boolean eligible, String basis) {
    }
}
