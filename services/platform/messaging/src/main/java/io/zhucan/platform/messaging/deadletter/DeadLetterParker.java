package io.zhucan.platform.messaging.deadletter;

import io.zhucan.platform.messaging.consumer.DeadLetterRouting;
import java.nio.charset.StandardCharsets;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.kafka.support.KafkaHeaders;

/**
 * Reads every dead-letter topic and parks the records this service's consumer group failed on, so
 * an operator can see them in the service's own database and replay them.
 */
public class DeadLetterParker {

    private static final Logger log = LoggerFactory.getLogger(DeadLetterParker.class);

    private final DeadLetterStore store;
    private final String consumerGroup;

    public DeadLetterParker(DeadLetterStore store, String consumerGroup) {
        this.store = store;
        this.consumerGroup = consumerGroup;
    }

    @KafkaListener(id = "${spring.kafka.consumer.group-id}.dead-letters",
            groupId = "${spring.kafka.consumer.group-id}.dead-letters",
            topicPattern = ".*\\.DLT", properties = "metadata.max.age.ms=10000")
    void park(ConsumerRecord<String, byte[]> record) {
        if (!consumerGroup.equals(text(record, KafkaHeaders.DLT_ORIGINAL_CONSUMER_GROUP))) {
            return;
        }
        String reason = text(record, DeadLetterRouting.REASON_HEADER);
        store.park(record, reason == null ? "unknown" : reason);
        log.warn("parked dead letter {}-{}@{} from {}: {}", record.topic(), record.partition(), record.offset(),
                text(record, KafkaHeaders.DLT_ORIGINAL_TOPIC), reason);
    }

    private static String text(ConsumerRecord<?, ?> record, String header) {
        Header h = record.headers().lastHeader(header);
        return h == null || h.value() == null ? null : new String(h.value(), StandardCharsets.UTF_8);
    }
}
