package io.zhucan.platform.messaging.consumer;

import io.zhucan.platform.events.EventCodec;
import io.zhucan.platform.messaging.deadletter.DeadLetterStore;
import io.zhucan.platform.messaging.deadletter.KeyPseudonyms;
import io.zhucan.platform.messaging.inbox.Inbox;
import io.zhucan.platform.messaging.metrics.MessagingMetrics;

/** Creates the dispatchers of a service; its consumer name is its Kafka consumer group. */
public class EventDispatchers {

    private final String consumerGroup;
    private final Inbox inbox;
    private final EventCodec codec;
    private final ParkedRecordHolds holds;
    private final MessagingMetrics metrics;

    public EventDispatchers(String consumerGroup, Inbox inbox, EventCodec codec, DeadLetterStore deadLetters,
            KeyPseudonyms pseudonyms, MessagingMetrics metrics) {
        this.consumerGroup = consumerGroup;
        this.inbox = inbox;
        this.codec = codec;
        this.holds = new ParkedRecordHolds(consumerGroup, deadLetters, pseudonyms);
        this.metrics = metrics;
    }

    public EventDispatcher dispatcher() {
        return new EventDispatcher(consumerGroup, inbox, codec, holds, metrics);
    }

    public String consumerGroup() {
        return consumerGroup;
    }
}
