package io.zhucan.subsidy.partner.messaging.in;

import io.zhucan.platform.events.Topics;
import io.zhucan.platform.events.partner.CareBenefitEnded;
import io.zhucan.platform.events.partner.CareBenefitStarted;
import io.zhucan.platform.events.partner.DeathRegistered;
import io.zhucan.platform.events.partner.InstitutionalCareChanged;
import io.zhucan.platform.events.partner.IncomeReported;
import io.zhucan.platform.events.partner.LowIncomeStatusChanged;
import io.zhucan.platform.events.partner.OrphanAllowanceChanged;
import io.zhucan.platform.events.partner.PaymentSettlementReported;
import io.zhucan.platform.messaging.consumer.EventDispatcher;
import io.zhucan.platform.messaging.consumer.EventDispatchers;
import io.zhucan.subsidy.facts.application.FactsService;
import io.zhucan.subsidy.payment.application.SettlementService;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Partner facts (civil affairs, health insurance), whether published on Kafka or posted to the REST
 * intake, routed to the feature that reacts: person facts to facts, settlement reports to payment.
 * One listener per topic, because the service reads each topic in one consumer group.
 */
@Component
class PartnerFactsListener {

    private final EventDispatcher dispatcher;

    PartnerFactsListener(EventDispatchers dispatchers, FactsService facts, SettlementService settlements) {
        this.dispatcher = dispatchers.dispatcher()
                .on(LowIncomeStatusChanged.TYPE, facts::lowIncomeStatusChanged)
                .on(IncomeReported.TYPE, facts::incomeReported)
                .on(InstitutionalCareChanged.TYPE, facts::institutionalCareChanged)
                .on(OrphanAllowanceChanged.TYPE, facts::orphanAllowanceChanged)
                .on(DeathRegistered.TYPE, facts::deathRegistered)
                .on(CareBenefitStarted.TYPE, facts::careBenefitStarted)
                .on(CareBenefitEnded.TYPE, facts::careBenefitEnded)
                .on(PaymentSettlementReported.TYPE, settlements::settlementReported);
    }

    @KafkaListener(topics = {Topics.CIVIL_AFFAIRS_FACTS, Topics.HEALTH_INSURANCE_FACTS})
    void on(ConsumerRecord<String, byte[]> record) {
        dispatcher.dispatch(record);
    }
}
