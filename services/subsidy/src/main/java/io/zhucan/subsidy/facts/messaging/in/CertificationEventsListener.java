package io.zhucan.subsidy.facts.messaging.in;

import io.zhucan.platform.events.Topics;
import io.zhucan.platform.events.certification.CertificateCancelled;
import io.zhucan.platform.events.certification.CertificateExpired;
import io.zhucan.platform.events.certification.CertificateIssued;
import io.zhucan.platform.events.certification.CertificateRegraded;
import io.zhucan.platform.events.certification.CertificateReinstated;
import io.zhucan.platform.events.certification.CertificateRenewed;
import io.zhucan.platform.events.certification.CertificateSuspended;
import io.zhucan.platform.events.certification.CertificateTransferred;
import io.zhucan.platform.messaging.consumer.EventDispatcher;
import io.zhucan.platform.messaging.consumer.EventDispatchers;
import io.zhucan.subsidy.facts.application.FactsService;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/** Certificate events: translate and delegate (the dispatcher deduplicates through the inbox). */
@Component
class CertificationEventsListener {

    private final EventDispatcher dispatcher;

    CertificationEventsListener(EventDispatchers dispatchers, FactsService facts) {
        this.dispatcher = dispatchers.dispatcher()
                .on(CertificateIssued.TYPE, facts::certificateIssued)
                .on(CertificateRegraded.TYPE, facts::certificateRegraded)
                .on(CertificateTransferred.TYPE, facts::certificateTransferred)
                .on(CertificateRenewed.TYPE, facts::certificateRenewed)
                .on(CertificateExpired.TYPE, facts::certificateExpired)
                .on(CertificateSuspended.TYPE, facts::certificateSuspended)
                .on(CertificateReinstated.TYPE, facts::certificateReinstated)
                .on(CertificateCancelled.TYPE, facts::certificateCancelled);
    }

    @KafkaListener(topics = Topics.CERTIFICATION)
    void on(ConsumerRecord<String, byte[]> record) {
        dispatcher.dispatch(record);
    }
}
