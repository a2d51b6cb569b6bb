package io.zhucan.platform.messaging.deadletter;

import io.zhucan.platform.events.Topics;
import io.zhucan.platform.messaging.metrics.MessagingMetrics;
import java.nio.charset.StandardCharsets;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeader;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.listener.ConsumerRecordRecoverer;
import org.springframework.kafka.listener.DeadLetterPublishingRecoverer;
import org.springframework.kafka.listener.DeadLetterPublishingRecoverer.HeaderNames.HeadersToAdd;

/**
 * Parks a record that failed for good: first the row in the dead-letter table, in the consumer's
 * thread, so the person's next record already finds it and waits behind it; then a copy on
 * {@code <topic>.DLT} (same partition). If either fails (database or broker down), the error
 * handler delivers the record again and parking is repeated: the row is written once.
 */
public class ParkingRecoverer implements ConsumerRecordRecoverer {

    /** The sanitised reason on the DLT copy; Spring's exception message and stack trace headers are left out. */
    public static final String REASON_HEADER = "zhucan-dlt-reason";

    private static final Logger log = LoggerFactory.getLogger(ParkingRecoverer.class);

    private final DeadLetterStore store;
    private final KeyPseudonyms pseudonyms;
    private final String consumer;
    private final DeadLetterPublishingRecoverer deadLetterTopic;
    private final MessagingMetrics metrics;

    public ParkingRecoverer(DeadLetterStore store, KeyPseudonyms pseudonyms, String consumer,
            KafkaTemplate<String, byte[]> kafka, MessagingMetrics metrics) {
        this.store = store;
        this.pseudonyms = pseudonyms;
        this.consumer = consumer;
        this.metrics = metrics;
        this.deadLetterTopic = new PseudonymousDeadLetterTopic(kafka, pseudonyms);
        deadLetterTopic.excludeHeader(HeadersToAdd.EX_MSG, HeadersToAdd.EX_STACKTRACE);
        deadLetterTopic.setHeadersFunction((record, exception) -> new RecordHeaders(new Header[] {
                new RecordHeader(REASON_HEADER, Reasons.of(exception).getBytes(StandardCharsets.UTF_8))}));
    }

    @Override
    public void accept(ConsumerRecord<?, ?> record, Exception exception) {
        String reason = Reasons.of(exception);
        boolean reparked = Replays.of(record).map(id -> store.repark(id, reason)).orElse(false);
        if (!reparked) {
            store.park(consumer, record, pseudonyms.of(record.key() == null ? null : record.key().toString()),
                    text(record.headers(), "ce_type"), text(record.headers(), "ce_id"), reason);
        }
        deadLetterTopic.accept(record, exception);
        metrics.parked(consumer, record.topic());
        log.warn("{} parked {}-{}@{}: {}", consumer, record.topic(), record.partition(), record.offset(), reason);
    }

    private static String text(Headers headers, String name) {
        Header header = headers.lastHeader(name);
        return header == null || header.value() == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    /** The DLT copy: keyed by the key's pseudonym, without the CloudEvents attributes that repeat the key. */
    private static final class PseudonymousDeadLetterTopic extends DeadLetterPublishingRecoverer {

        private final KeyPseudonyms pseudonyms;

        PseudonymousDeadLetterTopic(KafkaTemplate<String, byte[]> kafka, KeyPseudonyms pseudonyms) {
            super(kafka, (record, exception) -> new TopicPartition(Topics.deadLetter(record.topic()), record.partition()));
            this.pseudonyms = pseudonyms;
        }

        @Override
        protected ProducerRecord<Object, Object> createProducerRecord(
                ConsumerRecord<?, ?> record, TopicPartition topicPartition, Headers headers, byte[] key, byte[] value) {
            headers.remove("ce_subject");
            headers.remove("ce_partitionkey");
            String originalKey = key != null ? new String(key, StandardCharsets.UTF_8)
                    : record.key() == null ? null : record.key().toString();
            return new ProducerRecord<>(topicPartition.topic(),
                    topicPartition.partition(), null, pseudonyms.of(originalKey), value != null ? value : record.value(),
                    headers);
        }
    }
}
