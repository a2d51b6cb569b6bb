package io.zhucan.certification;

import static io.zhucan.certification.support.Actors.PINGHU;
import static io.zhucan.certification.support.Actors.SHANGCHENG;
import static io.zhucan.certification.support.Actors.XIHU;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.zhucan.certification.certificate.application.CertificateExpiry;
import io.zhucan.certification.support.Actors;
import io.zhucan.certification.support.CertificationIntegrationTest;
import io.zhucan.certification.support.MutableClock;
import io.zhucan.certification.support.PartnerFacts;
import io.zhucan.certification.support.TestIdNumbers;
import io.zhucan.certification.support.Workflow;
import io.zhucan.platform.events.EventCodec;
import io.zhucan.platform.events.Topics;
import io.zhucan.platform.events.certification.CancellationReason;
import io.zhucan.platform.events.certification.CertificateCancelled;
import io.zhucan.platform.events.certification.CertificateExpired;
import io.zhucan.platform.events.certification.CertificateRegraded;
import io.zhucan.platform.events.certification.CertificateRenewed;
import io.zhucan.platform.events.certification.CertificateTransferred;
import io.zhucan.platform.events.partner.DeathRegistered;
import io.zhucan.platform.testing.TestApi.Response;
import io.zhucan.platform.testing.TopicReader;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.kafka.core.KafkaTemplate;

/** The life of an issued certificate through the API: each change, its event, and what is refused (409). */
@CertificationIntegrationTest
class CertificateLifecycleIT {

    @LocalServerPort int port;
    @Autowired MutableClock clock;
    @Autowired CertificateExpiry expiry;
    @Autowired KafkaTemplate<String, byte[]> kafka;

    private Workflow workflow;
    private final EventCodec codec = new EventCodec();

    @BeforeEach
    void setUp() {
        workflow = new Workflow(port);
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void renewalOpensInTheWindowBeforeExpiryAndAfterExpiry() {
        Issued c = issue(SHANGCHENG);
        Response tooEarly = post(Actors.caseworker(SHANGCHENG), "/renewal", c);
        assertThat(tooEarly.status()).isEqualTo(409);
        assertThat(tooEarly.field("/rule")).isEqualTo("renewal-window");

        clock.moveTo(LocalDate.parse(c.validUntil()).plusDays(1));
        assertThat(expiry.expireDue()).isGreaterThanOrEqualTo(1);
        assertThat(certificate(c).field("/status")).isEqualTo("EXPIRED");
        assertThat(eventsOf(c, CertificateExpired.TYPE.name(), 1)).hasSize(1);
        assertThat(workflow.api().anonymous().get("/api/certification/verify/{code}", code(c)).asMap())
                .containsEntry("valid", false);

        Response renewed = post(Actors.caseworker(SHANGCHENG), "/renewal", c);
        assertThat(renewed.status()).isEqualTo(200);
        assertThat(renewed.field("/status")).isEqualTo("VALID");
        assertThat(LocalDate.parse(renewed.field("/validUntil"))).isAfter(LocalDate.parse(c.validUntil()));
        assertThat(eventsOf(c, CertificateRenewed.TYPE.name(), 1)).hasSize(1);
    }

    @Test
    void aTransferMovesTheCaseToTheNewCounty() {
        Issued c = issue(SHANGCHENG);
        assertThat(post(Actors.caseworker(SHANGCHENG), "/transfer", c, Map.of("toCounty", PINGHU)).status())
                .isEqualTo(202);
        Response moved = post(Actors.caseworker(PINGHU), "/transfer/acceptance", c);
        assertThat(moved.status()).as(moved.text()).isEqualTo(200);
        assertThat(moved.field("/householdCounty")).isEqualTo(PINGHU);

        CertificateTransferred event = codec.fromJson(CertificateTransferred.TYPE,
                eventsOf(c, CertificateTransferred.TYPE.name(), 1).getFirst().value());
        assertThat(event.fromCounty()).isEqualTo(SHANGCHENG);
        assertThat(event.toCounty()).isEqualTo(PINGHU);
        // the old county no longer handles the case, the new one does
        assertThat(post(Actors.reviewer(SHANGCHENG), "/suspension", c, Map.of("reason", "核查")).status()).isEqualTo(403);
        assertThat(post(Actors.reviewer(PINGHU), "/suspension", c, Map.of("reason", "核查")).status()).isEqualTo(200);
        // a move out of the province is not a transfer
        assertThat(workflow.api().as(Actors.caseworker(PINGHU))
                .post("/api/certification/certificates/{id}/transfer", Map.of("toCounty", "320102"), c.id()).status())
                .isEqualTo(422);
    }

    @Test
    void suspensionPausesVerificationAndReinstatementRestoresIt() {
        Issued c = issue(XIHU);
        assertThat(post(Actors.reviewer(XIHU), "/suspension", c, Map.of("reason", "核查期间暂停")).field("/status"))
                .isEqualTo("SUSPENDED");
        assertThat(verify(c)).isFalse();
        assertThat(post(Actors.caseworker(XIHU), "/reissue", c).status()).as("a suspended certificate is not reissued")
                .isEqualTo(409);
        assertThat(post(Actors.reviewer(XIHU), "/reinstatement", c).field("/status")).isEqualTo("VALID");
        assertThat(verify(c)).isTrue();
    }

    @Test
    void aReissuedCertificateHasANewCodeAndTheOldOneStopsVerifying() {
        Issued c = issue(XIHU);
        String oldCode = code(c);
        assertThat(post(Actors.caseworker(XIHU), "/reissue", c).status()).isEqualTo(200);

        assertThat(workflow.api().anonymous().get("/api/certification/verify/{code}", oldCode).asMap())
                .containsEntry("valid", false);
        assertThat(code(c)).isNotEqualTo(oldCode);
        assertThat(verify(c)).isTrue();
    }

    @Test
    void aReassessmentWithAnotherGradeRegradesAndRenumbersTheCertificate() {
        Issued c = issue(SHANGCHENG);
        Response reassessment = workflow.api().as(Actors.caseworker(SHANGCHENG))
                .post("/api/certification/certificates/{id}/reassessments", Map.of("homeAssessmentRequested", true), c.id());
        assertThat(reassessment.status()).isEqualTo(201);
        assertThat(reassessment.field("/kind")).isEqualTo("REASSESSMENT");
        workflow.assess(Actors.assessor(SHANGCHENG), reassessment.field("/id"),
                List.of(Map.of("category", "PHYSICAL", "grade", "GRADE_1")));
        assertThat(workflow.approve(Actors.reviewer(SHANGCHENG), reassessment.field("/id")).status()).isEqualTo(200);

        Response regraded = certificate(c);
        assertThat(regraded.field("/grade")).isEqualTo("GRADE_1");
        assertThat(regraded.field("/number")).isEqualTo(c.idNumber() + "41");
        CertificateRegraded event = codec.fromJson(CertificateRegraded.TYPE,
                eventsOf(c, CertificateRegraded.TYPE.name(), 1).getFirst().value());
        assertThat(event.previousGrade().level()).isEqualTo(3);
        assertThat(event.grade().level()).isEqualTo(1);
    }

    @Test
    void aCancelledCertificateIsFinal() {
        Issued c = issue(PINGHU);
        String code = code(c);
        Response cancelled = post(Actors.reviewer(PINGHU), "/cancellation", c,
                Map.of("reason", "REQUEST", "effectiveOn", LocalDate.now().toString()));
        assertThat(cancelled.field("/status")).isEqualTo("CANCELLED");
        assertThat(workflow.api().anonymous().get("/api/certification/verify/{code}", code).asMap())
                .containsEntry("valid", false);

        for (String action : List.of("/renewal", "/reissue", "/reinstatement")) {
            String actor = action.equals("/reinstatement") ? Actors.reviewer(PINGHU) : Actors.caseworker(PINGHU);
            Response refused = post(actor, action, c);
            assertThat(refused.status()).as(action).isEqualTo(409);
            assertThat(refused.headers().getContentType().toString()).isEqualTo("application/problem+json");
            assertThat(refused.field("/type")).endsWith("illegal-transition");
        }
        assertThat(post(Actors.reviewer(PINGHU), "/cancellation", c,
                Map.of("reason", "DEATH", "effectiveOn", LocalDate.now().toString())).status())
                .as("deaths come from civil affairs").isEqualTo(422);
    }

    @Test
    void aDeathRegisteredByCivilAffairsCancelsTheCertificateOnceWhateverTheRedeliveries() {
        Issued c = issue(SHANGCHENG);
        LocalDate died = LocalDate.now().minusDays(3);
        DeathRegistered fact = new DeathRegistered("MZ-SW-" + UUID.randomUUID(), Instant.now(), c.idNumber(), died);

        PartnerFacts.publish(kafka, fact);
        PartnerFacts.publish(kafka, fact);

        await().atMost(Duration.ofSeconds(30)).until(() -> "CANCELLED".equals(certificate(c).field("/status")));
        List<ConsumerRecord<String, byte[]>> cancellations = eventsOf(c, CertificateCancelled.TYPE.name(), 1);
        assertThat(cancellations).hasSize(1);
        CertificateCancelled event = codec.fromJson(CertificateCancelled.TYPE, cancellations.getFirst().value());
        assertThat(event.reason()).isEqualTo(CancellationReason.DEATH);
        assertThat(event.effectiveOn()).isEqualTo(died);
        assertThat(certificate(c).field("/cancelledOn")).isEqualTo(died.toString());
    }

    @Test
    void overdueApplicationsShowInTheQueueOfTheirCountyOnly() {
        Response applied = workflow.apply(Actors.caseworker(PINGHU), TestIdNumbers.adult("330482"), PINGHU);
        clock.advance(Duration.ofDays(40));

        Response queue = workflow.api().as(Actors.caseworker(PINGHU))
                .get("/api/certification/applications?overdue=true&limit=500");
        assertThat(queue.status()).isEqualTo(200);
        assertThat(queue.body().valueStream().map(a -> a.get("id").asString()).toList()).contains(applied.field("/id"));
        assertThat(queue.body().valueStream().allMatch(a -> a.get("overdue").asBoolean())).isTrue();

        Response otherCounty = workflow.api().as(Actors.caseworker(XIHU))
                .get("/api/certification/applications?overdue=true&limit=500");
        assertThat(otherCounty.body().valueStream().map(a -> a.get("id").asString()).toList())
                .doesNotContain(applied.field("/id"));
        Response city = workflow.api().as(Actors.staff("supervisor.jiaxing", "330400", "caseworker"))
                .get("/api/certification/applications?status=SUBMITTED&limit=500");
        assertThat(city.body().valueStream().map(a -> a.get("id").asString()).toList()).contains(applied.field("/id"));
    }

    record Issued(String id, String idNumber, String validUntil) {
    }

    private Issued issue(String county) {
        String idNumber = TestIdNumbers.adult(county);
        Response approved = workflow.certify(idNumber, county, "PHYSICAL", "GRADE_3");
        String certificateId = approved.field("/certificateId");
        return new Issued(certificateId, idNumber,
                workflow.api().as(Actors.caseworker(county)).get("/api/certification/certificates/{id}", certificateId)
                        .field("/validUntil"));
    }

    private Response certificate(Issued c) {
        return workflow.api().as(Actors.staff("supervisor.province", "330000", "caseworker"))
                .get("/api/certification/certificates/{id}", c.id());
    }

    private String code(Issued c) {
        String person = certificate(c).field("/personId");
        return workflow.api().as(Actors.citizen(UUID.fromString(person))).get("/api/certification/me/certificate")
                .field("/verificationCode");
    }

    private boolean verify(Issued c) {
        return workflow.api().anonymous().get("/api/certification/verify/{code}", code(c)).body().get("valid").asBoolean();
    }

    private Response post(String bearer, String action, Issued c) {
        return post(bearer, action, c, null);
    }

    private Response post(String bearer, String action, Issued c, Object body) {
        return workflow.api().as(bearer).post("/api/certification/certificates/{id}" + action, body, c.id());
    }

    private List<ConsumerRecord<String, byte[]>> eventsOf(Issued c, String type, int expected) {
        String person = certificate(c).field("/personId");
        return TopicReader.records(Topics.CERTIFICATION,
                r -> person.equals(r.key()) && type.equals(TopicReader.header(r, "ce_type")), expected,
                Duration.ofSeconds(30));
    }
}
