package io.zhucan.rehabilitation.need.messaging.in;

import io.zhucan.platform.events.Topics;
import io.zhucan.platform.events.certification.CertificateCancelled;
import io.zhucan.platform.events.certification.CertificateIssued;
import io.zhucan.platform.events.certification.CertificateRegraded;
import io.zhucan.platform.events.certification.CertificateTransferred;
import io.zhucan.platform.messaging.consumer.EventDispatcher;
import io.zhucan.platform.messaging.consumer.EventDispatchers;
import io.zhucan.rehabilitation.child.application.ChildIntake;
import io.zhucan.rehabilitation.need.application.NeedOpening;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Certificate events: translate and delegate (the dispatcher deduplicates through the inbox). One
 * listener for the topic, so both effects of an issued certificate (the need, and the child record
 * of a child) share the event's one inbox transaction.
 */
@Component
class CertificationEventsListener {

    private final EventDispatcher dispatcher;

    CertificationEventsListener(EventDispatchers dispatchers, NeedOpening needs, ChildIntake children) {
        this.dispatcher = dispatchers.dispatcher()
                .on(CertificateIssued.TYPE, issued -> {
                    needs.certificateIssued(issued);
                    children.certificateIssued(issued.personId());
                })
                .on(CertificateRegraded.TYPE, needs::certificateRegraded)
                .on(CertificateTransferred.TYPE, needs::certificateTransferred)
                .on(CertificateCancelled.TYPE, needs::certificateCancelled);
    }

    @KafkaListener(topics = Topics.CERTIFICATION)
    void on(ConsumerRecord<String, byte[]> record) {
        dispatcher.dispatch(record);
    }
}
