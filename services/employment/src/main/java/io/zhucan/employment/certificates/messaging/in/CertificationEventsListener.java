package io.zhucan.employment.certificates.messaging.in;

import io.zhucan.employment.outreach.application.OutreachService;
import io.zhucan.employment.seeker.application.SeekerService;
import io.zhucan.platform.events.Topics;
import io.zhucan.platform.events.certification.CertificateCancelled;
import io.zhucan.platform.events.certification.CertificateIssued;
import io.zhucan.platform.events.certification.CertificateRegraded;
import io.zhucan.platform.events.certification.CertificateTransferred;
import io.zhucan.platform.messaging.consumer.EventDispatcher;
import io.zhucan.platform.messaging.consumer.EventDispatchers;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Certificate events: translate and delegate (the dispatcher deduplicates through the inbox). One
 * listener for the topic, so every event reaches this service's consumer group once, in order.
 */
@Component
class CertificationEventsListener {

    private final EventDispatcher dispatcher;

    CertificationEventsListener(EventDispatchers dispatchers, OutreachService outreach, SeekerService seekers) {
        this.dispatcher = dispatchers.dispatcher()
                .on(CertificateIssued.TYPE, outreach::certificateIssued)
                .on(CertificateRegraded.TYPE, outreach::certificateRegraded)
                .on(CertificateTransferred.TYPE, e -> {
                    outreach.certificateTransferred(e);
                    seekers.certificateTransferred(e);
                })
                .on(CertificateCancelled.TYPE, seekers::certificateCancelled);
    }

    @KafkaListener(topics = Topics.CERTIFICATION)
    void on(ConsumerRecord<String, byte[]> record) {
        dispatcher.dispatch(record);
    }
}
