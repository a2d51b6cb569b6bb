package io.zhucan.rehabilitation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.zhucan.platform.events.Topics;
import io.zhucan.platform.events.certification.CertificateIssued;
import io.zhucan.platform.events.certification.CertificateTransferred;
import io.zhucan.platform.events.vocabulary.DisabilityCategory;
import io.zhucan.platform.events.vocabulary.DisabilityGrade;
import io.zhucan.platform.testing.TestApi.Response;
import io.zhucan.platform.testing.TopicReader;
import io.zhucan.rehabilitation.support.RehabIT;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** A need worked over the API: assessment, plan, delivery, home modification, closing; region and ownership. */
class CaseworkIT extends RehabIT {

    private final String caseworker = staff("cw-yinzhou", "330212", "caseworker");
    private final String professional = staff("rehab-yinzhou", "330212", "rehab-professional");

    @Test
    void aNeedIsAssessedPlannedDeliveredAndItsHomeModificationAcceptedOnce() {
        UUID person = UUID.randomUUID();
        UUID need = certifiedPerson(person, "330212", DisabilityCategory.PHYSICAL, DisabilityGrade.GRADE_1);

        assertThat(api.as(professional).put("/api/rehabilitation/needs/{id}/assessment",
                Map.of("needs", List.of("HOME_MODIFICATION", "TRAINING")), need).field("/status")).isEqualTo("ASSESSED");
        assertThat(api.as(professional).put("/api/rehabilitation/needs/{id}/plan",
                Map.of("services", List.of("HOME_MODIFICATION", "TRAINING")), need).field("/status")).isEqualTo("PLANNED");
        assertThat(api.as(professional).post("/api/rehabilitation/needs/{id}/deliveries", Map.of("service", "TRAINING",
                "deliveredOn", today().toString(), "provider", "鄞州区康复中心"), need).status()).isEqualTo(200);

        String modification = api.as(caseworker).post("/api/rehabilitation/needs/{id}/modification", null, need)
                .field("/id");
        assertThat(api.as(caseworker).post("/api/rehabilitation/needs/{id}/modification", null, need).status())
                .as("one case per need").isEqualTo(409);
        api.as(caseworker).post("/api/rehabilitation/modifications/{id}/survey",
                Map.of("findings", "卫生间无扶手", "surveyedOn", today().toString()), modification);
        api.as(caseworker).post("/api/rehabilitation/modifications/{id}/plan",
                Map.of("works", "安装扶手", "budgetFen", 600_000), modification);
        api.as(caseworker).post("/api/rehabilitation/modifications/{id}/works",
                Map.of("costFen", 650_000, "completedOn", today().toString()), modification);
        assertThat(api.as(caseworker).post("/api/rehabilitation/modifications/{id}/acceptance", null, modification)
                .field("/rule")).isEqualTo("four-eyes");
        Response accepted = api.as(professional).post("/api/rehabilitation/modifications/{id}/acceptance", null,
                modification);
        assertThat(accepted.body().path("subsidyFen").asLong()).as("the budget caps the subsidy").isEqualTo(600_000);
        assertThat(api.as(professional).post("/api/rehabilitation/modifications/{id}/acceptance", null, modification)
                .status()).as("paid once").isEqualTo(409);
        api.as(professional).post("/api/rehabilitation/needs/{id}/deliveries", Map.of("service", "HOME_MODIFICATION",
                "deliveredOn", today().toString(), "provider", "鄞州区残联"), need);
        assertThat(api.as(caseworker).post("/api/rehabilitation/needs/{id}/close", Map.of("outcome",
                "SERVICES_DELIVERED"), need).field("/status")).isEqualTo("CLOSED");

        List<String> types = TopicReader.recordsWithKey(Topics.REHABILITATION, person.toString(), 6).stream()
                .map(r -> TopicReader.header(r, "ce_type")).toList();
        assertThat(types).containsExactly("io.zhucan.rehabilitation.need.opened.v1",
                "io.zhucan.rehabilitation.plan.set.v1", "io.zhucan.rehabilitation.service.delivered.v1",
                "io.zhucan.rehabilitation.modification.accepted.v1", "io.zhucan.rehabilitation.service.delivered.v1",
                "io.zhucan.rehabilitation.need.closed.v1");
        Response mine = api.as(citizen(person)).get("/api/rehabilitation/me/needs");
        assertThat(mine.body().path(0).path("status").asString()).isEqualTo("CLOSED");
        assertThat(api.as(citizen(person)).get("/api/rehabilitation/me/modifications").body().path(0)
                .path("subsidyFen").asLong()).isEqualTo(600_000);
    }

    @Test
    void everyNeedEndpointChecksRoleRegionAndOwnership() {
        UUID person = UUID.randomUUID();
        UUID need = certifiedPerson(person, "330212", DisabilityCategory.VISUAL, DisabilityGrade.GRADE_2);
        String otherCounty = staff("cw-keqiao", "330603", "caseworker");
        String ningbo = staff("cw-ningbo", "330200", "caseworker");

        assertThat(api.as(otherCounty).get("/api/rehabilitation/needs/{id}", need).status()).isEqualTo(403);
        assertThat(api.as(otherCounty).put("/api/rehabilitation/needs/{id}/assessment", Map.of("needs", List.of()), need)
                .status()).isEqualTo(403);
        assertThat(api.as(otherCounty).put("/api/rehabilitation/needs/{id}/plan", Map.of("services",
                List.of("TRAINING")), need).status()).isEqualTo(403);
        assertThat(api.as(otherCounty).post("/api/rehabilitation/needs/{id}/deliveries", Map.of("service", "TRAINING",
                "deliveredOn", today().toString(), "provider", "x"), need).status()).isEqualTo(403);
        assertThat(api.as(otherCounty).post("/api/rehabilitation/needs/{id}/close", Map.of("outcome", "DECLINED"), need)
                .status()).isEqualTo(403);
        assertThat(api.as(otherCounty).post("/api/rehabilitation/needs/{id}/modification", null, need).status())
                .isEqualTo(403);
        assertThat(api.as(otherCounty).get("/api/rehabilitation/needs").text()).doesNotContain(need.toString());
        assertThat(audits(person, "DENIED")).isGreaterThanOrEqualTo(6);

        assertThat(api.as(ningbo).get("/api/rehabilitation/needs").text()).as("the city lists its counties")
                .contains(need.toString());
        String township = staff("cw-zhonghe", "330212001", "caseworker"); // a township of 鄞州区, the need's county
        Response townshipList = api.as(township).get("/api/rehabilitation/needs");
        assertThat(townshipList.status()).as("the person's township is not known: the county's, not theirs")
                .isEqualTo(200);
        assertThat(townshipList.text()).doesNotContain(need.toString());
        assertThat(api.as(township).get("/api/rehabilitation/needs/{id}", need).status()).isEqualTo(403);
        assertThat(api.as(ningbo).get("/api/rehabilitation/needs/{id}", need).status()).isEqualTo(200);
        assertThat(api.as(ningbo).post("/api/rehabilitation/needs/{id}/close", Map.of("outcome",
                "SUPERSEDED_BY_REGRADE"), need).field("/rule")).as("only certification's regrade supersedes")
                .isEqualTo("outcome");
        assertThat(audits(person, "READ")).isGreaterThanOrEqualTo(2);

        assertThat(api.as(citizen(person)).get("/api/rehabilitation/needs/{id}", need).status()).isEqualTo(403);
        assertThat(api.as(citizen(UUID.randomUUID())).get("/api/rehabilitation/me/needs").body().size()).isZero();
        assertThat(api.as(staff("analyst", "330000", "analyst")).get("/api/rehabilitation/needs").status())
                .isEqualTo(403);
        assertThat(api.as(caseworker).get("/api/rehabilitation/me/needs").status()).isEqualTo(403);
        assertThat(api.anonymous().get("/api/rehabilitation/needs/{id}", need).status()).isEqualTo(401);
        assertThat(api.as(tokens.staff("x", "330212", "caseworker").signedByStranger().bearer())
                .get("/api/rehabilitation/needs/{id}", need).status()).isEqualTo(401);

        Response bad = api.as(caseworker).put("/api/rehabilitation/needs/{id}/plan", Map.of("services",
                List.of("SPACE_TRAVEL")), need);
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.headers().getContentType().toString()).contains("problem+json");
        assertThat(api.as(caseworker).put("/api/rehabilitation/needs/{id}/plan", Map.of("services", List.of("TRAINING")),
                need).status()).as("a plan before the assessment").isEqualTo(409);
        assertThat(api.as(caseworker).get("/api/rehabilitation/needs/{id}", UUID.randomUUID()).status()).isEqualTo(404);
    }

    @Test
    void aTownshipWorkerWorksTheNeedsOfTheirTownshipsPersonsUntilTheyMoveToAnotherCounty() {
        UUID person = UUID.randomUUID();
        CertificateIssued e = issued(person, "330212", DisabilityCategory.VISUAL, DisabilityGrade.GRADE_2,
                LocalDate.of(1980, 5, 5));
        send(new CertificateIssued(e.eventId(), e.occurredAt(), person, e.certificateId(), e.applicationId(),
                e.certificateNumber(), e.category(), e.grade(), e.disabilities(), "330212", e.birthDate(), e.sex(),
                e.issuedOn(), e.validUntil(), null, "330212001"));
        await().atMost(WITHIN).until(() -> needsOf(person).size() == 1);
        UUID need = (UUID) needsOf(person).getFirst().get("id");
        String mine = staff("cw-zhonghe", "330212001", "caseworker");
        String next = staff("cw-xiaying", "330212002", "caseworker");

        assertThat(api.as(mine).get("/api/rehabilitation/needs").text()).contains(need.toString());
        assertThat(api.as(mine).get("/api/rehabilitation/needs/{id}", need).status()).isEqualTo(200);
        Response assessed = api.as(staff("assessor-zhonghe", "330212001", "rehab-professional")).put(
                "/api/rehabilitation/needs/{id}/assessment", Map.of("needs", List.of("TRAINING")), need);
        assertThat(assessed.status()).as(assessed.text()).isEqualTo(200);
        assertThat(api.as(next).get("/api/rehabilitation/needs").text()).doesNotContain(need.toString());
        assertThat(api.as(next).get("/api/rehabilitation/needs/{id}", need).status()).isEqualTo(403);

        send(new CertificateTransferred(UUID.randomUUID(), Instant.now(), person, e.certificateId(), "330212", "330213",
                today()));
        await().atMost(WITHIN).until(() -> "330213".equals(needsOf(person).getFirst().get("county").toString()));
        assertThat(api.as(mine).get("/api/rehabilitation/needs/{id}", need).status()).isEqualTo(403);
        assertThat(api.as(mine).get("/api/rehabilitation/needs").text()).doesNotContain(need.toString());
    }
}
