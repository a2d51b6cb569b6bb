package io.zhucan.rehabilitation.modification.application;

import io.zhucan.platform.domain.IllegalTransitionException;
import io.zhucan.platform.domain.NotFoundException;
import io.zhucan.platform.domain.RuleViolationException;
import io.zhucan.platform.events.rehabilitation.ModificationAccepted;
import io.zhucan.platform.events.rehabilitation.RehabService;
import io.zhucan.platform.messaging.outbox.EventPublisher;
import io.zhucan.platform.security.CurrentUser;
import io.zhucan.rehabilitation.modification.ModificationCase;
import io.zhucan.rehabilitation.modification.ModificationCases;
import io.zhucan.rehabilitation.need.Need;
import io.zhucan.rehabilitation.need.Needs;
import io.zhucan.rehabilitation.person.application.CaseAccess;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Home modification cases of the staff member's region. Acceptance fixes the subsidy and writes
 * its event in the same transaction, once: a second acceptance finds the case accepted (409).
 */
@Service
public class ModificationService {

    private final ModificationCases cases;
    private final Needs needs;
    private final EventPublisher events;
    private final CaseAccess access;
    private final Clock clock;

    public ModificationService(ModificationCases cases, Needs needs, EventPublisher events, CaseAccess access,
            Clock clock) {
        this.cases = cases;
        this.needs = needs;
        this.events = events;
        this.access = access;
        this.clock = clock;
    }

    /** Opens the case of a need whose plan holds a home modification. */
    @Transactional
    public ModificationCase open(CurrentUser user, UUID needId) {
        Need need = needs.byId(needId).orElseThrow(() -> new NotFoundException("no need " + needId));
        access.act(user, need.personId(), need.county(), "modification:open");
        if (!need.isOpen() || !need.plan().contains(RehabService.HOME_MODIFICATION)) {
            throw new RuleViolationException("plan-home-modification", "the need's plan holds no home modification");
        }
        ModificationCase opened = ModificationCase.open(UUID.randomUUID(), needId, need.personId(), need.county(),
                user.username());
        if (!cases.add(opened)) {
            throw new IllegalTransitionException("the need has a modification case already");
        }
        return opened;
    }

    @Transactional
    public ModificationCase survey(CurrentUser user, UUID caseId, String findings, LocalDate on) {
        return cases.update(load(user, caseId, "modification:survey").survey(findings, on));
    }

    @Transactional
    public ModificationCase plan(CurrentUser user, UUID caseId, String works, long budgetFen) {
        return cases.update(load(user, caseId, "modification:plan").planWorks(works, budgetFen));
    }

    @Transactional
    public ModificationCase worksDone(CurrentUser user, UUID caseId, long costFen, LocalDate on) {
        return cases.update(load(user, caseId, "modification:works").worksDone(costFen, on, user.username()));
    }

    @Transactional
    public ModificationCase accept(CurrentUser user, UUID caseId) {
        ModificationCase before = load(user, caseId, "modification:accept");
        LocalDate today = LocalDate.now(clock);
        ModificationCase accepted = cases.update(before.accept(user.username(), today,
                cases.subsidyCapFen(before.county(), today)));
        events.publish(new ModificationAccepted(UUID.randomUUID(), clock.instant(), accepted.personId(), accepted.id(),
                accepted.county(), accepted.subsidyFen(), today));
        return accepted;
    }

    @Transactional(readOnly = true)
    public ModificationCase read(CurrentUser user, UUID caseId) {
        ModificationCase found = cases.byId(caseId).orElseThrow(() -> new NotFoundException("no case " + caseId));
        access.read(user, found.personId(), found.county(), "modification");
        return found;
    }

    @Transactional(readOnly = true)
    public List<ModificationCase> mine(CurrentUser user) {
        UUID me = user.personId();
        if (me == null) {
            throw new RuleViolationException("person-id", "the token carries no person id");
        }
        access.read(user, me, "", "modification:mine");
        return cases.ofPerson(me);
    }

    private ModificationCase load(CurrentUser user, UUID caseId, String resource) {
        ModificationCase found = cases.byId(caseId).orElseThrow(() -> new NotFoundException("no case " + caseId));
        access.act(user, found.personId(), found.county(), resource);
        return found;
    }
}
