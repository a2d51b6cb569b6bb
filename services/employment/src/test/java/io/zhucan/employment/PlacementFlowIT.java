package io.zhucan.employment;

import static org.assertj.core.api.Assertions.assertThat;

import io.zhucan.employment.support.EmploymentITSupport;
import io.zhucan.platform.events.employment.SeekerPlaced;
import io.zhucan.platform.events.vocabulary.DisabilityCategory;
import io.zhucan.platform.events.vocabulary.DisabilityGrade;
import io.zhucan.platform.testing.TestApi;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * From outreach to placement over HTTP with real tokens: consent and profile, ranked explained
 * matches that respect the hard constraints, the employer's invitation, the seeker's acceptance, the
 * interview and the hire, with every event on the employment topic.
 */
class PlacementFlowIT extends EmploymentITSupport {

    @Test
    void aWheelchairUserIsMatchedToAStepFreeOnlineJobAndPlaced() {
        UUID person = outreachedPerson("330102", DisabilityCategory.PHYSICAL, DisabilityGrade.GRADE_2);
        String me = citizen(person);
        var registered = as(me).post(BASE + "/me/seeker", profile("330102", List.of("打字", "客服"),
                List.of("STEP_FREE_ACCESS"), List.of("MATCHING", "EMPLOYER_VIEW")));
        assertThat(registered.status()).as(registered.text()).isEqualTo(201);
        assertThat(registered.body().path("active").asBoolean()).isTrue();

        String employer = registeredEmployer("330102", 120);
        String online = addJob(employer, job("云客服 " + UUID.randomUUID(), "330106", true, "HOME_BASED_ONLINE",
                450_000, List.of("STEP_FREE_ACCESS", "SCREEN_READER_TOOLS"), List.of("客服")));
        String stairs = addJob(employer, job("仓库 " + UUID.randomUUID(), "330102", false, "FULL_TIME", 900_000,
                List.of(), List.of("打字")));

        var matches = as(me).get(BASE + "/me/matches?limit=100");
        assertThat(matches.status()).isEqualTo(200);
        List<String> jobIds = matches.body().valueStream().map(m -> m.path("jobId").asString()).toList();
        assertThat(jobIds).contains(online).doesNotContain(stairs);
        matches.body().valueStream().forEach(PlacementFlowIT::assertExplained);
        JsonNode onlineMatch = matches.body().valueStream().filter(m -> m.path("jobId").asString().equals(online))
                .findFirst().orElseThrow();
        // accommodations 5 + skills 10 + place (same city) 10 + remote 15 + wage 9 + category 10
        assertThat(onlineMatch.path("score").asInt()).isEqualTo(59);

        TestApi.Caller hr = as(employer(employer));
        assertThat(candidates(hr, online)).contains(person.toString());
        assertThat(candidates(hr, stairs)).doesNotContain(person.toString());

        var invited = hr.post(BASE + "/employers/me/jobs/{job}/referrals", Map.of("personId", person), online);
        assertThat(invited.status()).as(invited.text()).isEqualTo(201);
        String referral = invited.field("/id");
        assertThat(invited.body().path("score").asInt()).isEqualTo(59);
        assertThat(hr.post(BASE + "/employers/me/jobs/{job}/referrals", Map.of("personId", person), online).status())
                .as("the same job is proposed once").isEqualTo(409);

        assertThat(hr.post(BASE + "/employers/me/referrals/{r}/interview", null, referral).status())
                .as("not before the seeker accepts").isEqualTo(409);
        assertThat(as(me).post(BASE + "/me/referrals/{r}/accept", null, referral).field("/status"))
                .isEqualTo("ACCEPTED");
        assertThat(hr.post(BASE + "/employers/me/referrals/{r}/interview", null, referral).field("/status"))
                .isEqualTo("INTERVIEWED");
        var hired = hr.post(BASE + "/employers/me/referrals/{r}/hire",
                Map.of("startDate", today().plusDays(7).toString(), "monthlyWageFen", 450_000), referral);
        assertThat(hired.status()).as(hired.text()).isEqualTo(201);

        var records = recordsOn(person.toString(), 4);
        assertThat(records).extracting(EmploymentITSupport::type).containsExactly(
                "io.zhucan.employment.seeker.registered.v1", "io.zhucan.employment.consent.changed.v1",
                "io.zhucan.employment.match.proposed.v1", "io.zhucan.employment.seeker.placed.v1");
        SeekerPlaced placed = (SeekerPlaced) codec.fromJson(SeekerPlaced.TYPE, records.getLast().value());
        assertThat(placed.startDate()).isEqualTo(today().plusDays(7));
        assertThat(placed.monthlyWageFen()).isEqualTo(450_000);
        assertThat(placed.county()).isEqualTo("330102");
        assertThat(hr.post(BASE + "/employers/me/referrals/{r}/not-hired", null, referral).status())
                .as("a hire is final").isEqualTo(409);
    }

    private static List<String> candidates(TestApi.Caller hr, String job) {
        var response = hr.get(BASE + "/employers/me/jobs/{job}/candidates?limit=100", job);
        assertThat(response.status()).as(response.text()).isEqualTo(200);
        response.body().valueStream().forEach(PlacementFlowIT::assertExplained);
        return response.body().valueStream().map(c -> c.path("personId").asString()).toList();
    }

    static void assertExplained(JsonNode match) {
        int sum = match.path("explanation").valueStream().mapToInt(f -> f.path("points").asInt()).sum();
        assertThat(sum).as("the explanation adds up to the score").isEqualTo(match.path("score").asInt());
    }
}
