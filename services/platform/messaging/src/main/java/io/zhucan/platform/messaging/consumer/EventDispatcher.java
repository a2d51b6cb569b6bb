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
import io.zhucan.platform.messaging.deadletter.DeadLetter;
import io.zhucan.platform.messaging.deadletter.Replays;
import io.zhucan.platform.messaging.inbox.Inbox;
import io.zhucan.platform.messaging.metrics.MessagingMetrics;
import io.zhucan.platform.messaging.metrics.MessagingMetrics.Outcome;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Routes the CloudEvents of a topic to a consumer's handlers, once per event id (inbox). A record
 * that is not a CloudEvent, whose type or source does not belong to its topic (a forged event), or
 * whose payload breaks the schema of its type, throws {@link InvalidEventException}: parked at
 * once. While a person has a parked record, their later records are parked behind it. Types
 * this consumer has no handler for are skipped, so producers can add event types without breaking it.
 */
public final class EventDispatcher {

    private static final Logger log = LoggerFactory.getLogger(EventDispatcher.class);

    private final String consumer;
    private final Inbox inbox;
    private final EventCodec codec;
    private final ParkedRecordHolds holds;
    private final MessagingMetrics metrics;
    private final BiConsumer<String, EventDispatcher> topics;
    private final Map<String, Consumer<IntegrationEvent>> handlers = new HashMap<>();

    EventDispatcher(String consumer, Inbox inbox, EventCodec codec, ParkedRecordHolds holds, MessagingMetrics metrics,
            BiConsumer<String, EventDispatcher> topics) {
        this.consumer = consumer;
        this.topics = topics;
        this.inbox = inbox;
        this.codec = codec;
        this.holds = holds;
        this.metrics = metrics;
    }

    @SuppressWarnings("unchecked")
    public <T extends IntegrationEvent> EventDispatcher on(EventType<T> type, Consumer<? super T> handler) {
        handlers.put(type.name(), event -> handler.accept((T) event));
        topics.accept(type.topic(), this);
        return this;
    }

    /** Handles one record; returns whether it had an effect (false for duplicates and skipped types). */
    public boolean dispatch(ConsumerRecord<String, byte[]> record) {
        CloudEvent cloudEvent = read(record);
        Optional<EventType<?>> type = EventCatalog.byName(cloudEvent.getType());
        type.ifPresent(t -> belongs(t, cloudEvent, record));
        Consumer<IntegrationEvent> handler = handlers.get(cloudEvent.getType());
        if (handler == null) {
            if (type.isEmpty()) {
                log.warn("{} skips event {} of unknown type {} at {}-{}@{}", consumer, cloudEvent.getId(),
                        cloudEvent.getType(), record.topic(), record.partition(), record.offset());
            }
            metrics.consumed(consumer, record.topic(), cloudEvent.getType(), Outcome.SKIPPED);
            return false;
        }
        IntegrationEvent event = codec.fromCloudEvent(cloudEvent);
        Optional<UUID> replayOf = Replays.of(record);
        Optional<DeadLetter> replay = replayOf.flatMap(holds::beingReplayed);
        if (replayOf.isPresent() && replay.isEmpty()) {
            log.info("{} skips a second replay of dead letter {}", consumer, replayOf.get());
            metrics.consumed(consumer, record.topic(), cloudEvent.getType(), Outcome.DUPLICATE);
            return false;
        }
        holds.admit(record, replay);
        boolean processed = inbox.processOnce(consumer, event.eventId(), () -> handler.accept(event));
        replay.ifPresent(holds::resolved);
        if (!processed) {
            log.debug("{} already processed event {} ({})", consumer, event.eventId(), cloudEvent.getType());
        }
        metrics.consumed(consumer, record.topic(), cloudEvent.getType(), processed ? Outcome.APPLIED : Outcome.DUPLICATE);
        return processed;
    }

    /** Each type is published on one topic by one producer: anything else is forged or misrouted. */
    private static void belongs(EventType<?> type, CloudEvent event, ConsumerRecord<?, ?> record) {
        if (!type.topic().equals(record.topic())) {
            throw new InvalidEventException(type.name() + " does not belong to topic " + record.topic());
        }
        if (!type.source().equals(event.getSource())) {
            throw new InvalidEventException(type.name() + " on " + record.topic() + " comes from a source that does not"
                    + " publish it (expected " + type.source() + ")");
        }
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
