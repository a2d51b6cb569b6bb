package io.zhucan.certification;

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
 * A citizen is who their verified token says: self-service binds an account only to the ID number
 * the realm verified (the token's {@code id_number_hash}), and no answer tells a caller whether
 * somebody else has applied or is on record.
 */
@CertificationIntegrationTest
class IdentityIT {

    @LocalServerPort int port;
    @Autowired JdbcClient jdbc;

    private Workflow workflow;

    @BeforeEach
    void setUp() {
        workflow = new Workflow(port);
    }

    @Test
    void aCitizenApplyingWithSomeoneElsesValidIdNumberIsRefusedAndNothingIsStored() {
        UUID attacker = UUID.randomUUID();
        String attackersOwn = TestIdNumbers.adult("330106");
        String victims = TestIdNumbers.adult("330106");

        Response response = workflow.apply(Actors.citizen(attacker, attackersOwn), victims, XIHU);

        assertForbiddenProblem(response);
        assertThat(response.text()).doesNotContain(victims);
        assertThat(personsWith(victims)).isZero();
        assertThat(count("SELECT count(*) FROM person WHERE id = :p", attacker)).isZero();
        assertThat(count("SELECT count(*) FROM certificate_application WHERE person_id = :p", attacker)).isZero();
    }

    @Test
    void theOwnerOfAnIdNumberKeepsTheirRecordWhenAnotherAccountTriesToBindIt() {
        String victims = TestIdNumbers.adult("330106");
        Response atTheOffice = workflow.apply(Actors.caseworker(XIHU), victims, XIHU);
        UUID owner = Workflow.personOf(atTheOffice);
        UUID attacker = UUID.randomUUID();

        Response response = workflow.apply(Actors.citizen(attacker, TestIdNumbers.adult("330106")), victims, XIHU);

        assertForbiddenProblem(response);
        assertThat(count("SELECT count(*) FROM certificate_application WHERE person_id = :p", owner)).isEqualTo(1);
        assertThat(count("SELECT count(*) FROM person WHERE id = :p", attacker)).isZero();
    }

    @Test
    void aVerifiedCitizenAppliesForThemselvesUnderTheirAccountsPersonId() {
        UUID me = UUID.randomUUID();
        String mine = TestIdNumbers.adult("330106");
        Response applied = workflow.apply(Actors.citizen(me, mine), mine, XIHU);

        assertThat(applied.status()).as(applied.text()).isEqualTo(201);
        assertThat(applied.field("/channel")).isEqualTo("SELF_SERVICE");
        assertThat(Workflow.personOf(applied)).isEqualTo(me);
        assertThat(applied.field("/applicant/idNumber")).isEqualTo(mine);
    }

    @Test
    void aCitizenTokenWithoutAVerifiedIdNumberCannotApplyForThemselves() {
        UUID me = UUID.randomUUID();
        String mine = TestIdNumbers.adult("330106");

        Response response = workflow.apply(Actors.citizen(me), mine, XIHU);

        assertForbiddenProblem(response);
        assertThat(personsWith(mine)).isZero();
        assertThat(count("SELECT count(*) FROM person WHERE id = :p", me)).isZero();
    }

    @Test
    void probingIdNumbersFromACitizenAccountTellsNothingAboutWhoHasApplied() {
        UUID prober = UUID.randomUUID();
        String probersOwn = TestIdNumbers.adult("330106");
        assertThat(workflow.apply(Actors.citizen(prober, probersOwn), probersOwn, XIHU).status()).isEqualTo(201);
        String registered = TestIdNumbers.adult("330106");
        workflow.apply(Actors.caseworker(XIHU), registered, XIHU);
        String unknown = TestIdNumbers.adult("330106");

        Response aboutRegistered = workflow.apply(Actors.citizen(prober, probersOwn), registered, XIHU);
        Response aboutUnknown = workflow.apply(Actors.citizen(prober, probersOwn), unknown, XIHU);

        assertThat(aboutRegistered.status()).isEqualTo(aboutUnknown.status());
        assertThat(withoutRequestId(aboutRegistered.text())).isEqualTo(withoutRequestId(aboutUnknown.text()));
    }

    @Test
    void theRegistrysIdentityConflictsReadTheSameWhicheverRecordIsInTheWay() {
        // an ID number registered at the office under another person id, then verified in an account
        String registeredAtTheOffice = TestIdNumbers.adult("330106");
        workflow.apply(Actors.caseworker(XIHU), registeredAtTheOffice, XIHU);
        Response numberTaken = workflow.apply(Actors.citizen(UUID.randomUUID(), registeredAtTheOffice),
                registeredAtTheOffice, XIHU);
        // an account whose person id is on record with another ID number than the one verified now
        UUID account = UUID.randomUUID();
        String first = TestIdNumbers.adult("330106");
        assertThat(workflow.apply(Actors.citizen(account, first), first, XIHU).status()).isEqualTo(201);
        String second = TestIdNumbers.adult("330106");
        Response accountTaken = workflow.apply(Actors.citizen(account, second), second, XIHU);

        assertThat(numberTaken.status()).as(numberTaken.text()).isEqualTo(409);
        assertThat(withoutRequestId(numberTaken.text())).isEqualTo(withoutRequestId(accountTaken.text()));
        assertThat(personsWith(second)).isZero();
    }

    @Test
    void aPersonFileByIdAnswersNotYoursAndNotThereAlike() {
        UUID inShangcheng = Workflow.personOf(workflow.apply(Actors.caseworker(SHANGCHENG),
                TestIdNumbers.adult("330102"), SHANGCHENG));
        UUID nobody = UUID.randomUUID();
        String xihu = Actors.caseworker(XIHU);

        Response notYours = workflow.api().as(xihu).get("/api/certification/persons/{id}", inShangcheng);
        Response notThere = workflow.api().as(xihu).get("/api/certification/persons/{id}", nobody);

        assertThat(notYours.status()).as(notYours.text()).isEqualTo(notThere.status());
        // the path the caller asked for is echoed in "instance": compare with it masked out
        assertThat(withoutRequestId(notYours.text()).replace(inShangcheng.toString(), "{id}"))
                .isEqualTo(withoutRequestId(notThere.text()).replace(nobody.toString(), "{id}"));
        assertThat(workflow.api().as(Actors.caseworker(SHANGCHENG))
                .get("/api/certification/persons/{id}", inShangcheng).status()).isEqualTo(200);
    }

    @Test
    void aPersonLookupByIdNumberAnswersNotYoursAndNotThereAlikeAndAuditsTheAttempt() {
        String inShangcheng = TestIdNumbers.adult("330102");
        UUID person = Workflow.personOf(workflow.apply(Actors.caseworker(SHANGCHENG), inShangcheng, SHANGCHENG));
        String username = "caseworker.xihu." + UUID.randomUUID();
        String xihu = Actors.staff(username, XIHU, "caseworker");

        Response notYours = workflow.api().as(xihu).post("/api/certification/persons/lookup",
                Map.of("idNumber", inShangcheng));
        Response notThere = workflow.api().as(xihu).post("/api/certification/persons/lookup",
                Map.of("idNumber", TestIdNumbers.adult("330102")));

        assertThat(notYours.status()).as(notYours.text()).isEqualTo(notThere.status());
        assertThat(withoutRequestId(notYours.text())).isEqualTo(withoutRequestId(notThere.text()));
        assertThat(notYours.text()).doesNotContain(inShangcheng);
        assertThat(jdbc.sql("SELECT count(*) FROM person_access_audit WHERE actor = :a AND person_id = :p "
                        + "AND outcome = 'DENIED'")
                .param("a", username).param("p", person).query(Long.class).single()).isEqualTo(1);
    }

    private static void assertForbiddenProblem(Response response) {
        assertThat(response.status()).as(response.text()).isEqualTo(403);
        assertThat(response.headers().getContentType().toString()).isEqualTo("application/problem+json");
    }

    static String withoutRequestId(String problem) {
        return problem.replaceAll("\"requestId\"\\s*:\\s*\"[^\"]*\"", "\"requestId\":\"-\"");
    }

    private long personsWith(String idNumber) {
        return jdbc.sql("SELECT count(*) FROM person WHERE id_number = :n").param("n", idNumber).query(Long.class)
                .single();
    }

    private long count(String sql, UUID person) {
        return jdbc.sql(sql).param("p", person).query(Long.class).single();
    }
}
