package io.zhucan.rehabilitation.child.messaging.in;

import io.zhucan.platform.events.Topics;
import io.zhucan.platform.events.partner.SuspectedDisabilityReported;
import io.zhucan.platform.messaging.consumer.EventDispatcher;
import io.zhucan.platform.messaging.consumer.EventDispatchers;
import io.zhucan.rehabilitation.child.application.ChildIntake;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/** Health insurance's facts: the suspected-disability screenings of children (other types are skipped). */
@Component
class HealthFactsListener {

    private final EventDispatcher dispatcher;

    HealthFactsListener(EventDispatchers dispatchers, ChildIntake children) {
        this.dispatcher = dispatchers.dispatcher()
                .on(SuspectedDisabilityReported.TYPE, children::suspectedDisabilityReported);
    }

    @KafkaListener(topics = Topics.HEALTH_INSURANCE_FACTS)
    void on(ConsumerRecord<String, byte[]> record) {
        dispatcher.dispatch(record);
    }
}
