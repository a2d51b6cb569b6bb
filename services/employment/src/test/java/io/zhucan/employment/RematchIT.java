package io.zhucan.employment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.zhucan.employment.support.EmploymentITSupport;
import io.zhucan.platform.events.certification.CertificateTransferred;
import io.zhucan.platform.events.vocabulary.DisabilityCategory;
import io.zhucan.platform.events.vocabulary.DisabilityGrade;
import io.zhucan.platform.testing.TestApi;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Matches follow the current job and profile: a changed profile or job is re-matched at once. And
 * the caseworker's assisted path (帮办): outreach lookup, registration and acceptance with the person.
 */
class RematchIT extends EmploymentITSupport {

    @Test
    void aChangedProfileOrJobIsReMatchedAtOnce() {
        String county = "330109";
        UUID person = outreachedPerson(county, DisabilityCategory.HEARING, DisabilityGrade.GRADE_2);
        TestApi.Caller me = as(citizen(person));
        assertThat(me.post(BASE + "/me/seeker", profile(county, List.of("设计"), List.of(),
                List.of("MATCHING", "EMPLOYER_VIEW"))).status()).isEqualTo(201);
        String employer = registeredEmployer(county, 300);
        Map<String, Object> design = job("平面设计 " + UUID.randomUUID(), county, false, "FULL_TIME", 700_000,
                List.of(), List.of("设计"));
        String job = addJob(employer, design);
        assertThat(jobsMatched(me)).contains(job);

        me.put(BASE + "/me/seeker/profile", profile(county, List.of("设计"), List.of("SIGN_LANGUAGE_SUPPORT"), List.of()));
        assertThat(jobsMatched(me)).as("now needs sign language, which the job lacks").doesNotContain(job);

        Map<String, Object> withInterpreter = new java.util.HashMap<>(design);
        withInterpreter.put("accessibility", List.of("SIGN_LANGUAGE_SUPPORT"));
        assertThat(as(employer(employer)).put(BASE + "/employers/me/jobs/{j}", withInterpreter, job).status())
                .isEqualTo(200);
        assertThat(jobsMatched(me)).as("the job now offers it").contains(job);
        assertThat(me.get(BASE + "/me/seeker").body().path("profile").path("accommodations").toString())
                .contains("SIGN_LANGUAGE_SUPPORT");

        Map<String, Object> closed = new java.util.HashMap<>(withInterpreter);
        closed.put("open", false);
        as(employer(employer)).put(BASE + "/employers/me/jobs/{j}", closed, job);
        assertThat(jobsMatched(me)).as("closed").doesNotContain(job);
    }

    @Test
    void aCaseworkerRegistersAndAnswersWithThePerson() {
        String county = "330111";
        UUID person = outreachedPerson(county, DisabilityCategory.INTELLECTUAL, DisabilityGrade.GRADE_3);
        TestApi.Caller worker = as(caseworker(county));

        var outreach = worker.get(BASE + "/outreach/{p}", person);
        assertThat(outreach.status()).isEqualTo(200);
        assertThat(outreach.field("/county")).isEqualTo(county);
        assertThat(as(caseworker("330402")).get(BASE + "/outreach/{p}", person).status()).isEqualTo(403);

        var registered = worker.post(BASE + "/seekers/{p}", Map.of("skills", List.of("手工"), "education", "PRIMARY",
                "workForms", List.of("AUXILIARY"), "locationCounty", county, "accommodations",
                List.of("SUPPORTED_EMPLOYMENT_COACH"), "consent", List.of("MATCHING")), person);
        assertThat(registered.status()).as(registered.text()).isEqualTo(201);
        assertThat(registered.field("/consentRecordedBy")).isEqualTo("caseworker." + county);
        assertThat(worker.post(BASE + "/seekers/{p}", Map.of("skills", List.of(), "education", "PRIMARY",
                "workForms", List.of("AUXILIARY"), "locationCounty", county, "accommodations", List.of(),
                "consent", List.of("MATCHING")), person).status()).as("once").isEqualTo(409);

        String home = registeredEmployer(county, 20);
        Map<String, Object> auxiliary = new java.util.HashMap<>(job("残疾人之家 手工 " + UUID.randomUUID(), county,
                false, "AUXILIARY", 150_000, List.of("SUPPORTED_EMPLOYMENT_COACH"), List.of("手工")));
        auxiliary.put("minimumEducation", "NONE");
        String job = addJob(home, auxiliary);
        var referral = worker.post(BASE + "/jobs/{j}/referrals", Map.of("personId", person), job);
        assertThat(referral.status()).as(referral.text()).isEqualTo(201);
        var accepted = worker.post(BASE + "/seekers/{p}/referrals/{r}/accept", null, person, referral.field("/id"));
        assertThat(accepted.field("/status")).isEqualTo("ACCEPTED");
        assertThat(as(citizen(person)).get(BASE + "/me/referrals").text()).contains("ACCEPTED");
    }

    @Test
    void aTransferredCertificateMovesTheSeekersCaseToTheNewCounty() {
        UUID person = outreachedPerson("330112", DisabilityCategory.PHYSICAL, DisabilityGrade.GRADE_3);
        assertThat(as(citizen(person)).post(BASE + "/me/seeker", profile("330112", List.of("电商"), List.of(),
                List.of("MATCHING"))).status()).isEqualTo(201);
        assertThat(as(caseworker("330112")).get(BASE + "/seekers/{p}", person).status()).isEqualTo(200);

        send(new CertificateTransferred(UUID.randomUUID(), java.time.Instant.now(), person, UUID.randomUUID(),
                "330112", "330481", today()));
        await().atMost(WITHIN).until(() -> as(caseworker("330481")).get(BASE + "/seekers/{p}", person).status() == 200);

        assertThat(as(caseworker("330112")).get(BASE + "/seekers/{p}", person).status()).isEqualTo(403);
        assertThat(as(citizen(person)).get(BASE + "/me/seeker").field("/county")).isEqualTo("330481");
    }

    private List<String> jobsMatched(TestApi.Caller me) {
        var matches = me.get(BASE + "/me/matches?limit=100");
        assertThat(matches.status()).isEqualTo(200);
        matches.body().valueStream().forEach(PlacementFlowIT::assertExplained);
        return matches.body().valueStream().map(m -> m.path("jobId").asString()).toList();
    }
}
