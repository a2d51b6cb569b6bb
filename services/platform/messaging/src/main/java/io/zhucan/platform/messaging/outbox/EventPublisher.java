package io.zhucan.platform.messaging.outbox;

import io.namastack.outbox.Outbox;
import io.zhucan.platform.events.EventCatalog;
import io.zhucan.platform.events.EventCodec;
import io.zhucan.platform.events.EventType;
import io.zhucan.platform.events.IntegrationEvent;
import java.nio.charset.StandardCharsets;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Publishes integration events through the transactional outbox: the event row is written in the
 * caller's database transaction, together with the state change it reports, and the relay sends it
 * to Kafka after commit. If the transaction rolls back, the event never existed.
 */
public class EventPublisher {

    private final Outbox outbox;
    private final EventCodec codec;

    public EventPublisher(Outbox outbox, EventCodec codec) {
        this.outbox = outbox;
        this.codec = codec;
    }

    public void publish(IntegrationEvent event) {
        if (!TransactionSynchronizationManager.isActualTransactionActive()) {
            throw new IllegalStateException("events are published inside the transaction of the state change they report");
        }
        EventType<?> type = EventCatalog.of(event.getClass());
        String payload = new String(codec.toJson(event), StandardCharsets.UTF_8);
        outbox.schedule(new OutboxMessage(event.eventId(), type.name(), event.occurredAt(), type.topic(),
                event.partitionKey(), payload), event.partitionKey());
    }
}
