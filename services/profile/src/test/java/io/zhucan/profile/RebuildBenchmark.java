package io.zhucan.profile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.cloudevents.kafka.KafkaMessageFactory;
import io.zhucan.platform.events.EventCatalog;
import io.zhucan.platform.events.IntegrationEvent;
import io.zhucan.platform.events.Topics;
import io.zhucan.platform.events.partner.LowIncomeStatusChanged;
import io.zhucan.platform.events.subsidy.PaymentInstructed;
import io.zhucan.platform.events.subsidy.PaymentSettled;
import io.zhucan.platform.events.vocabulary.Allowance;
import io.zhucan.platform.events.vocabulary.LowIncomeStatus;
import io.zhucan.platform.events.vocabulary.Sex;
import io.zhucan.platform.testing.BenchmarkReport;
import io.zhucan.platform.testing.TestApi.Response;
import io.zhucan.platform.testing.TestInfrastructure;
import io.zhucan.profile.support.ProfileIT;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import javax.sql.DataSource;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.kafka.config.KafkaListenerEndpointRegistry;

/**
 * Rebuild throughput at the province's size and the province-level indicator query (issue 14):
 * {@code -Dbench.persons} persons (default 1,200,000) with the events of a holder of the living
 * allowance — certificate issued, eligibility decided, entitlement granted, a payment instructed and
 * settled, and for one in ten a civil-affairs low-income fact — over six counties of four cities,
 * produced in bulk by a plain producer (not through the services). The live consumers are stopped
 * first: the rebuild alone replays every topic from offset zero into a new generation and switches
 * over; timed from the command to the switch. Beside it, in the same run, the raw floor of the same
 * work ({@link RebuildFloor}): a plain consumer reading the same records, and COPY of the same read-model
 * rows into tables of the same indexes. Then the p50/p99 of {@code GET /indicators?region=330000} over
 * the rebuilt model, read from the counts the rebuild materialised before its switch; then the time of one
 * refresh of those counts, and the same query computed from the person files (what it cost before they
 * were materialised), checked equal. Runs only with {@code ./bench services/profile}; writes target/bench/profile.json.
 */
class RebuildBenchmark extends ProfileIT {

    static final int PERSONS = Integer.getInteger("bench.persons", 1_200_000);
    static final int QUERIES = Integer.getInteger("bench.queries", 20);
    static final int LIVE_QUERIES = Integer.getInteger("bench.computed-queries", 3);
    static final int INDICATOR_MONTHS = 2; // ProfileIT's zhucan.profile.indicators.months
    static final List<String> COUNTIES = List.of("330102", "330106", "330212", "330482", "330802", "331127");

    @Autowired KafkaListenerEndpointRegistry liveConsumers;
    @Autowired DataSource dataSource;

    @Test
    void rebuildThroughputAgainstItsFloorAndProvinceIndicatorLatency() throws Exception {
        liveConsumers.stop();
        long s = System.nanoTime();
        long events = seed();
        double seedSeconds = seconds(s);

        long r = System.nanoTime();
        int generation = api.as(operator()).post("/api/profile/operations/rebuilds", null).body().path("generation").asInt();
        // a token per poll: test tokens live five minutes, a rebuild at full size takes longer
        await().atMost(Duration.ofHours(2)).pollInterval(Duration.ofSeconds(1)).until(() -> "ACTIVE".equals(
                api.as(operator()).get("/api/profile/operations/rebuilds/{g}", generation).field("/status")));
        double rebuildSeconds = seconds(r);
        assertThat(rows("timeline_entry", generation)).isEqualTo(events);
        assertThat(rows("person_file", generation)).isEqualTo(PERSONS);

        RebuildFloor floor = new RebuildFloor(TestInfrastructure.broker().bootstrapServers(), dataSource);
        double consumeSeconds = floor.consume(Topics.ALL, events);
        double copySeconds = floor.copy(generation, List.of("person_file", "timeline_entry", "eligibility", "entitlement"));
        double floorSeconds = consumeSeconds + copySeconds;

        List<Long> latencies = provinceQueries(QUERIES);
        String materialised = provinceReport();
        long f = System.nanoTime();
        indicatorRefresh.refresh(generation);
        double refreshSeconds = seconds(f);
        // the same query computed from the person files (no month materialised): what it cost before
        jdbc.sql("DELETE FROM indicator_month WHERE generation = :g").param("g", generation).update();
        List<Long> computed = provinceQueries(LIVE_QUERIES);
        assertThat(provinceReport()).as("materialised equals computed").isEqualTo(materialised);

        Map<String, Object> result = new LinkedHashMap<>();
        result.put("persons", PERSONS);
        result.put("events", events);
        result.put("seedSeconds", seedSeconds);
        result.put("rebuildSeconds", rebuildSeconds);
        result.put("rebuildEventsPerSecond", Math.round(events / rebuildSeconds));
        result.put("floorConsumeSeconds", consumeSeconds);
        result.put("floorCopySeconds", copySeconds);
        result.put("floorSeconds", Math.round(floorSeconds * 100) / 100.0);
        result.put("floorEventsPerSecond", Math.round(events / floorSeconds));
        result.put("rebuildOverFloor", Math.round(rebuildSeconds / floorSeconds * 100) / 100.0);
        result.put("provinceIndicatorsP50Millis", BenchmarkReport.percentile(latencies, 50));
        result.put("provinceIndicatorsP99Millis", BenchmarkReport.percentile(latencies, 99));
        result.put("indicatorRefreshSeconds", refreshSeconds);
        result.put("indicatorRefreshMonths", INDICATOR_MONTHS);
        result.put("computedProvinceIndicatorsP50Millis", BenchmarkReport.percentile(computed, 50));
        result.put("computedProvinceIndicatorsMaxMillis", computed.getLast());
        BenchmarkReport.write("profile", result);
    }

    /** Every person's events, in bulk by a plain producer; returns how many. */
    private long seed() throws Exception {
        AtomicReference<Exception> failure = new AtomicReference<>();
        long events = 0;
        YearMonth month = thisMonth();
        try (var producer = new KafkaProducer<>(producerSettings(), new StringSerializer(), new ByteArraySerializer())) {
            for (int i = 0; i < PERSONS; i++) {
                String county = COUNTIES.get(i % COUNTIES.size());
                UUID person = UUID.randomUUID();
                LocalDate born = LocalDate.of(1960, 1, 1).plusDays(i % 15_000);
                String idNumber = idNumber(county, born);
                UUID decision = UUID.randomUUID();
                UUID entitlement = UUID.randomUUID();
                UUID instruction = UUID.randomUUID();
                Instant now = Instant.now();
                List<IntegrationEvent> file = new ArrayList<>(List.of(
                        issued(now, person, idNumber, county, today(), today().plusYears(10), born,
                                i % 2 == 0 ? Sex.MALE : Sex.FEMALE),
                        eligible(person, decision, Allowance.LIVING, county, now),
                        granted(person, entitlement, Allowance.LIVING, county, decision, now),
                        new PaymentInstructed(UUID.randomUUID(), now, person, instruction, entitlement, Allowance.LIVING,
                                month, 12_000, county, idNumber + "42", null, null),
                        new PaymentSettled(UUID.randomUUID(), now, person, instruction, Allowance.LIVING, month, 12_000,
                                today())));
                if (i % 10 == 0) {
                    file.add(new LowIncomeStatusChanged("bench-" + i, now, idNumber, LowIncomeStatus.DIBAO, today()));
                }
                for (IntegrationEvent event : file) {
                    producer.send(record(event), (metadata, e) -> {
                        if (e != null) {
                            failure.set(e);
                        }
                    });
                }
                events += file.size();
            }
            producer.flush();
        }
        if (failure.get() != null) {
            throw failure.get();
        }
        return events;
    }

    private Map<String, Object> producerSettings() {
        Map<String, Object> settings = new LinkedHashMap<>(kafka.getProducerFactory().getConfigurationProperties());
        settings.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, TestInfrastructure.broker().bootstrapServers());
        settings.put(ProducerConfig.ACKS_CONFIG, "all");
        settings.put(ProducerConfig.LINGER_MS_CONFIG, 20);
        settings.put(ProducerConfig.BATCH_SIZE_CONFIG, 256 * 1024);
        settings.put(ProducerConfig.COMPRESSION_TYPE_CONFIG, "lz4");
        settings.remove(ProducerConfig.TRANSACTIONAL_ID_CONFIG);
        return settings;
    }

    private org.apache.kafka.clients.producer.ProducerRecord<String, byte[]> record(IntegrationEvent event) {
        return KafkaMessageFactory.createWriter(EventCatalog.of(event.getClass()).topic(), null, null,
                event.partitionKey()).writeBinary(codec.toCloudEvent(event));
    }

    /** The province-level report's latencies in ms, sorted; a fresh token each (tokens live five minutes). */
    private List<Long> provinceQueries(int n) {
        List<Long> latencies = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            long q = System.nanoTime();
            provinceReport();
            latencies.add((System.nanoTime() - q) / 1_000_000);
        }
        latencies.sort(Long::compare);
        return latencies;
    }

    private String provinceReport() {
        Response report = api.as(staff("analyst", "330000", "analyst"))
                .get("/api/profile/indicators?region=330000&month={m}", thisMonth());
        assertThat(report.status()).isEqualTo(200);
        return report.text();
    }

    private String operator() {
        return staff("ops", "330000", "operator");
    }

    private long rows(String table, int generation) {
        return jdbc.sql("SELECT count(*) FROM " + table + " WHERE generation = :g").param("g", generation)
                .query(Long.class).single();
    }

    static double seconds(long since) {
        return Math.round((System.nanoTime() - since) / 1e7) / 100.0;
    }
}
