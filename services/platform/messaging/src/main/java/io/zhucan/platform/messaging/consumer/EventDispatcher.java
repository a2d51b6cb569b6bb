package io.zhucan.platform.messaging.consumer;

import io.cloudevents.CloudEvent;
import io.cloudevents.core.message.MessageReader;
import io.cloudevents.kafka.KafkaMessageFactory;
import io.cloudevents.rw.CloudEventRWException;
import io.zhucan.platform.events.EventCatalog;
import io.zhucan.platform.events.EventCodec;
import io.zhucan.platform.events.EventType;
import io.zhucan.platform.events.IntegrationEvent;
import io.zhucan.platform.events.InvalidEventException;
import io.zhucan.platform.messaging.inbox.Inbox;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Routes the CloudEvents of a topic to a consumer's handlers, once per event id (inbox). A record
 * that is not a CloudEvent, or whose payload breaks the schema of its type, throws
 * {@link InvalidEventException} and goes to the dead-letter topic without retries. Types this
 * consumer has no handler for are skipped, so producers can add event types without breaking it.
 */
public final class EventDispatcher {

    private static final Logger log = LoggerFactory.getLogger(EventDispatcher.class);

    private final String consumer;
    private final Inbox inbox;
    private final EventCodec codec;
    private final Map<String, Consumer<IntegrationEvent>> handlers = new HashMap<>();

    EventDispatcher(String consumer, Inbox inbox, EventCodec codec) {
        this.consumer = consumer;
        this.inbox = inbox;
        this.codec = codec;
    }

    @SuppressWarnings("unchecked")
    public <T extends IntegrationEvent> EventDispatcher on(EventType<T> type, Consumer<? super T> handler) {
        handlers.put(type.name(), event -> handler.accept((T) event));
        return this;
    }

    /** Handles one record; returns whether it had an effect (false for duplicates and skipped types). */
    public boolean dispatch(ConsumerRecord<String, byte[]> record) {
        CloudEvent cloudEvent = read(record);
        Consumer<IntegrationEvent> handler = handlers.get(cloudEvent.getType());
        if (handler == null) {
            if (EventCatalog.byName(cloudEvent.getType()).isEmpty()) {
                log.warn("{} skips event {} of unknown type {} at {}-{}@{}", consumer, cloudEvent.getId(),
                        cloudEvent.getType(), record.topic(), record.partition(), record.offset());
            }
            return false;
        }
        IntegrationEvent event = codec.fromCloudEvent(cloudEvent);
        boolean processed = inbox.processOnce(consumer, event.eventId(), () -> handler.accept(event));
        if (!processed) {
            log.debug("{} already processed event {} ({})", consumer, event.eventId(), cloudEvent.getType());
        }
        return processed;
    }

    private static CloudEvent read(ConsumerRecord<String, byte[]> record) {
        try {
            MessageReader reader = KafkaMessageFactory.createReader(record);
            return reader.toEvent();
        } catch (CloudEventRWException | IllegalStateException e) {
            throw new InvalidEventException("record " + record.topic() + "-" + record.partition() + "@" + record.offset()
                    + " is not a CloudEvent: " + e.getMessage(), e);
        }
    }
}
