package io.zhucan.certification;

import static io.zhucan.certification.support.Actors.PINGHU;
import static io.zhucan.certification.support.Actors.SHANGCHENG;
import static io.zhucan.certification.support.Actors.XIHU;
import static org.assertj.core.api.Assertions.assertThat;

import io.zhucan.certification.support.Actors;
import io.zhucan.certification.support.CertificationIntegrationTest;
import io.zhucan.certification.support.TestIdNumbers;
import io.zhucan.certification.support.Workflow;
import io.zhucan.platform.testing.TestApi.Response;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * 属地管理 cannot be walked around: no county pulls a certificate (or a person) into itself, a transfer
 * is asked for by the origin county or the holder and taken over by the destination county, and what
 * a submit answers about a person on record is an audited read.
 */
@CertificationIntegrationTest
class RegionScopeIT {

    private static final String TRANSFER = "/api/certification/certificates/{id}/transfer";
    private static final String ACCEPTANCE = "/api/certification/certificates/{id}/transfer/acceptance";

    @LocalServerPort int port;
    @Autowired JdbcClient jdbc;

    private Workflow workflow;

    @BeforeEach
    void setUp() {
        workflow = new Workflow(port);
    }

    @Test
    void aDestinationCountyCannotPullACertificateIntoItself() {
        String certificate = certifiedIn(SHANGCHENG);

        Response pulled = workflow.api().as(Actors.caseworker(PINGHU)).post(TRANSFER, Map.of("toCounty", PINGHU),
                certificate);

        assertThat(pulled.status()).as(pulled.text()).isEqualTo(403);
        assertThat(countyOf(certificate)).isEqualTo(SHANGCHENG);
        Response accepted = workflow.api().as(Actors.caseworker(PINGHU)).post(ACCEPTANCE, null, certificate);
        assertThat(accepted.status()).as("nothing to accept: nobody asked").isNotEqualTo(200);
        assertThat(countyOf(certificate)).isEqualTo(SHANGCHENG);
    }

    @Test
    void theOriginCountyRequestsATransferAndOnlyTheDestinationCountyAcceptsIt() {
        String certificate = certifiedIn(SHANGCHENG);

        Response requested = workflow.api().as(Actors.caseworker(SHANGCHENG)).post(TRANSFER,
                Map.of("toCounty", PINGHU), certificate);
        assertThat(requested.status()).as(requested.text()).isEqualTo(202);
        assertThat(requested.field("/status")).isEqualTo("REQUESTED");
        assertThat(requested.field("/toCounty")).isEqualTo(PINGHU);
        assertThat(countyOf(certificate)).as("a request moves nothing").isEqualTo(SHANGCHENG);
        assertThat(incomingTo(PINGHU)).contains(requested.field("/id"));
        assertThat(incomingTo(XIHU)).doesNotContain(requested.field("/id"));

        assertThat(workflow.api().as(Actors.caseworker(XIHU)).post(ACCEPTANCE, null, certificate).status())
                .as("a third county").isEqualTo(403);
        assertThat(workflow.api().as(Actors.caseworker(SHANGCHENG)).post(ACCEPTANCE, null, certificate).status())
                .as("the origin itself").isEqualTo(403);
        assertThat(countyOf(certificate)).isEqualTo(SHANGCHENG);

        Response accepted = workflow.api().as(Actors.caseworker(PINGHU)).post(ACCEPTANCE, null, certificate);
        assertThat(accepted.status()).as(accepted.text()).isEqualTo(200);
        assertThat(accepted.field("/householdCounty")).isEqualTo(PINGHU);
        assertThat(countyOf(certificate)).isEqualTo(PINGHU);
        assertThat(workflow.api().as(Actors.caseworker(PINGHU)).post(ACCEPTANCE, null, certificate).status())
                .as("accepted once").isEqualTo(409);
        assertThat(incomingTo(PINGHU)).doesNotContain(requested.field("/id"));
    }

    @Test
    void theHolderRequestsTheirOwnTransferAndTheDestinationAcceptsIt() {
        String certificate = certifiedIn(XIHU);
        UUID holder = UUID.fromString(workflow.api().as(Actors.caseworker(XIHU))
                .get("/api/certification/certificates/{id}", certificate).field("/personId"));

        Response requested = workflow.api().as(Actors.citizen(holder)).post("/api/certification/me/certificate/transfer",
                Map.of("toCounty", SHANGCHENG));
        assertThat(requested.status()).as(requested.text()).isEqualTo(202);
        assertThat(workflow.api().as(Actors.citizen(UUID.randomUUID()))
                .post("/api/certification/me/certificate/transfer", Map.of("toCounty", SHANGCHENG)).status())
                .as("someone holding no certificate").isEqualTo(404);

        Response accepted = workflow.api().as(Actors.caseworker(SHANGCHENG)).post(ACCEPTANCE, null, certificate);
        assertThat(accepted.status()).as(accepted.text()).isEqualTo(200);
        assertThat(countyOf(certificate)).isEqualTo(SHANGCHENG);
    }

    @Test
    void aSubmitCannotMoveAPersonWithoutACertificateIntoTheCallersCounty() {
        String idNumber = TestIdNumbers.adult("330102");
        Response first = workflow.apply(Actors.caseworker(SHANGCHENG), idNumber, SHANGCHENG);
        UUID person = Workflow.personOf(first);
        workflow.api().as(Actors.reviewer(SHANGCHENG)).post("/api/certification/applications/{id}/rejection",
                Map.of("reason", "材料不全"), first.field("/id"));

        Response pulled = workflow.apply(Actors.caseworker(XIHU), idNumber, XIHU);

        assertThat(pulled.status()).as(pulled.text()).isEqualTo(409);
        assertThat(pulled.field("/rule")).isEqualTo("household-county");
        assertThat(householdOf(person)).isEqualTo(SHANGCHENG);
        assertThat(workflow.api().as(Actors.caseworker(XIHU)).get("/api/certification/persons/{id}", person).status())
                .isNotEqualTo(200);
        // the county the person is registered in records the move
        Response moved = workflow.apply(Actors.caseworker(SHANGCHENG), idNumber, XIHU);
        assertThat(moved.status()).as(moved.text()).isEqualTo(201);
        assertThat(householdOf(person)).isEqualTo(XIHU);
    }

    @Test
    void theVerifiedCitizenRecordsTheirOwnMoveWhenTheyApply() {
        UUID me = UUID.randomUUID();
        String mine = TestIdNumbers.adult("330102");
        Response first = workflow.apply(Actors.citizen(me, mine), mine, SHANGCHENG);
        workflow.api().as(Actors.reviewer(SHANGCHENG)).post("/api/certification/applications/{id}/rejection",
                Map.of("reason", "材料不全"), first.field("/id"));

        Response again = workflow.apply(Actors.citizen(me, mine), mine, XIHU);

        assertThat(again.status()).as(again.text()).isEqualTo(201);
        assertThat(householdOf(me)).isEqualTo(XIHU);
    }

    @Test
    void aSubmitThatAnswersWithAPersonOnRecordIsAnAuditedRead() {
        String idNumber = TestIdNumbers.adult("330102");
        Response first = workflow.apply(Actors.caseworker(SHANGCHENG), idNumber, SHANGCHENG);
        UUID person = Workflow.personOf(first);
        workflow.api().as(Actors.reviewer(SHANGCHENG)).post("/api/certification/applications/{id}/rejection",
                Map.of("reason", "材料不全"), first.field("/id"));
        String username = "caseworker.xihu." + UUID.randomUUID();

        // 通办: a Xihu office accepts the application of a Shangcheng resident
        Response accepted = workflow.apply(Actors.staff(username, XIHU, "caseworker"), idNumber, SHANGCHENG);

        assertThat(accepted.status()).as(accepted.text()).isEqualTo(201);
        assertThat(accepted.field("/applicant/name")).isNotBlank();
        assertThat(jdbc.sql("SELECT count(*) FROM person_access_audit WHERE actor = :a AND person_id = :p "
                        + "AND outcome = 'READ'")
                .param("a", username).param("p", person).query(Long.class).single()).isEqualTo(1);
    }

    private java.util.List<String> incomingTo(String county) {
        return workflow.api().as(Actors.caseworker(county)).get("/api/certification/transfers?limit=500").body()
                .valueStream().map(t -> t.get("id").asString()).toList();
    }

    private String certifiedIn(String county) {
        return workflow.certify(TestIdNumbers.adult(county), county, "PHYSICAL", "GRADE_3").field("/certificateId");
    }

    private String countyOf(String certificate) {
        return jdbc.sql("SELECT household_county FROM certificate WHERE id = :id").param("id", UUID.fromString(certificate))
                .query(String.class).single();
    }

    private String householdOf(UUID person) {
        return jdbc.sql("SELECT household_county FROM person WHERE id = :id").param("id", person).query(String.class)
                .single();
    }
}
