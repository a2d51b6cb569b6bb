package io.zhucan.certification;

import static io.zhucan.certification.support.Actors.SHANGCHENG;
import static io.zhucan.certification.support.Actors.XIHU;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.zhucan.certification.support.Actors;
import io.zhucan.certification.support.CertificationIntegrationTest;
import io.zhucan.certification.support.TestIdNumbers;
import io.zhucan.certification.support.Workflow;
import io.zhucan.platform.events.EventCodec;
import io.zhucan.platform.events.Topics;
import io.zhucan.platform.events.certification.CertificateApplied;
import io.zhucan.platform.events.certification.CertificateAssessed;
import io.zhucan.platform.events.certification.CertificateIssued;
import io.zhucan.platform.events.vocabulary.DisabilityCategory;
import io.zhucan.platform.events.vocabulary.DisabilityGrade;
import io.zhucan.platform.events.vocabulary.Sex;
import io.zhucan.platform.messaging.outbox.OutboxRelay;
import io.zhucan.platform.testing.TestApi.Response;
import io.zhucan.platform.testing.TopicReader;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The flagship path of the service: apply → assess → approve → certificate issued, event on Kafka once. */
@CertificationIntegrationTest
class CertificationFlowIT {

    @LocalServerPort int port;
    @Autowired OutboxRelay relay;
    @Autowired JdbcClient jdbc;

    private Workflow workflow;
    private final EventCodec codec = new EventCodec();

    @BeforeEach
    void setUp() {
        workflow = new Workflow(port);
    }

    @AfterEach
    void restartRelay() {
        if (!relay.isRunning()) {
            relay.start();
        }
    }

    @Test
    void anApprovedApplicationIssuesTheCertificateAndItsEventArrivesOnceWithASchemaValidPayload() {
        String idNumber = TestIdNumbers.of("330102", LocalDate.of(1985, 6, 15));
        Response applied = workflow.apply(Actors.caseworker(SHANGCHENG), idNumber, SHANGCHENG);
        assertThat(applied.status()).isEqualTo(201);
        assertThat(applied.field("/status")).isEqualTo("SUBMITTED");
        assertThat(applied.field("/channel")).isEqualTo("ASSISTED");
        String applicationId = applied.field("/id");
        UUID person = Workflow.personOf(applied);

        Response assessed = workflow.assess(Actors.assessor(SHANGCHENG), applicationId, List.of(
                Map.of("category", "PHYSICAL", "grade", "GRADE_2"), Map.of("category", "VISUAL", "grade", "GRADE_3")));
        assertThat(assessed.field("/status")).isEqualTo("ASSESSED");
        assertThat(assessed.field("/assessment/category")).isEqualTo("MULTIPLE");
        assertThat(assessed.field("/applicant/idNumber")).as("assessors see the ID number masked")
                .isEqualTo(idNumber.substring(0, 6) + "********" + idNumber.substring(14));

        relay.stop(); // the relay dies after the approval commits and before it publishes
        Response approved = workflow.approve(Actors.reviewer(SHANGCHENG), applicationId);
        assertThat(approved.status()).isEqualTo(200);
        assertThat(approved.field("/status")).isEqualTo("APPROVED");
        assertThat(pendingIssuedEvents()).isEqualTo(1);
        relay.start();

        List<ConsumerRecord<String, byte[]>> issued = issuedEventsOf(person, 1);
        assertThat(issued).hasSize(1);
        CertificateIssued event = codec.fromJson(CertificateIssued.TYPE, issued.getFirst().value());
        assertThat(event.certificateNumber()).isEqualTo(idNumber + "72");
        assertThat(event.category()).isEqualTo(DisabilityCategory.MULTIPLE);
        assertThat(event.grade()).isEqualTo(DisabilityGrade.GRADE_2);
        assertThat(event.disabilities()).hasSize(2);
        assertThat(event.birthDate()).isEqualTo(LocalDate.of(1985, 6, 15));
        assertThat(event.sex()).isEqualTo(idNumber.charAt(16) % 2 == 1 ? Sex.MALE : Sex.FEMALE);
        assertThat(event.householdCounty()).isEqualTo(SHANGCHENG);
        assertThat(event.validUntil()).isEqualTo(event.issuedOn().plusYears(10).minusDays(1));
        assertThat(event.certificateId().toString()).isEqualTo(approved.field("/certificateId"));
    }

    @Test
    void everyIssuedEventArrivesExactlyOnceWhenTheRelayIsKilledInTheMiddleOfABatch() {
        List<UUID> persons = new ArrayList<>();
        List<String> assessedApplications = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            Response applied = workflow.apply(Actors.caseworker(XIHU), TestIdNumbers.adult("330106"), XIHU);
            persons.add(Workflow.personOf(applied));
            workflow.assess(Actors.assessor(XIHU), applied.field("/id"),
                    List.of(Map.of("category", "HEARING", "grade", "GRADE_1")));
            assessedApplications.add(applied.field("/id"));
        }
        for (int i = 0; i < assessedApplications.size(); i++) {
            if (i == 3) {
                relay.stop();
            }
            assertThat(workflow.approve(Actors.reviewer(XIHU), assessedApplications.get(i)).status()).isEqualTo(200);
        }
        relay.start();

        for (UUID person : persons) {
            assertThat(issuedEventsOf(person, 1)).as("issued events of %s", person).hasSize(1);
        }
    }

    @Test
    void theWorkflowsEventsArriveInOrderForThePerson() {
        Response approved = workflow.certify(TestIdNumbers.adult("330102"), SHANGCHENG, "SPEECH", "GRADE_4");
        UUID person = Workflow.personOf(approved);

        List<ConsumerRecord<String, byte[]>> all = TopicReader.recordsWithKey(Topics.CERTIFICATION, person.toString(), 3);
        assertThat(all).extracting(r -> TopicReader.header(r, "ce_type"))
                .containsExactly(CertificateApplied.TYPE.name(), CertificateAssessed.TYPE.name(), CertificateIssued.TYPE.name());
        all.forEach(r -> codec.fromCloudEvent(io.cloudevents.kafka.KafkaMessageFactory.createReader(r).toEvent()));
    }

    @Test
    void aCitizenAppliesForThemselvesAndSeesTheElectronicCertificateThatAnyoneCanVerify() {
        UUID me = UUID.randomUUID();
        String myIdNumber = TestIdNumbers.adult("330106");
        Response applied = workflow.apply(Actors.citizen(me, myIdNumber), myIdNumber, XIHU);
        assertThat(applied.status()).as(applied.text()).isEqualTo(201);
        assertThat(applied.field("/channel")).isEqualTo("SELF_SERVICE");
        assertThat(Workflow.personOf(applied)).isEqualTo(me);
        workflow.assess(Actors.assessor(XIHU), applied.field("/id"), List.of(Map.of("category", "MENTAL", "grade", "GRADE_2")));
        workflow.approve(Actors.reviewer(XIHU), applied.field("/id"));

        Response mine = workflow.api().as(Actors.citizen(me)).get("/api/certification/me/certificate");
        assertThat(mine.status()).isEqualTo(200);
        assertThat(mine.field("/number")).isEqualTo(myIdNumber + "62");
        assertThat(mine.field("/categoryName")).isEqualTo("精神");
        assertThat(mine.field("/status")).isEqualTo("VALID");
        String code = mine.field("/verificationCode");

        Response verified = workflow.api().anonymous().get(mine.field("/verificationPath"));
        assertThat(verified.status()).isEqualTo(200);
        assertThat(verified.asMap()).containsExactly(Map.entry("valid", true));
        assertThat(verified.text()).doesNotContain(myIdNumber).doesNotContain("MENTAL").doesNotContain("精神");
        assertThat(workflow.api().anonymous().get("/api/certification/verify/{code}", "0000000000000000").asMap())
                .containsExactly(Map.entry("valid", false));
        assertThat(workflow.api().anonymous().get("/api/certification/verify/{code}", code.toLowerCase()).asMap())
                .containsExactly(Map.entry("valid", false));

        Response applications = workflow.api().as(Actors.citizen(me)).get("/api/certification/me/applications");
        assertThat(applications.body().get(0).get("status").asString()).isEqualTo("APPROVED");
    }

    @Test
    void theReviewerMayNeitherHaveRegisteredNorAssessedTheCase() {
        // one member of staff holding every role of the county: the roles allow it, four-eyes does not
        String everything = Actors.staff("allrounder.shangcheng", SHANGCHENG, "caseworker", "assessor", "reviewer");
        Response applied = workflow.apply(everything, TestIdNumbers.adult("330102"), SHANGCHENG);
        workflow.assess(Actors.assessor(SHANGCHENG), applied.field("/id"),
                List.of(Map.of("category", "HEARING", "grade", "GRADE_2")));

        Response registrantApproves = workflow.approve(everything, applied.field("/id"));
        assertThat(registrantApproves.status()).isEqualTo(403);
        assertThat(registrantApproves.field("/type")).endsWith("four-eyes");

        Response other = workflow.apply(Actors.caseworker(SHANGCHENG), TestIdNumbers.adult("330102"), SHANGCHENG);
        workflow.assess(everything, other.field("/id"), List.of(Map.of("category", "HEARING", "grade", "GRADE_2")));
        assertThat(workflow.approve(everything, other.field("/id")).field("/rule")).isEqualTo("four-eyes");

        assertThat(workflow.approve(Actors.reviewer(SHANGCHENG), applied.field("/id")).field("/status"))
                .isEqualTo("APPROVED");
    }

    @Test
    void onePersonOneRecordAcrossApplications() {
        String idNumber = TestIdNumbers.adult("330102");
        Response first = workflow.apply(Actors.caseworker(SHANGCHENG), idNumber, SHANGCHENG);
        workflow.api().as(Actors.reviewer(SHANGCHENG))
                .post("/api/certification/applications/{id}/rejection", Map.of("reason", "材料不全"), first.field("/id"));
        // the applicant comes back to another county, which accepts (通办) and routes to Shangcheng
        Response second = workflow.apply(Actors.caseworker(XIHU), idNumber, SHANGCHENG);

        assertThat(second.status()).isEqualTo(201);
        assertThat(Workflow.personOf(second)).isEqualTo(Workflow.personOf(first));
        assertThat(second.field("/acceptingCounty")).isEqualTo(XIHU);
        assertThat(second.field("/householdCounty")).isEqualTo(SHANGCHENG);
        assertThat(jdbc.sql("SELECT count(*) FROM person WHERE id_number = :n").param("n", idNumber).query(Long.class)
                .single()).isEqualTo(1);
    }

    private long pendingIssuedEvents() {
        return jdbc.sql("SELECT count(*) FROM outbox_event WHERE event_type LIKE '%certificate.issued%'")
                .query(Long.class).single();
    }

    private static List<ConsumerRecord<String, byte[]>> issuedEventsOf(UUID person, int expected) {
        return TopicReader.records(Topics.CERTIFICATION, r -> person.toString().equals(r.key())
                && CertificateIssued.TYPE.name().equals(TopicReader.header(r, "ce_type")), expected, Duration.ofSeconds(30));
    }

    static void awaitTrue(java.util.concurrent.Callable<Boolean> condition) {
        await().atMost(Duration.ofSeconds(30)).until(condition);
    }
}
