package io.zhucan.subsidy.partner.application;

import io.zhucan.platform.events.EventCatalog;
import io.zhucan.platform.events.PartnerFact;
import io.zhucan.platform.messaging.outbox.EventPublisher;
import io.zhucan.subsidy.common.InvalidRequestException;
import io.zhucan.platform.events.vocabulary.ResidentIdNumbers;
import java.time.Clock;
import java.time.LocalDate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The partner REST intake: a validated fact is published through the outbox to its partner topic,
 * once per partner record id, so every consumer (this service's too) sees REST facts exactly like
 * facts published on Kafka, and the same fact sent both ways is one event (same event id).
 */
@Service
public class PartnerIntakeService {

    private final PartnerIntakeStore store;
    private final EventPublisher events;
    private final Clock clock;

    public PartnerIntakeService(PartnerIntakeStore store, EventPublisher events, Clock clock) {
        this.store = store;
        this.events = events;
        this.clock = clock;
    }

    /** @return whether the fact was new (false: received before, accepted again without effect) */
    @Transactional
    public boolean accept(PartnerFact fact) {
        if (!ResidentIdNumbers.isValid(fact.idNumber(), LocalDate.now(clock))) {
            throw new InvalidRequestException("idNumber is not a valid resident ID number");
        }
        boolean first = store.recordOnce(fact.partner(), fact.factId(), EventCatalog.of(fact.getClass()).name(),
                fact.eventId());
        if (first) {
            events.publish(fact);
        }
        return first;
    }
}
