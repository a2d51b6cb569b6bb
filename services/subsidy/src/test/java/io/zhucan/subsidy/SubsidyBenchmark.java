package io.zhucan.subsidy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.zhucan.platform.events.vocabulary.Allowance;
import io.zhucan.platform.events.subsidy.PaymentInstructed;
import io.zhucan.platform.messaging.outbox.KafkaRelay;
import io.zhucan.platform.messaging.outbox.OutboxMessage;
import io.zhucan.platform.testing.BenchmarkReport;
import io.zhucan.platform.testing.ProducerFloor;
import io.zhucan.subsidy.payment.application.PaymentRunService;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import javax.sql.DataSource;
import org.apache.kafka.clients.producer.Producer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.config.YamlPropertiesFactoryBean;
import org.springframework.core.io.ClassPathResource;
import org.springframework.kafka.core.ProducerFactory;

/**
 * Province scale (~1.2 M certificate holders): the monthly payment run over 1 M active entitlements
 * (first run until every event is on Kafka, beside its raw floor of the same run: COPY of the same
 * instruction rows + a plain producer sending the same events; then the idempotent re-run). The
 * re-evaluation after a policy change is {@link ReevaluationBenchmark}'s.
 * Runs only with {@code ./mvnw -Pbench -pl services/subsidy verify}; writes target/bench/subsidy.json.
 */
class SubsidyBenchmark extends SubsidyITSupport {

    static final int PERSONS = Integer.getInteger("bench.persons", 1_000_000);
    static final List<String> COUNTIES = List.of("330102", "330105", "330106", "330108", "330109", "330110", "330482",
            "330802", "330803", "330881");

    @Autowired PaymentRunService runs;
    @Autowired DataSource dataSource;
    @Autowired ProducerFactory<String, byte[]> producers;

    @Test
    void paymentRunAtProvinceScale() throws Exception {
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("persons", PERSONS);

        long t = System.nanoTime();
        BenchmarkHolders.seed(jdbc, PERSONS, COUNTIES);
        result.put("seedSeconds", seconds(t));

        // the floor of the same run: COPY of the same instruction rows + a plain producer sending the same events
        YearMonth month = thisMonth();
        double copySeconds = copyFloor(month);
        double producerSeconds = producerFloor(month);
        double floorSeconds = copySeconds + producerSeconds;
        result.put("floorCopySeconds", copySeconds);
        result.put("floorProducerSeconds", producerSeconds);
        result.put("floorSeconds", floorSeconds);

        // the run with the relay running, in the production chunks: from the start until every event is on Kafka
        int chunk = productionChunkSize();
        result.put("paymentRunChunkSize", chunk);
        t = System.nanoTime();
        var first = runs.run(month, "bench", chunk);
        double firstSeconds = seconds(t);
        assertThat(first.instructed()).isEqualTo(PERSONS);
        result.put("paymentRunInstructed", first.instructed());
        result.put("paymentRunSeconds", firstSeconds);
        result.put("paymentRunInstructionsPerSecond", Math.round(first.instructed() / firstSeconds));
        await().atMost(Duration.ofMinutes(30)).pollInterval(Duration.ofMillis(100))
                .until(() -> !jdbc.sql("SELECT EXISTS (SELECT 1 FROM outbox_event)").query(Boolean.class).single());
        double publishedSeconds = seconds(t);
        result.put("paymentRunPublishedSeconds", publishedSeconds);
        result.put("paymentInstructionsPublishedPerSecond", Math.round(first.instructed() / publishedSeconds));
        result.put("paymentRunOverFloor", Math.round(publishedSeconds / floorSeconds * 100) / 100.0);

        t = System.nanoTime();
        var again = runs.run(month, "bench", chunk);
        double againSeconds = seconds(t);
        assertThat(again.instructed()).isZero();
        assertThat(jdbc.sql("SELECT count(*) FROM payment_instruction WHERE month = :m").param("m", month.atDay(1))
                .query(Long.class).single()).isEqualTo(PERSONS);
        result.put("paymentReRunSeconds", againSeconds);
        BenchmarkReport.write("subsidy", result);
    }

    /**
     * The run's chunk size in production (the service's application.yml): the integration tests run it
     * in chunks of 50 to cross chunk boundaries, which the benchmark must not measure.
     */
    private static int productionChunkSize() {
        var yaml = new YamlPropertiesFactoryBean();
        yaml.setResources(new ClassPathResource("application.yml"));
        return Integer.parseInt(Objects.requireNonNull(yaml.getObject()).getProperty("zhucan.subsidy.payment-run.chunk-size"));
    }

    /** The instruction rows the run will write, COPYed into a table like payment_instruction. */
    private double copyFloor(YearMonth month) throws Exception {
        return BenchmarkHolders.copySeconds(dataSource, jdbc, "payment_instruction", """
                SELECT gen_random_uuid(), e.id, DATE '%s', e.person_id, e.allowance, a.monthly_amount_fen, e.county,
                       'INSTRUCTED', 1, NULL, f.certificate_number, now(), NULL, false
                FROM entitlement e JOIN person_facts f ON f.id_number = e.id_number
                JOIN entitlement_amount a ON a.entitlement_id = e.id""".formatted(month.atDay(1)));
    }

    /** The run's events (same type, topic, keys and payload size), from memory through a plain producer. */
    private double producerFloor(YearMonth month) throws Exception {
        List<UUID> persons = jdbc.sql("SELECT person_id FROM entitlement").query(UUID.class).list();
        Instant now = Instant.now();
        try (Producer<String, byte[]> producer = producers.createProducer()) {
            return ProducerFloor.seconds(producer, persons.size(), i -> {
                var event = new PaymentInstructed(UUID.randomUUID(), now, persons.get(i), UUID.randomUUID(),
                        UUID.randomUUID(), Allowance.NURSING, month, 30000, "330102", "99000000000000001X42", 1, false);
                return KafkaRelay.toRecord(new OutboxMessage(event.eventId(), PaymentInstructed.TYPE.name(), now,
                        PaymentInstructed.TYPE.topic(), event.partitionKey(), codec.json().writeValueAsString(event)));
            });
        }
    }

    private static double seconds(long since) {
        return BenchmarkHolders.seconds(since);
    }
}
