package io.zhucan.rehabilitation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.cloudevents.kafka.KafkaMessageFactory;
import io.zhucan.platform.events.Topics;
import io.zhucan.platform.events.certification.CertificateIssued;
import io.zhucan.platform.events.vocabulary.DisabilityCategory;
import io.zhucan.platform.events.vocabulary.DisabilityGrade;
import io.zhucan.platform.messaging.outbox.OutboxBacklog;
import io.zhucan.platform.testing.BenchmarkReport;
import io.zhucan.rehabilitation.support.RehabIT;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A burst of certificates (default 100,000, {@code -Dbench.certificates}) on the certification topic:
 * need-opening throughput, the p50/p99 from the certificate event to its need committed, and the time
 * until every NeedOpened left the outbox. Runs only with {@code ./bench services/rehabilitation};
 * writes target/bench/rehabilitation.json.
 */
class NeedOpeningBenchmark extends RehabIT {

    static final int CERTIFICATES = Integer.getInteger("bench.certificates", 100_000);

    @Autowired OutboxBacklog backlog;

    @Test
    void needOpeningFromABurstOfCertificates() throws Exception {
        Map<UUID, Instant> sentAt = new HashMap<>(CERTIFICATES * 2);
        List<CompletableFuture<?>> sends = new ArrayList<>();
        long t = System.nanoTime();
        for (int i = 0; i < CERTIFICATES; i++) {
            CertificateIssued issued = issued(UUID.randomUUID(), i % 2 == 0 ? "330106" : "330482",
                    DisabilityCategory.PHYSICAL, DisabilityGrade.GRADE_2, LocalDate.of(1970, 1, 1).plusDays(i % 10_000));
            sentAt.put(issued.eventId(), issued.occurredAt());
            sends.add(kafka.send(KafkaMessageFactory.createWriter(Topics.CERTIFICATION, null, null,
                    issued.partitionKey()).writeBinary(codec.toCloudEvent(issued))));
        }
        for (var send : sends) {
            send.get();
        }
        double producedSeconds = seconds(t);

        await().atMost(Duration.ofMinutes(60)).pollInterval(Duration.ofMillis(500)).until(() ->
                jdbc.sql("SELECT count(*) FROM need WHERE opened_on >= :d").param("d", java.sql.Date.valueOf(today()))
                        .query(Long.class).single() >= CERTIFICATES);
        double openedSeconds = seconds(t);
        await().atMost(Duration.ofMinutes(60)).pollInterval(Duration.ofMillis(500)).until(() -> backlog.pending() == 0);
        double publishedSeconds = seconds(t);

        List<Long> latencies = new ArrayList<>(CERTIFICATES);
        jdbc.sql("SELECT opened_by_event, updated_at FROM need").query((rs, n) -> {
            Instant sent = sentAt.get(rs.getObject("opened_by_event", UUID.class));
            if (sent != null) {
                Timestamp opened = rs.getTimestamp("updated_at");
                latencies.add(Duration.between(sent, opened.toInstant()).toMillis());
            }
            return null;
        }).list();
        assertThat(latencies).hasSize(CERTIFICATES);
        latencies.sort(Long::compare);

        Map<String, Object> result = new LinkedHashMap<>();
        result.put("certificates", CERTIFICATES);
        result.put("producedSeconds", producedSeconds);
        result.put("needsOpenedSeconds", openedSeconds);
        result.put("needsOpenedPerSecond", Math.round(CERTIFICATES / openedSeconds));
        result.put("needOpenedEventsPublishedSeconds", publishedSeconds);
        result.put("certificateToNeedP50Millis", BenchmarkReport.percentile(latencies, 50));
        result.put("certificateToNeedP99Millis", BenchmarkReport.percentile(latencies, 99));
        BenchmarkReport.write("rehabilitation", result);
    }

    private static double seconds(long since) {
        return Math.round((System.nanoTime() - since) / 1e7) / 100.0;
    }
}
