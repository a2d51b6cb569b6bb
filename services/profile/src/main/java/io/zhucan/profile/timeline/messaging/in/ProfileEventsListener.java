package io.zhucan.profile.timeline.messaging.in;

import io.zhucan.platform.events.EventCatalog;
import io.zhucan.platform.messaging.consumer.EventDispatcher;
import io.zhucan.platform.messaging.consumer.EventDispatchers;
import io.zhucan.profile.timeline.application.LiveProjection;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Every topic of the platform, in one consumer group: translate and delegate. The dispatcher
 * deduplicates through the inbox and keeps a person's records in order behind a parked one.
 */
@Component
class ProfileEventsListener {

    private final EventDispatcher dispatcher;

    ProfileEventsListener(EventDispatchers dispatchers, LiveProjection projection) {
        EventDispatcher all = dispatchers.dispatcher();
        EventCatalog.ALL.forEach(type -> all.on(type, projection::apply));
        this.dispatcher = all;
    }

    @KafkaListener(topics = "#{T(io.zhucan.platform.events.Topics).ALL}") // every topic, partner-facing ones too
    void on(ConsumerRecord<String, byte[]> record) {
        dispatcher.dispatch(record);
    }
}
