package io.zhucan.rehabilitation.need.application;

import io.zhucan.platform.domain.NotFoundException;
import io.zhucan.platform.domain.RuleViolationException;
import io.zhucan.platform.events.rehabilitation.NeedOutcome;
import io.zhucan.platform.events.rehabilitation.RehabService;
import io.zhucan.platform.messaging.outbox.EventPublisher;
import io.zhucan.platform.security.CurrentUser;
import io.zhucan.platform.security.Regions;
import io.zhucan.rehabilitation.need.Need;
import io.zhucan.rehabilitation.need.NeedStatus;
import io.zhucan.rehabilitation.need.Needs;
import io.zhucan.rehabilitation.person.application.CaseAccess;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The caseworker's and rehab professional's work on a need, each step saved with its event in one
 * transaction. Staff act on the cases of their region only (属地管理; refusals audited), and every
 * read of a person's need is audited.
 */
@Service
public class NeedCasework {

    private final Needs needs;
    private final EventPublisher events;
    private final CaseAccess access;
    private final Clock clock;

    public NeedCasework(Needs needs, EventPublisher events, CaseAccess access, Clock clock) {
        this.needs = needs;
        this.events = events;
        this.access = access;
        this.clock = clock;
    }

    @Transactional
    public Need assess(CurrentUser user, UUID needId, Set<RehabService> found) {
        Need need = loadToAct(user, needId, "need:assess");
        return needs.update(need.assess(found, user.username()));
    }

    @Transactional
    public Need plan(CurrentUser user, UUID needId, Set<RehabService> services) {
        Need planned = needs.update(loadToAct(user, needId, "need:plan").planServices(services));
        events.publish(NeedEvents.planSet(planned, clock.instant()));
        return planned;
    }

    @Transactional
    public Need deliver(CurrentUser user, UUID needId, RehabService service, LocalDate on, String provider) {
        if (on.isAfter(today())) {
            throw new RuleViolationException("delivery-date", "a delivery is recorded on or after the day it happened");
        }
        Need delivered = needs.update(loadToAct(user, needId, "need:deliver").deliver(service));
        needs.recordDelivery(needId, service, on, provider, user.username());
        events.publish(NeedEvents.delivered(delivered, service, on, clock.instant()));
        return delivered;
    }

    @Transactional
    public Need close(CurrentUser user, UUID needId, NeedOutcome outcome) {
        if (outcome == NeedOutcome.CERTIFICATE_CANCELLED || outcome == NeedOutcome.SUPERSEDED_BY_REGRADE) {
            throw new RuleViolationException("outcome", "cancellations and regrades close needs on certification's event");
        }
        Need closed = needs.update(loadToAct(user, needId, "need:close").close(outcome, today()));
        events.publish(NeedEvents.closed(closed, clock.instant()));
        return closed;
    }

    @Transactional(readOnly = true)
    public Need read(CurrentUser user, UUID needId) {
        Need need = needs.byId(needId).orElseThrow(() -> new NotFoundException("no need " + needId));
        access.read(user, need.personId(), need.county(), "need");
        return need;
    }

    /** The needs of the staff member's region; each person listed counts as a read of their file. */
    @Transactional(readOnly = true)
    public List<Need> inMyRegion(CurrentUser user, @Nullable NeedStatus status) {
        List<Need> found = Regions.isTownship(user.region()) ? needs.inTownship(user.region(), status, 200)
                : Regions.countyPrefix(user.region()).map(prefix -> needs.inRegion(prefix, status, 200)).orElse(List.of());
        found.forEach(n -> access.read(user, n.personId(), n.county(), "need:list"));
        return found;
    }

    @Transactional(readOnly = true)
    public List<Need> mine(CurrentUser user) {
        UUID me = ownPersonId(user);
        access.read(user, me, "", "need:mine");
        return needs.ofPerson(me);
    }

    static UUID ownPersonId(CurrentUser user) {
        if (user.personId() == null) {
            throw new RuleViolationException("person-id", "the token carries no person id");
        }
        return user.personId();
    }

    private Need loadToAct(CurrentUser user, UUID needId, String resource) {
        Need need = needs.byId(needId).orElseThrow(() -> new NotFoundException("no need " + needId));
        access.act(user, need.personId(), need.county(), resource);
        return need;
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
