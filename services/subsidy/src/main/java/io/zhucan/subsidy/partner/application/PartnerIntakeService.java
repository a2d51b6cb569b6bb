package io.zhucan.subsidy.partner.application;

import io.zhucan.platform.events.EventCatalog;
import io.zhucan.platform.events.PartnerFact;
import io.zhucan.platform.events.vocabulary.ResidentIdNumbers;
import io.zhucan.platform.messaging.outbox.EventPublisher;
import io.zhucan.platform.security.CurrentUser;
import io.zhucan.platform.security.audit.PersonFileAudit;
import io.zhucan.subsidy.facts.FactDates;
import io.zhucan.subsidy.partner.ReceivedFacts;
import io.zhucan.platform.domain.RuleViolationException;
import java.time.Clock;
import java.time.LocalDate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The partner REST intake: a validated fact is published through the outbox to its partner topic,
 * once per partner record id, so every consumer (this service's too) sees REST facts exactly like
 * facts published on Kafka, and the same fact sent both ways is one event (same event id).
 */
@Service
public class PartnerIntakeService {

    private final ReceivedFacts received;
    private final EventPublisher events;
    private final PersonFileAudit audit;
    private final Clock clock;

    public PartnerIntakeService(ReceivedFacts received, EventPublisher events, PersonFileAudit audit, Clock clock) {
        this.received = received;
        this.events = events;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Accepts a fact from the client of {@code partner} only (its token's client id).
     *
     * @return whether the fact was new (false: received before, accepted again without effect)
     */
    @Transactional
    public boolean accept(CurrentUser client, String partner, PartnerFact fact) {
        if (!partner.equals(client.clientId())) {
            audit.denied(client, null, "partner-intake/" + partner);
            throw new AccessDeniedException("this client may not report " + partner + " facts");
        }
        if (!ResidentIdNumbers.isValid(fact.idNumber(), LocalDate.now(clock))) {
            throw new RuleViolationException("resident-id-number", "idNumber is not a valid resident ID number");
        }
        FactDates.problemWith(fact, LocalDate.now(clock)).ifPresent(problem -> {
            throw new RuleViolationException("fact-date", problem);
        });
        boolean first = received.recordOnce(fact.partner(), fact.factId(), EventCatalog.of(fact.getClass()).name(),
                fact.eventId());
        if (first) {
            events.publish(fact);
        }
        return first;
    }
}
