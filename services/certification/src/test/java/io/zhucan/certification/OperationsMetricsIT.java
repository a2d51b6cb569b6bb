package io.zhucan.certification;

import static io.zhucan.certification.support.Actors.SHANGCHENG;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.zhucan.certification.intake.application.IntakeService;
import io.zhucan.certification.support.CertificationIntegrationTest;
import io.zhucan.certification.support.TestIdNumbers;
import io.zhucan.certification.support.Workflow;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.boot.test.web.server.LocalServerPort;

/** What Prometheus scrapes: the management port without a token, the business and messaging meters on it. */
@CertificationIntegrationTest
class OperationsMetricsIT {

    @LocalServerPort int port;
    @LocalManagementPort int managementPort;
    @Autowired MeterRegistry meters;
    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void theManagementPortServesPrometheusWithoutATokenAndTheApiPortStillRefusesIt() throws Exception {
        HttpResponse<String> scrape = get(managementPort, "/actuator/prometheus");
        assertThat(scrape.statusCode()).isEqualTo(200);
        assertThat(scrape.body()).contains("zhucan_outbox_backlog", "zhucan_dead_letters_open");
        assertThat(get(managementPort, "/actuator/health/readiness").statusCode()).isEqualTo(200);

        assertThat(get(port, "/actuator/prometheus").statusCode()).isEqualTo(401);
    }

    @Test
    void anApprovalIsCountedAsADecisionAndItsEventAsPublished() throws Exception {
        double approved = approvals();

        new Workflow(port).certify(TestIdNumbers.adult(SHANGCHENG), SHANGCHENG, "PHYSICAL", "GRADE_2");

        assertThat(approvals()).isEqualTo(approved + 1);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(get(managementPort, "/actuator/prometheus")
                .body()).containsPattern("spring_kafka_template_seconds_count\\{[^}]*messaging_destination_name=\"zhucan.certification.events\""));
    }

    private double approvals() {
        return meters.find(IntakeService.DECISIONS).tag("outcome", "approved").counters().stream()
                .mapToDouble(Counter::count).sum();
    }

    private HttpResponse<String> get(int onPort, String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + onPort + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
