package io.zhucan.platform.messaging.consumer;

import io.zhucan.platform.events.EventCodec;
import io.zhucan.platform.messaging.inbox.Inbox;

/** Creates the dispatchers of a service; its consumer name is its Kafka consumer group. */
public class EventDispatchers {

    private final String consumerGroup;
    private final Inbox inbox;
    private final EventCodec codec;

    public EventDispatchers(String consumerGroup, Inbox inbox, EventCodec codec) {
        this.consumerGroup = consumerGroup;
        this.inbox = inbox;
        this.codec = codec;
    }

    public EventDispatcher dispatcher() {
        return new EventDispatcher(consumerGroup, inbox, codec);
    }

    public String consumerGroup() {
        return consumerGroup;
    }
}
