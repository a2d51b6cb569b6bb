package io.zhucan.platform.messaging;

import io.zhucan.platform.events.IntegrationEvent;
import io.zhucan.platform.events.certification.CertificateRenewed;
import io.zhucan.platform.testing.TestEvents;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.apache.kafka.common.utils.Utils;
import org.springframework.kafka.core.KafkaTemplate;

/** Records as a producer would put them on a topic, straight to the broker (no outbox, no database). */
final class TestRecords {

    static CertificateRenewed renewal(UUID person, LocalDate validUntil) {
        return new CertificateRenewed(UUID.randomUUID(), Instant.now(), person, UUID.randomUUID(), "330102",
                LocalDate.now(), validUntil);
    }

    /** Sends the event as a binary CloudEvent on {@code topic}, which need not be its own (a forgery). */
    static void send(KafkaTemplate<String, byte[]> kafka, String topic, String key, IntegrationEvent event) {
        TestEvents.send(kafka, TestEvents.record(topic, key, event));
    }

    /** Another person whose records share the partition of {@code person}'s (Kafka's default partitioner). */
    static UUID neighbourOf(UUID person, int partitions) {
        int partition = partitionOf(person.toString(), partitions);
        while (true) {
            UUID other = UUID.randomUUID();
            if (partitionOf(other.toString(), partitions) == partition) {
                return other;
            }
        }
    }

    private static int partitionOf(String key, int partitions) {
        return Utils.toPositive(Utils.murmur2(key.getBytes(java.nio.charset.StandardCharsets.UTF_8))) % partitions;
    }

    private TestRecords() {
    }
}
