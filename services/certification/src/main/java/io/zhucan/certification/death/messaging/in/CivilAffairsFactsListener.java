package io.zhucan.certification.death.messaging.in;

import io.zhucan.certification.death.application.DeathRegistration;
import io.zhucan.platform.events.Topics;
import io.zhucan.platform.events.partner.DeathRegistered;
import io.zhucan.platform.messaging.consumer.EventDispatcher;
import io.zhucan.platform.messaging.consumer.EventDispatchers;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/** Civil affairs' facts that matter to certificates: deaths. */
@Component
class CivilAffairsFactsListener {

    private final EventDispatcher dispatcher;

    CivilAffairsFactsListener(EventDispatchers dispatchers, DeathRegistration deaths) {
        this.dispatcher = dispatchers.dispatcher().on(DeathRegistered.TYPE, deaths::registered);
    }

    @KafkaListener(topics = Topics.CIVIL_AFFAIRS_FACTS)
    void on(ConsumerRecord<String, byte[]> record) {
        dispatcher.dispatch(record);
    }
}
