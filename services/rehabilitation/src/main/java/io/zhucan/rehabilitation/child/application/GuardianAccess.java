package io.zhucan.rehabilitation.child.application;

import io.zhucan.platform.domain.IllegalTransitionException;
import io.zhucan.platform.domain.NotFoundException;
import io.zhucan.platform.domain.RuleViolationException;
import io.zhucan.platform.security.CurrentUser;
import io.zhucan.platform.security.audit.PersonAccess;
import io.zhucan.platform.security.audit.PersonFileAudit;
import io.zhucan.rehabilitation.child.ChildRegistry;
import io.zhucan.rehabilitation.child.GuardianRelation;
import io.zhucan.rehabilitation.child.Guardianship;
import io.zhucan.rehabilitation.child.Guardianships;
import io.zhucan.rehabilitation.child.MonthlyService;
import io.zhucan.rehabilitation.person.PersonProfile;
import io.zhucan.rehabilitation.person.PersonProfiles;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A guardian's access to their child's rehabilitation: a caseworker of the child's county records the
 * guardianship; a citizen who is a guardian in force today reads the child's services. For anyone
 * else the child is "not there" (404, audited as a refusal), so the lookup tells nothing.
 */
@Service
public class GuardianAccess {

    private final Guardianships guardianships;
    private final ChildRegistry registry;
    private final PersonProfiles profiles;
    private final PersonAccess access;
    private final PersonFileAudit audit;
    private final Clock clock;

    public GuardianAccess(Guardianships guardianships, ChildRegistry registry, PersonProfiles profiles,
            PersonAccess access, PersonFileAudit audit, Clock clock) {
        this.guardianships = guardianships;
        this.registry = registry;
        this.profiles = profiles;
        this.access = access;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public Guardianship record(CurrentUser caseworker, UUID guardian, UUID child, GuardianRelation relation,
            LocalDate from, @Nullable LocalDate until) {
        PersonProfile childProfile = profiles.byId(child)
                .orElseThrow(() -> new NotFoundException("no certificate holder " + child));
        access.act(caseworker, child, childProfile.county(), "guardianship:record");
        Guardianship fact = Guardianship.recorded(guardian, child, relation, from, until, caseworker.username());
        if (!guardianships.add(fact)) {
            throw new IllegalTransitionException("this guardianship is recorded already");
        }
        audit.read(caseworker, child, "guardianship:record");
        return fact;
    }

    @Transactional(readOnly = true)
    public List<MonthlyService> childServices(CurrentUser citizen, UUID child) {
        UUID me = citizen.personId();
        if (me == null) {
            throw new RuleViolationException("person-id", "the token carries no person id");
        }
        LocalDate today = LocalDate.now(clock);
        if (guardianships.of(me, child).stream().noneMatch(g -> g.inForceOn(today))) {
            audit.denied(citizen, child, "child:guardian");
            throw new NotFoundException("no child " + child);
        }
        audit.read(citizen, child, "child:guardian");
        return registry.childOfPerson(child).map(c -> registry.servicesOfChild(c.id())).orElse(List.of());
    }
}
