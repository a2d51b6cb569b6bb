package io.zhucan.certification;

import static io.zhucan.certification.support.Actors.SHANGCHENG;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.zhucan.certification.support.Actors;
import io.zhucan.certification.support.CertificationIntegrationTest;
import io.zhucan.certification.support.PartnerFacts;
import io.zhucan.certification.support.TestIdNumbers;
import io.zhucan.certification.support.Workflow;
import io.zhucan.platform.events.partner.DeathRegistered;
import io.zhucan.platform.testing.TestApi.Response;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.kafka.core.KafkaTemplate;

/** Bad input gets a clear problem; personal data never reaches a log line. */
@CertificationIntegrationTest
@ExtendWith(OutputCaptureExtension.class)
class InputAndPrivacyIT {

    @LocalServerPort int port;
    @Autowired KafkaTemplate<String, byte[]> kafka;

    private Workflow workflow;

    @BeforeEach
    void setUp() {
        workflow = new Workflow(port);
    }

    @Test
    void anInvalidIdNumberIs422AndIsNotEchoed() {
        Response response = workflow.apply(Actors.caseworker(SHANGCHENG), "330102199003070029", SHANGCHENG);

        assertThat(response.status()).isEqualTo(422);
        assertThat(response.field("/rule")).isEqualTo("resident-id-number");
        assertThat(response.field("/detail")).contains("check character");
        assertThat(response.text()).doesNotContain("330102199003070029");
    }

    @Test
    void malformedOrIncompleteRequestsAre400WithTheFieldsAtFault() {
        Response missing = workflow.api().as(Actors.caseworker(SHANGCHENG))
                .post("/api/certification/applications", Map.of("name", "张三"));
        assertThat(missing.status()).as(missing.text()).isEqualTo(400);
        assertThat(missing.body().has("errors")).as(missing.text()).isTrue();
        assertThat(missing.body().get("errors").valueStream().map(e -> e.get("field").asString()).toList())
                .contains("idNumber", "householdCounty");

        Response notJson = workflow.api().as(Actors.caseworker(SHANGCHENG))
                .post("/api/certification/applications", "{not json");
        assertThat(notJson.status()).isEqualTo(400);
        assertThat(notJson.headers().getContentType().toString()).isEqualTo("application/problem+json");

        Response badGrade = workflow.assess(Actors.assessor(SHANGCHENG), UUID.randomUUID().toString(),
                List.of(Map.of("category", "VISUAL", "grade", "GRADE_9")));
        assertThat(badGrade.status()).isEqualTo(400);
    }

    @Test
    void anUnknownCountyIsRefused() {
        Response response = workflow.apply(Actors.caseworker(SHANGCHENG), TestIdNumbers.adult("330102"), "330199");
        assertThat(response.status()).isEqualTo(422);
        assertThat(response.field("/rule")).isEqualTo("county");
    }

    @Test
    void unknownThingsAre404() {
        Response response = workflow.api().as(Actors.caseworker(SHANGCHENG))
                .get("/api/certification/applications/{id}", UUID.randomUUID());
        assertThat(response.status()).isEqualTo(404);
        assertThat(response.field("/requestId")).isNotBlank();
    }

    @Test
    void noIdNumberOrNameReachesTheLogsThroughTheWholeLifeOfACertificate(CapturedOutput output) {
        String idNumber = TestIdNumbers.adult("330102");
        Response approved = workflow.certify(idNumber, SHANGCHENG, "INTELLECTUAL", "GRADE_2");
        workflow.api().as(Actors.caseworker(SHANGCHENG)).post("/api/certification/persons/lookup", Map.of("idNumber", idNumber));
        workflow.apply(Actors.caseworker(SHANGCHENG), idNumber, SHANGCHENG); // refused: already certified
        PartnerFacts.publish(kafka, new DeathRegistered("MZ-" + UUID.randomUUID(), Instant.now(), idNumber,
                LocalDate.now()));
        await().atMost(Duration.ofSeconds(30)).until(() -> "CANCELLED".equals(workflow.api()
                .as(Actors.caseworker(SHANGCHENG))
                .get("/api/certification/certificates/{id}", approved.field("/certificateId")).field("/status")));

        assertThat(output.getAll()).doesNotContain(idNumber).doesNotContain(idNumber.substring(6, 14) + idNumber.substring(14))
                .doesNotContain("测试申请人");
    }
}
