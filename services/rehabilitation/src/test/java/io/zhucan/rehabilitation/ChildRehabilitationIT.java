package io.zhucan.rehabilitation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.zhucan.platform.events.partner.SuspectedDisabilityReported;
import io.zhucan.platform.events.vocabulary.DisabilityCategory;
import io.zhucan.platform.events.vocabulary.DisabilityGrade;
import io.zhucan.platform.testing.TestApi.Response;
import io.zhucan.rehabilitation.support.RehabIT;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Child rehabilitation end to end: screening fact, eligibility, institution registry, enrolment, cap. */
class ChildRehabilitationIT extends RehabIT {

    private final String caseworker = staff("cw-xihu-child", "330106", "caseworker");

    @Test
    void aScreenedChildIsEligibleAndKeepsItsRecordWhenTheCertificateFollows() {
        String idNumber = idNumber("330106", today().minusYears(3));
        send(new SuspectedDisabilityReported("YB-SC-" + UUID.randomUUID(), Instant.now(), idNumber, "330106", today()));
        await().atMost(WITHIN).until(() -> children("330106", "SUSPECTED", today().minusYears(3)) >= 1);

        UUID person = UUID.randomUUID();
        var issued = issued(person, "330106", DisabilityCategory.INTELLECTUAL, DisabilityGrade.GRADE_2,
                today().minusYears(3));
        send(new io.zhucan.platform.events.certification.CertificateIssued(issued.eventId(), issued.occurredAt(), person,
                issued.certificateId(), issued.applicationId(), idNumber + "52", issued.category(), issued.grade(),
                issued.disabilities(), "330106", today().minusYears(3), issued.sex(), today(), today().plusYears(5)));
        await().atMost(WITHIN).until(() -> needsOf(person).size() == 1);
        await("registered and linked on the certificate, without application").atMost(WITHIN).until(() -> jdbc.sql(
                "SELECT count(*) FROM child WHERE person_id = :p AND basis = 'CERTIFICATE'").param("p", person)
                .query(Long.class).single() == 1);

        Response child = api.as(caseworker).post("/api/rehabilitation/children", Map.of("personId", person.toString()));
        assertThat(child.status()).isEqualTo(200);
        assertThat(child.field("/basis")).isEqualTo("CERTIFICATE");
        assertThat(jdbc.sql("SELECT count(*) FROM child WHERE person_id = :p").param("p", person).query(Long.class)
                .single()).isEqualTo(1);
        assertThat(child.text()).doesNotContain(idNumber);
        LocalDate born = today().minusYears(3);
        Response eligibility = api.as(caseworker).get("/api/rehabilitation/children/{id}/eligibility?on={on}",
                child.field("/id"), born.plusYears(15).minusDays(1));
        assertThat(eligibility.body().path("eligible").asBoolean()).as("西湖区: Hangzhou's extension to 14").isTrue();
        assertThat(eligibility.body().path("maxAge").asInt()).isEqualTo(14);
        assertThat(api.as(caseworker).get("/api/rehabilitation/children/{id}/eligibility?on={on}", child.field("/id"),
                born.plusYears(15)).body().path("eligible").asBoolean()).as("the 15th birthday").isFalse();
    }

    @Test
    void aScreeningOutsideTheProvinceIsParkedAtOnceWithAReasonThatNamesNoPerson() {
        String idNumber = idNumber("110105", today().minusYears(2));
        String factId = "YB-SC-" + UUID.randomUUID();
        send(new SuspectedDisabilityReported(factId, Instant.now(), idNumber, "110105", today()));

        await().atMost(WITHIN).until(() -> jdbc.sql("SELECT count(*) FROM dead_letter WHERE reason LIKE :r")
                .param("r", "%" + factId + "%").query(Long.class).single() == 1);
        assertThat(jdbc.sql("SELECT reason FROM dead_letter WHERE reason LIKE :r").param("r", "%" + factId + "%")
                .query(String.class).single()).contains("outside the province").doesNotContain(idNumber);
        assertThat(children("110105", "SUSPECTED", today().minusYears(2))).isZero();
    }

    @Test
    void aTenYearOldIsAChildOfHangzhouButNotOfPinghu() {
        UUID hangzhou = UUID.randomUUID();
        send(issued(hangzhou, "330106", DisabilityCategory.HEARING, DisabilityGrade.GRADE_1, today().minusYears(10)));
        UUID pinghu = UUID.randomUUID();
        send(issued(pinghu, "330482", DisabilityCategory.HEARING, DisabilityGrade.GRADE_1, today().minusYears(10)));
        await().atMost(WITHIN).until(() -> needsOf(hangzhou).size() == 1 && needsOf(pinghu).size() == 1);

        assertThat(api.as(caseworker).post("/api/rehabilitation/children", Map.of("personId", hangzhou.toString()))
                .status()).isEqualTo(200);
        assertThat(jdbc.sql("SELECT count(*) FROM child WHERE person_id IN (:h, :p)").param("h", hangzhou)
                .param("p", pinghu).query(Long.class).single()).as("only the child within its county's limit").isEqualTo(1);
        Response refused = api.as(staff("cw-pinghu-child", "330482", "caseworker")).post("/api/rehabilitation/children",
                Map.of("personId", pinghu.toString()));
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.field("/rule")).isEqualTo("child-age");
        assertThat(api.as(caseworker).post("/api/rehabilitation/children", Map.of("personId", pinghu.toString()))
                .status()).as("another county's holder").isEqualTo(403);
    }

    @Test
    void aChildWhoMovesIsJudgedByTheNewCountysAgeLimitAndServedByItsStaff() {
        String childId = certifiedChild(today().minusYears(10));
        UUID person = UUID.fromString(jdbc.sql("SELECT person_id FROM child WHERE id = :id")
                .param("id", UUID.fromString(childId)).query(String.class).single());
        String pinghu = staff("cw-pinghu-move", "330482", "caseworker");
        String path = "/api/rehabilitation/children/{id}/eligibility?on={on}";
        assertThat(api.as(caseworker).get(path, childId, today()).body().path("eligible").asBoolean()).isTrue();

        send(new io.zhucan.platform.events.certification.CertificateTransferred(UUID.randomUUID(), Instant.now(),
                person, UUID.randomUUID(), "330106", "330482", today()));
        await().atMost(WITHIN).until(() -> "330482".equals(jdbc.sql("SELECT county FROM person_profile WHERE person_id = :p")
                .param("p", person).query(String.class).single()));

        Response there = api.as(pinghu).get(path, childId, today());
        assertThat(there.status()).isEqualTo(200);
        assertThat(there.body().path("maxAge").asInt()).isEqualTo(6);
        assertThat(there.body().path("eligible").asBoolean()).as("平湖 follows the province: 0–6").isFalse();
        assertThat(api.as(caseworker).get(path, childId, today()).status()).isEqualTo(403);
    }

    @Test
    void theYearlyCapHoldsAcrossMonthsAndStartsAgainInTheNewYear() {
        int year = today().getYear();
        String client = "rehab-inst-" + UUID.randomUUID().toString().substring(0, 8);
        String institution = registerInstitution(client, 5);
        String childId = certifiedChild(today().minusYears(4));
        Response enrolment = api.as(caseworker).post("/api/rehabilitation/enrolments", Map.of("childId", childId,
                "institutionId", institution, "serviceType", "TRAINING", "admittedOn", LocalDate.of(year - 1, 10, 1)
                        .toString()));
        assertThat(enrolment.status()).isEqualTo(201);
        String id = enrolment.field("/id");
        String inst = institutionToken(client);

        assertThat(month(inst, id, YearMonth.of(year - 1, 11), 1_500_000).body().path("subsidyFen").asLong())
                .isEqualTo(1_500_000);
        assertThat(month(inst, id, YearMonth.of(year - 1, 12), 1_500_000).body().path("subsidyFen").asLong())
                .as("the cap of 24,000 yuan leaves 9,000").isEqualTo(900_000);
        assertThat(month(inst, id, YearMonth.of(year, 1), 1_500_000).body().path("subsidyFen").asLong())
                .as("a new year, a new cap").isEqualTo(1_500_000);
        assertThat(month(inst, id, YearMonth.of(year, 1), 10).status()).as("one record per month").isEqualTo(409);
        assertThat(month(inst, id, YearMonth.now(RehabilitationApplication.PROVINCE_TIME).plusMonths(1), 10).status())
                .isEqualTo(422);
        assertThat(api.as(inst).get("/api/rehabilitation/institution/settlement?month={m}", YearMonth.of(year - 1, 12))
                .body().path("subsidyFen").asLong()).isEqualTo(900_000);
    }

    @Test
    void anInstitutionSeesAndRecordsOnlyItsOwnChildren() {
        String ownClient = "rehab-inst-" + UUID.randomUUID().toString().substring(0, 8);
        String otherClient = "rehab-inst-" + UUID.randomUUID().toString().substring(0, 8);
        String own = registerInstitution(ownClient, 1);
        registerInstitution(otherClient, 1);
        String childId = certifiedChild(today().minusYears(2));
        Response enrolled = api.as(caseworker).post("/api/rehabilitation/enrolments", Map.of("childId", childId,
                "institutionId", own, "serviceType", "TRAINING", "admittedOn", today().toString()));
        assertThat(enrolled.status()).as(enrolled.text()).isEqualTo(201);
        String enrolment = enrolled.field("/id");

        Response listed = api.as(institutionToken(ownClient)).get("/api/rehabilitation/institution/enrolments");
        assertThat(listed.status()).as(listed.text()).isEqualTo(200);
        assertThat(listed.body().size()).isEqualTo(1);
        assertThat(listed.body().path(0).path("childId").asString()).isEqualTo(childId);
        assertThat(api.as(institutionToken(otherClient)).get("/api/rehabilitation/institution/enrolments").body().size())
                .isZero();
        assertThat(month(institutionToken(otherClient), enrolment, YearMonth.now(RehabilitationApplication.PROVINCE_TIME),
                100).status()).isEqualTo(403);
        assertThat(month(institutionToken("not-registered"), enrolment,
                YearMonth.now(RehabilitationApplication.PROVINCE_TIME), 100).status()).isEqualTo(403);
        assertThat(month(caseworker, enrolment, YearMonth.now(RehabilitationApplication.PROVINCE_TIME), 100).status())
                .as("staff do not record an institution's months").isEqualTo(403);
        Response full = api.as(caseworker).post("/api/rehabilitation/enrolments", Map.of("childId",
                certifiedChild(today().minusYears(1)), "institutionId", own, "serviceType", "TRAINING", "admittedOn",
                today().toString()));
        assertThat(full.field("/rule")).isEqualTo("institution-capacity");
        assertThat(api.as(institutionToken(ownClient)).get("/api/rehabilitation/needs").status()).isEqualTo(403);
    }

    @Test
    void aGuardianInForceSeesTheChildsServicesAndEveryoneElseFindsNothingThere() {
        String client = "rehab-inst-" + UUID.randomUUID().toString().substring(0, 8);
        String institution = registerInstitution(client, 2);
        UUID childPerson = UUID.randomUUID();
        String childId = certifiedChild(childPerson, today().minusYears(3));
        String enrolment = api.as(caseworker).post("/api/rehabilitation/enrolments", Map.of("childId", childId,
                "institutionId", institution, "serviceType", "TRAINING", "admittedOn", today().toString()))
                .field("/id");
        assertThat(month(institutionToken(client), enrolment, YearMonth.now(RehabilitationApplication.PROVINCE_TIME),
                120_000).status()).isEqualTo(201);
        UUID mother = UUID.randomUUID();
        UUID formerGuardian = UUID.randomUUID();
        String path = "/api/rehabilitation/me/children/{child}/services";

        assertThat(api.as(citizen(mother)).get(path, childPerson).status()).as("no guardianship yet").isEqualTo(404);
        assertThat(guardianship(caseworker, mother, childPerson, today().minusYears(3), null).status()).isEqualTo(201);
        assertThat(guardianship(caseworker, mother, childPerson, today().minusYears(3), null).status())
                .as("recorded once").isEqualTo(409);
        assertThat(guardianship(caseworker, formerGuardian, childPerson, today().minusYears(3), today().minusDays(1))
                .status()).isEqualTo(201);

        Response seen = api.as(citizen(mother)).get(path, childPerson);
        assertThat(seen.status()).as(seen.text()).isEqualTo(200);
        assertThat(seen.body().size()).isEqualTo(1);
        assertThat(seen.body().path(0).path("subsidyFen").asLong()).isEqualTo(120_000);
        assertThat(api.as(citizen(formerGuardian)).get(path, childPerson).status()).as("ended yesterday")
                .isEqualTo(404);
        assertThat(api.as(citizen(UUID.randomUUID())).get(path, childPerson).status()).isEqualTo(404);
        assertThat(api.as(citizen(mother)).get(path, UUID.randomUUID()).status()).as("not there").isEqualTo(404);
        assertThat(api.as(caseworker).get(path, childPerson).status()).isEqualTo(403);
        assertThat(jdbc.sql("SELECT outcome FROM person_access_audit WHERE person_id = :c AND resource = 'child:guardian'"
                + " ORDER BY id").param("c", childPerson).query(String.class).list())
                .containsExactly("DENIED", "READ", "DENIED", "DENIED");
    }

    @Test
    void onlyACaseworkerOfTheChildsCountyRecordsAGuardianAndBadInputIsAProblem() {
        UUID childPerson = UUID.randomUUID();
        certifiedChild(childPerson, today().minusYears(2));
        UUID parent = UUID.randomUUID();

        assertThat(guardianship(staff("cw-keqiao-g", "330603", "caseworker"), parent, childPerson, today(), null)
                .status()).isEqualTo(403);
        assertThat(guardianship(staff("rehab-xihu-g", "330106", "rehab-professional"), parent, childPerson, today(),
                null).status()).as("a caseworker's task").isEqualTo(403);
        assertThat(guardianship(citizen(parent), parent, childPerson, today(), null).status()).isEqualTo(403);
        assertThat(guardianship(caseworker, parent, UUID.randomUUID(), today(), null).status()).isEqualTo(404);
        assertThat(guardianship(caseworker, childPerson, childPerson, today(), null).field("/rule"))
                .isEqualTo("guardian-of-self");
        assertThat(guardianship(caseworker, parent, childPerson, today(), today().minusDays(1)).field("/rule"))
                .isEqualTo("guardianship-period");
        Response malformed = api.as(caseworker).post("/api/rehabilitation/guardianships", Map.of("childPersonId",
                childPerson.toString(), "relation", "NEIGHBOUR", "validFrom", today().toString()));
        assertThat(malformed.status()).isEqualTo(400);
        assertThat(malformed.headers().getContentType().toString()).contains("application/problem+json");
        assertThat(audits(childPerson, "DENIED")).isGreaterThanOrEqualTo(1);
    }

    private Response guardianship(String bearer, UUID guardian, UUID child, LocalDate from, LocalDate until) {
        Map<String, Object> body = new java.util.HashMap<>();
        body.put("guardianPersonId", guardian.toString());
        body.put("childPersonId", child.toString());
        body.put("relation", "PARENT");
        body.put("validFrom", from.toString());
        body.put("validUntil", until == null ? null : until.toString());
        return api.as(bearer).post("/api/rehabilitation/guardianships", body);
    }

    private Response month(String bearer, String enrolment, YearMonth month, long claimed) {
        return api.as(bearer).post("/api/rehabilitation/institution/enrolments/{id}/months",
                Map.of("month", month.toString(), "sessions", 8, "claimedFen", claimed), enrolment);
    }

    private String registerInstitution(String client, int capacity) {
        Response created = api.as(caseworker).post("/api/rehabilitation/institutions", Map.of("name", "西湖区康复中心",
                "county", "330106", "clientId", client, "serviceTypes", List.of("TRAINING", "AUTISM_SERVICES"),
                "capacity", capacity, "agreementFrom", LocalDate.of(2020, 1, 1).toString(),
                "agreementTo", today().plusYears(2).toString()));
        assertThat(created.status()).isEqualTo(201);
        return created.field("/id");
    }

    private String certifiedChild(LocalDate born) {
        return certifiedChild(UUID.randomUUID(), born);
    }

    private String certifiedChild(UUID person, LocalDate born) {
        send(issued(person, "330106", DisabilityCategory.PHYSICAL, DisabilityGrade.GRADE_2, born));
        await().atMost(WITHIN).until(() -> needsOf(person).size() == 1);
        return api.as(caseworker).post("/api/rehabilitation/children", Map.of("personId", person.toString()))
                .field("/id");
    }

    private String institutionToken(String client) {
        return tokens.user("service-account-" + client).roles("rehab-institution").client(client).bearer();
    }

    private long children(String county, String basis, LocalDate born) {
        return jdbc.sql("SELECT count(*) FROM child WHERE county = :c AND basis = :b AND birth_date = :d")
                .param("c", county).param("b", basis).param("d", java.sql.Date.valueOf(born)).query(Long.class).single();
    }
}
