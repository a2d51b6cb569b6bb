package io.zhucan.platform.messaging.consumer;

import io.zhucan.platform.events.EventCodec;
import io.zhucan.platform.messaging.deadletter.DeadLetterStore;
import io.zhucan.platform.messaging.deadletter.KeyPseudonyms;
import io.zhucan.platform.messaging.deadletter.Redelivery;
import io.zhucan.platform.messaging.inbox.Inbox;
import io.zhucan.platform.messaging.metrics.MessagingMetrics;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.kafka.clients.consumer.ConsumerRecord;

/**
 * Creates the dispatchers of a service; its consumer name is its Kafka consumer group. It knows
 * which dispatcher serves which topic (the topics of the types it handles), so a dead-letter
 * replay reaches the listener's own dispatcher.
 */
public class EventDispatchers implements Redelivery {

    private final String consumerGroup;
    private final Inbox inbox;
    private final EventCodec codec;
    private final ParkedRecordHolds holds;
    private final MessagingMetrics metrics;
    private final Map<String, EventDispatcher> byTopic = new ConcurrentHashMap<>();

    public EventDispatchers(String consumerGroup, Inbox inbox, EventCodec codec, DeadLetterStore deadLetters,
            KeyPseudonyms pseudonyms, MessagingMetrics metrics) {
        this.consumerGroup = consumerGroup;
        this.inbox = inbox;
        this.codec = codec;
        this.holds = new ParkedRecordHolds(consumerGroup, deadLetters, pseudonyms);
        this.metrics = metrics;
    }

    public EventDispatcher dispatcher() {
        return new EventDispatcher(consumerGroup, inbox, codec, holds, metrics, this::serves);
    }

    public String consumerGroup() {
        return consumerGroup;
    }

    @Override
    public boolean consumes(String topic) {
        return byTopic.containsKey(topic);
    }

    @Override
    public void redeliver(ConsumerRecord<String, byte[]> record) {
        EventDispatcher dispatcher = byTopic.get(record.topic());
        if (dispatcher == null) {
            throw new IllegalStateException(consumerGroup + " has no consumer of " + record.topic());
        }
        dispatcher.dispatch(record);
    }

    /** The first dispatcher of a topic is its listener's (a group has one listener per topic). */
    private void serves(String topic, EventDispatcher dispatcher) {
        byTopic.putIfAbsent(topic, dispatcher);
    }
}
