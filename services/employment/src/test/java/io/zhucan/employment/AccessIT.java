package io.zhucan.employment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.zhucan.employment.support.EmploymentITSupport;
import io.zhucan.platform.events.certification.CertificateIssued;
import io.zhucan.platform.events.certification.CertificateTransferred;
import io.zhucan.platform.events.vocabulary.DisabilityCategory;
import io.zhucan.platform.events.vocabulary.DisabilityGrade;
import io.zhucan.platform.events.vocabulary.Sex;
import io.zhucan.platform.testing.TestApi;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Ownership and scope with real signed JWTs: an employer acts only for the organisation of its
 * token, caseworkers only in their region (refusals audited), citizens only for themselves; bad
 * input answers problem+json.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AccessIT extends EmploymentITSupport {

    String employerA;
    String employerB;
    String jobOfA;
    UUID seeker;
    String referralOfA;

    @BeforeAll
    void twoEmployersAndASeeker() {
        employerA = registeredEmployer("330108", 40);
        employerB = registeredEmployer("330108", 40);
        jobOfA = addJob(employerA, job("文员 " + UUID.randomUUID(), "330108", false, "FULL_TIME", 400_000,
                List.of("STEP_FREE_ACCESS"), List.of("打字")));
        seeker = outreachedPerson("330108", DisabilityCategory.PHYSICAL, DisabilityGrade.GRADE_1);
        assertThat(as(citizen(seeker)).post(BASE + "/me/seeker", profile("330108", List.of("打字"),
                List.of("STEP_FREE_ACCESS"), List.of("MATCHING", "EMPLOYER_VIEW"))).status()).isEqualTo(201);
        referralOfA = as(employer(employerA)).post(BASE + "/employers/me/jobs/{j}/referrals",
                Map.of("personId", seeker), jobOfA).field("/id");
    }

    @Test
    void anEmployerCannotTouchAnotherEmployersJobsOrReferrals() {
        TestApi.Caller b = as(employer(employerB));

        assertThat(b.put(BASE + "/employers/me/jobs/{j}", job("改", "330108", false, "FULL_TIME", 1, List.of(),
                List.of()), jobOfA).status()).isEqualTo(403);
        assertThat(b.get(BASE + "/employers/me/jobs/{j}/candidates", jobOfA).status()).isEqualTo(403);
        assertThat(b.post(BASE + "/employers/me/jobs/{j}/referrals", Map.of("personId", seeker), jobOfA).status())
                .isEqualTo(403);
        assertThat(b.post(BASE + "/employers/me/referrals/{r}/interview", null, referralOfA).status()).isEqualTo(403);
        assertThat(b.post(BASE + "/employers/me/referrals/{r}/hire", Map.of("startDate", "2027-01-01",
                "monthlyWageFen", 1), referralOfA).status()).isEqualTo(403);
        assertThat(b.get(BASE + "/employers/me/referrals").text()).doesNotContain(referralOfA);
        assertThat(b.get(BASE + "/employers/me/jobs").text()).doesNotContain(jobOfA);
        assertThat(as(employer(employerA)).get(BASE + "/employers/me/jobs").text()).contains(jobOfA);
    }

    @Test
    void anEmployerTokenWithoutARegisteredOrganisationIsRefused() {
        String noOrganisation = tokens.user("employer.nobody").roles("employer").bearer();
        assertThat(as(noOrganisation).get(BASE + "/employers/me").status()).isEqualTo(403);
        assertThat(as(employer(newCreditCode())).get(BASE + "/employers/me").status()).isEqualTo(403);
        assertThat(as(tokens.user("x").roles("citizen").claim("organization", employerA).bearer())
                .get(BASE + "/employers/me").status()).as("the employer role is needed too").isEqualTo(403);
    }

    @Test
    void rolesAreChecked() {
        assertThat(as(citizen(seeker)).get(BASE + "/employers/me/jobs").status()).isEqualTo(403);
        assertThat(as(employer(employerA)).get(BASE + "/me/seeker").status()).isEqualTo(403);
        assertThat(as(employer(employerA)).get(BASE + "/seekers/{p}", seeker).status()).isEqualTo(403);
        assertThat(as(citizen(seeker)).get(BASE + "/outreach").status()).isEqualTo(403);
        assertThat(new TestApi(port).anonymous().get(BASE + "/jobs").status()).isEqualTo(401);
    }

    @Test
    void aCitizenActsOnlyOnTheirOwnReferrals() {
        UUID stranger = UUID.randomUUID();
        assertThat(as(citizen(stranger)).post(BASE + "/me/referrals/{r}/accept", null, referralOfA).status())
                .isEqualTo(404);
        assertThat(as(citizen(stranger)).get(BASE + "/me/referrals").text()).doesNotContain(referralOfA);
    }

    @Test
    void caseworkersStayInTheirRegionAndRefusalsAreAudited() {
        TestApi.Caller westLake = as(caseworker("330106"));

        assertThat(westLake.get(BASE + "/seekers/{p}", seeker).status()).isEqualTo(403);
        assertThat(westLake.post(BASE + "/jobs/{j}/referrals", Map.of("personId", seeker), jobOfA).status())
                .isEqualTo(403);
        assertThat(westLake.post(BASE + "/employers", Map.of("creditCode", newCreditCode(), "name", "x",
                "county", "330108", "headcount", 1)).status()).isEqualTo(403);
        assertThat(as(caseworker("330100")).get(BASE + "/seekers/{p}", seeker).status()).as("the city").isEqualTo(200);

        assertThat(audit("DENIED")).isGreaterThanOrEqualTo(1);
        assertThat(audit("READ")).isGreaterThanOrEqualTo(1);
    }

    @Test
    void aTownshipWorkerSeesNoOneOfTheCityEvenWhenTheirTownshipCodeEndsIn00() {
        // 楼塔镇 of 萧山区: "330109100" ends in 00 like a city code; no one's township is known to be it
        TestApi.Caller louta = as(caseworker("330109100"));

        assertThat(louta.get(BASE + "/outreach").text()).doesNotContain(seeker.toString());
        assertThat(louta.get(BASE + "/employers").text()).doesNotContain(employerA);
        assertThat(louta.get(BASE + "/seekers?q=").status()).isEqualTo(200);
        assertThat(louta.get(BASE + "/seekers/{p}", seeker).status()).isEqualTo(403);
        assertThat(as(caseworker("330100")).get(BASE + "/outreach").text()).as("the city does")
                .contains(seeker.toString());
    }

    @Test
    void aTownshipWorkerReachesTheHoldersOfTheirTownshipUntilTheyMoveToAnotherCounty() {
        UUID person = UUID.randomUUID();
        CertificateIssued e = issued(person, "330108", today().minusYears(30), Sex.MALE, today(),
                DisabilityCategory.HEARING, DisabilityGrade.GRADE_2);
        send(new CertificateIssued(e.eventId(), e.occurredAt(), person, e.certificateId(), e.applicationId(),
                e.certificateNumber(), e.category(), e.grade(), e.disabilities(), "330108", e.birthDate(), e.sex(),
                e.issuedOn(), e.validUntil(), null, "330108001"));
        await().atMost(WITHIN).until(() -> outreachCount(person) == 1);
        assertThat(as(citizen(person)).post(BASE + "/me/seeker", profile("330108", List.of("手语"), List.of(),
                List.of("MATCHING"))).status()).isEqualTo(201);
        TestApi.Caller mine = as(caseworker("330108001"));
        TestApi.Caller next = as(caseworker("330108002"));

        assertThat(mine.get(BASE + "/outreach").text()).contains(person.toString()).doesNotContain(seeker.toString());
        assertThat(mine.get(BASE + "/seekers?q=手语").text()).contains(person.toString());
        assertThat(mine.get(BASE + "/seekers/{p}", person).status()).isEqualTo(200);
        assertThat(next.get(BASE + "/outreach").text()).doesNotContain(person.toString());
        assertThat(next.get(BASE + "/seekers?q=").text()).doesNotContain(person.toString());
        assertThat(next.get(BASE + "/seekers/{p}", person).status()).isEqualTo(403);

        send(new CertificateTransferred(UUID.randomUUID(), Instant.now(), person, e.certificateId(), "330108", "330109",
                today()));
        await().atMost(WITHIN).until(() -> "330109".equals(jdbc.sql(
                "SELECT county FROM certificate_holder WHERE person_id = :p").param("p", person).query(String.class).single()));
        assertThat(mine.get(BASE + "/outreach").text()).doesNotContain(person.toString());
        assertThat(mine.get(BASE + "/seekers/{p}", person).status()).isEqualTo(403);
    }

    @Test
    void employersReadingCandidatesIsAudited() {
        long before = audit("READ");
        as(employer(employerA)).get(BASE + "/employers/me/jobs/{j}/candidates", jobOfA);
        assertThat(audit("READ")).isGreaterThan(before);
    }

    @Test
    void badInputIsAProblem() {
        var negativeWage = as(employer(employerA)).post(BASE + "/employers/me/jobs", job("x", "330108", false,
                "FULL_TIME", -1, List.of(), List.of()));
        assertThat(negativeWage.status()).isEqualTo(400);
        assertThat(negativeWage.headers().getContentType().toString()).contains("application/problem+json");

        var unknownAccommodation = as(employer(employerA)).post(BASE + "/employers/me/jobs", job("x", "330108", false,
                "FULL_TIME", 1, List.of("TELEPORTER"), List.of()));
        assertThat(unknownAccommodation.status()).isEqualTo(400);

        var badCode = as(caseworker("330108")).post(BASE + "/employers", Map.of("creditCode", "123",
                "name", "x", "county", "330108", "headcount", 1));
        assertThat(badCode.status()).isEqualTo(400);

        String stairs = addJob(employerA, job("楼上 " + UUID.randomUUID(), "330108", false, "FULL_TIME", 1,
                List.of(), List.of()));
        var infeasible = as(caseworker("330108")).post(BASE + "/jobs/{j}/referrals", Map.of("personId", seeker), stairs);
        assertThat(infeasible.status()).isEqualTo(422);
        assertThat(infeasible.field("/rule")).isEqualTo("hard-constraint");
        assertThat(infeasible.field("/detail")).isEqualTo("the job lacks an accommodation the seeker needs");
    }

    private long audit(String outcome) {
        return jdbc.sql("SELECT count(*) FROM person_access_audit WHERE person_id = :p AND outcome = :o")
                .param("p", seeker).param("o", outcome).query(Long.class).single();
    }
}
