package io.zhucan.platform.messaging.deadletter;

import java.time.Duration;
import java.util.List;
import java.util.Properties;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.TopicPartition;
import org.springframework.kafka.core.ConsumerFactory;

/**
 * Reads a parked record where it still is: on its topic, at its offset. The dead-letter table
 * keeps no copy of the record (no personal data); topics keep records longer than the table keeps
 * open dead letters' records need (retention, docs/operations.md).
 */
public class OriginalRecords {

    private static final Duration WAIT = Duration.ofSeconds(10);

    private final ConsumerFactory<String, byte[]> consumers;

    public OriginalRecords(ConsumerFactory<String, byte[]> consumers) {
        this.consumers = consumers;
    }

    public ConsumerRecord<String, byte[]> read(String topic, int partition, long offset) {
        Properties overrides = new Properties();
        overrides.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, "1");
        overrides.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        try (Consumer<String, byte[]> consumer = consumers.createConsumer(null, "dead-letter-replay", null, overrides)) {
            TopicPartition at = new TopicPartition(topic, partition);
            consumer.assign(List.of(at));
            consumer.seek(at, offset);
            long deadline = System.nanoTime() + WAIT.toNanos();
            while (System.nanoTime() < deadline) {
                for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(500))) {
                    if (record.offset() == offset) {
                        return record;
                    }
                    throw new RecordGone(topic, partition, offset);
                }
            }
        }
        throw new RecordGone(topic, partition, offset);
    }

    /** The record is no longer on its topic (retention passed) or could not be read in time. */
    public static class RecordGone extends RuntimeException {

        RecordGone(String topic, int partition, long offset) {
            super("record " + topic + "-" + partition + "@" + offset + " could not be read from its topic");
        }
    }
}
