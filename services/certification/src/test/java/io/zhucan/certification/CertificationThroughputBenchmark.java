package io.zhucan.certification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.zhucan.certification.support.Actors;
import io.zhucan.certification.support.CertificationIntegrationTest;
import io.zhucan.certification.support.TestIdNumbers;
import io.zhucan.certification.support.Workflow;
import io.zhucan.platform.testing.BenchmarkReport;
import io.zhucan.platform.testing.TestApi.Response;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Applications → issued certificates per second through the REST API (three HTTP calls, three
 * tokens validated, three transactions with their events each), with concurrent clients, then how
 * long the relay takes to publish the backlog. Run with {@code ./bench services/certification}.
 */
@CertificationIntegrationTest
class CertificationThroughputBenchmark {

    private static final int CERTIFICATES = 2_000;
    private static final int CLIENTS = 16;
    private static final String[] COUNTIES = {"330102", "330106", "330482", "330802"};

    @LocalServerPort int port;
    @Autowired JdbcClient jdbc;

    @Test
    void applicationsToIssuedCertificatesPerSecond() throws Exception {
        Workflow workflow = new Workflow(port);
        for (int i = 0; i < 100; i++) { // warm-up
            certify(workflow, Staff.of(COUNTIES[i % COUNTIES.length]), new ArrayList<>());
        }
        awaitOutboxDrained();

        // like real clients, each member of staff reuses their access token (valid 5 minutes)
        Map<String, Staff> staff = new HashMap<>();
        for (String county : COUNTIES) {
            staff.put(county, Staff.of(county));
        }

        List<Long> flowMillis = Collections.synchronizedList(new ArrayList<>());
        ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
        long started = System.nanoTime();
        List<Future<?>> work = new ArrayList<>();
        for (int i = 0; i < CERTIFICATES; i++) {
            Staff of = staff.get(COUNTIES[i % COUNTIES.length]);
            work.add(clients.submit(() -> certify(workflow, of, flowMillis)));
        }
        for (Future<?> f : work) {
            f.get();
        }
        double apiSeconds = (System.nanoTime() - started) / 1e9;
        awaitOutboxDrained();
        double publishedSeconds = (System.nanoTime() - started) / 1e9;
        clients.shutdown();

        flowMillis.sort(Long::compare);
        Map<String, Object> figures = new HashMap<>();
        figures.put("certificates", CERTIFICATES);
        figures.put("concurrentClients", CLIENTS);
        figures.put("issuedCertificatesPerSecond", Math.round(CERTIFICATES / apiSeconds * 10) / 10.0);
        figures.put("httpRequestsPerSecond", Math.round(3 * CERTIFICATES / apiSeconds));
        figures.put("flowP50Ms", BenchmarkReport.percentile(flowMillis, 50));
        figures.put("flowP99Ms", BenchmarkReport.percentile(flowMillis, 99));
        figures.put("allEventsPublishedAfterSeconds", Math.round(publishedSeconds * 10) / 10.0);
        BenchmarkReport.write("certification-throughput", figures);
    }

    private static void certify(Workflow workflow, Staff staff, List<Long> flowMillis) {
        long t0 = System.nanoTime();
        Response applied = workflow.apply(staff.caseworker(), TestIdNumbers.adult(staff.county()), staff.county());
        assertThat(applied.status()).as(applied.text()).isEqualTo(201);
        Response assessed = workflow.assess(staff.assessor(), applied.field("/id"),
                List.of(Map.of("category", "PHYSICAL", "grade", "GRADE_2")));
        assertThat(assessed.status()).as(assessed.text()).isEqualTo(200);
        Response approved = workflow.approve(staff.reviewer(), applied.field("/id"));
        assertThat(approved.status()).as(approved.text()).isEqualTo(200);
        flowMillis.add((System.nanoTime() - t0) / 1_000_000);
    }

    /** The three members of a county's staff a case passes through, with their tokens. */
    private record Staff(String county, String caseworker, String assessor, String reviewer) {
        static Staff of(String county) {
            return new Staff(county, Actors.caseworker(county), Actors.assessor(county), Actors.reviewer(county));
        }
    }

    private void awaitOutboxDrained() {
        await().atMost(Duration.ofMinutes(10)).pollInterval(Duration.ofMillis(100))
                .until(() -> jdbc.sql("SELECT count(*) FROM outbox_event").query(Long.class).single() == 0);
    }
}
