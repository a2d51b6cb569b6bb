package io.zhucan.employment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.zhucan.employment.support.EmploymentITSupport;
import io.zhucan.platform.events.certification.CancellationReason;
import io.zhucan.platform.events.certification.CertificateCancelled;
import io.zhucan.platform.events.employment.ConsentChanged;
import io.zhucan.platform.events.vocabulary.DisabilityCategory;
import io.zhucan.platform.events.vocabulary.DisabilityGrade;
import io.zhucan.platform.testing.TestApi;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Consent is respected everywhere: search, matching, employers' views, referrals. */
class ConsentIT extends EmploymentITSupport {

    @Test
    void withoutConsentToMatchingNobodyBecomesASeeker() {
        UUID person = outreachedPerson("330102", DisabilityCategory.HEARING, DisabilityGrade.GRADE_3);

        var refused = as(citizen(person)).post(BASE + "/me/seeker", profile("330102", List.of("会计"), List.of(),
                List.of()));

        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.field("/rule")).isEqualTo("consent.matching");
        assertThat(as(citizen(person)).get(BASE + "/me/seeker").status()).isEqualTo(404);
    }

    @Test
    void employersSeeOnlySeekersWhoConsentedToTheirView() {
        String county = "330105";
        UUID matchingOnly = seeker(county, List.of("MATCHING"));
        String employer = registeredEmployer(county, 50);
        String job = addJob(employer, job("会计 " + UUID.randomUUID(), county, false, "FULL_TIME", 500_000,
                List.of(), List.of("会计")));

        TestApi.Caller hr = as(employer(employer));
        assertThat(hr.get(BASE + "/employers/me/jobs/{j}/candidates?limit=100", job).text())
                .doesNotContain(matchingOnly.toString());
        assertThat(hr.post(BASE + "/employers/me/jobs/{j}/referrals", Map.of("personId", matchingOnly), job).status())
                .isEqualTo(404);
        assertThat(as(caseworker(county)).get(BASE + "/jobs/{j}/matches?limit=100", job).text())
                .as("the caseworker still matches them").contains(matchingOnly.toString());
    }

    @Test
    void withdrawingConsentHidesTheSeekerAtOnce() {
        String county = "330110";
        UUID person = seeker(county, List.of("MATCHING", "EMPLOYER_VIEW"));
        String employer = registeredEmployer(county, 80);
        String job = addJob(employer, job("质检 " + UUID.randomUUID(), county, false, "FULL_TIME", 500_000,
                List.of(), List.of("会计")));
        TestApi.Caller hr = as(employer(employer));
        TestApi.Caller worker = as(caseworker(county));
        String referral = worker.post(BASE + "/jobs/{j}/referrals", Map.of("personId", person), job).field("/id");
        assertThat(hr.get(BASE + "/employers/me/jobs/{j}/candidates?limit=100", job).text()).contains(person.toString());
        assertThat(hr.get(BASE + "/employers/me/referrals").text()).contains(referral);

        var withdrawn = as(citizen(person)).put(BASE + "/me/seeker/consent", Map.of("scopes", List.of()));
        assertThat(withdrawn.status()).isEqualTo(200);
        assertThat(withdrawn.body().path("active").asBoolean()).isFalse();

        assertThat(hr.get(BASE + "/employers/me/jobs/{j}/candidates?limit=100", job).text()).doesNotContain(person.toString());
        assertThat(hr.get(BASE + "/employers/me/referrals").text()).doesNotContain(referral);
        assertThat(worker.get(BASE + "/jobs/{j}/matches?limit=100", job).text()).doesNotContain(person.toString());
        assertThat(worker.get(BASE + "/seekers?q=会计").text()).doesNotContain(person.toString());
        assertThat(as(citizen(person)).get(BASE + "/me/matches").body().size()).isZero();
        assertThat(as(citizen(person)).post(BASE + "/me/referrals/{r}/accept", null, referral).status()).isEqualTo(409);
        String second = addJob(employer, job("出纳 " + UUID.randomUUID(), county, false, "FULL_TIME", 500_000,
                List.of(), List.of()));
        var proposal = worker.post(BASE + "/jobs/{j}/referrals", Map.of("personId", person), second);
        assertThat(proposal.status()).isEqualTo(422);
        assertThat(proposal.field("/rule")).isEqualTo("hard-constraint");

        List<Map<String, Object>> history = jdbc.sql("""
                        SELECT array_to_string(c.scopes, ',') AS scopes, c.recorded_at, c.recorded_as FROM consent_record c
                        JOIN seeker s ON s.id = c.seeker_id WHERE s.person_id = :p ORDER BY c.id""")
                .param("p", person).query().listOfRows();
        assertThat(history).extracting(r -> r.get("scopes")).containsExactly("EMPLOYER_VIEW,MATCHING", "");
        assertThat(history).allSatisfy(r -> assertThat(r.get("recorded_at")).isNotNull());
        var records = recordsOn(person.toString(), 4);
        ConsentChanged last = (ConsentChanged) codec.fromJson(ConsentChanged.TYPE,
                records.stream().filter(r -> type(r).equals(ConsentChanged.TYPE.name())).toList().getLast().value());
        assertThat(last.granted()).isFalse();
        assertThat(last.scopes()).isEmpty();

        var again = as(citizen(person)).put(BASE + "/me/seeker/consent", Map.of("scopes", List.of("MATCHING")));
        assertThat(again.body().path("active").asBoolean()).isTrue();
        assertThat(worker.get(BASE + "/seekers?q=会计").text()).contains(person.toString());
    }

    @Test
    void aCancelledCertificateClosesTheSeekerFileWhateverTheConsent() {
        String county = "330182";
        UUID person = seeker(county, List.of("MATCHING", "EMPLOYER_VIEW"));
        String employer = registeredEmployer(county, 35);
        String job = addJob(employer, job("会计 " + UUID.randomUUID(), county, false, "FULL_TIME", 500_000,
                List.of(), List.of("会计")));
        assertThat(as(employer(employer)).get(BASE + "/employers/me/jobs/{j}/candidates", job).text())
                .contains(person.toString());

        send(new CertificateCancelled(UUID.randomUUID(), Instant.now(), person, UUID.randomUUID(), county,
                CancellationReason.DEATH, today()));
        await().atMost(WITHIN).until(() -> !as(citizen(person)).get(BASE + "/me/seeker").body().path("active")
                .asBoolean());

        assertThat(as(employer(employer)).get(BASE + "/employers/me/jobs/{j}/candidates", job).text())
                .doesNotContain(person.toString());
        assertThat(as(caseworker(county)).get(BASE + "/seekers?q=会计").text()).doesNotContain(person.toString());
        assertThat(as(citizen(person)).get(BASE + "/me/matches").body().size()).isZero();
        assertThat(as(caseworker(county)).post(BASE + "/jobs/{j}/referrals", Map.of("personId", person), job)
                .field("/detail")).isEqualTo("the seeker's file is closed");
    }

    private UUID seeker(String county, List<String> consent) {
        UUID person = outreachedPerson(county, DisabilityCategory.PHYSICAL, DisabilityGrade.GRADE_3);
        var response = as(citizen(person)).post(BASE + "/me/seeker", profile(county, List.of("会计"), List.of(),
                consent));
        assertThat(response.status()).as(response.text()).isEqualTo(201);
        return person;
    }
}
