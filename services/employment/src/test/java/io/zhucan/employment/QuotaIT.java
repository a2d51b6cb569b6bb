package io.zhucan.employment;

import static org.assertj.core.api.Assertions.assertThat;

import io.zhucan.employment.support.EmploymentITSupport;
import io.zhucan.platform.events.employment.QuotaAssessed;
import io.zhucan.platform.events.vocabulary.DisabilityCategory;
import io.zhucan.platform.events.vocabulary.DisabilityGrade;
import io.zhucan.platform.testing.TestApi;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The annual quota declaration against the seeded policy data (2026: 1.5%, cap 2× the local average
 * wage, Hangzhou's demo average 13,000,000 fen, ≤30 staff exempt, 50% due from 1% of the staff
 * counted, 90% below), computed by hand, once per year.
 */
class QuotaIT extends EmploymentITSupport {

    @Test
    void aShortfallOfOnePersonIsChargedAtTheEmployersAverageWageAndAssessedOnce() {
        String code = registeredEmployer("330102", 200);
        UUID blind = outreachedPerson("330102", DisabilityCategory.VISUAL, DisabilityGrade.GRADE_2);
        TestApi.Caller hr = as(employer(code));
        Map<String, Object> declaration = Map.of("averageHeadcount", 200, "totalWagesFen", 2_400_000_000L,
                "disabledEmployees", List.of(blind));

        var assessed = hr.post(BASE + "/employers/me/quota/2026", declaration);

        // 200 × 1.5% = 3 persons; visual grade 2 counts 2 (= 1% of the staff: half due);
        // 1 short × min(12,000,000, 26,000,000) × 50% = 6,000,000 fen
        assertThat(assessed.status()).as(assessed.text()).isEqualTo(201);
        assertThat(assessed.body().path("requiredTenThousandths").asLong()).isEqualTo(30_000);
        assertThat(assessed.body().path("countedTenThousandths").asLong()).isEqualTo(20_000);
        assertThat(assessed.body().path("shortfallTenThousandths").asLong()).isEqualTo(10_000);
        assertThat(assessed.body().path("fundFen").asLong()).isEqualTo(6_000_000);
        assertThat(hr.post(BASE + "/employers/me/quota/2026", declaration).status()).as("once per year").isEqualTo(409);
        assertThat(hr.get(BASE + "/employers/me/quota/2026").body().path("fundFen").asLong()).isEqualTo(6_000_000);

        String employerId = hr.get(BASE + "/employers/me").field("/id");
        QuotaAssessed event = (QuotaAssessed) codec.fromJson(QuotaAssessed.TYPE,
                recordsOn(employerId, 1).getFirst().value());
        assertThat(event.fundFen()).isEqualTo(6_000_000);
        assertThat(event.year()).isEqualTo(2026);
    }

    @Test
    void theWageIsCappedAtTwiceTheLocalAverage() {
        String code = registeredEmployer("330106", 100);
        // 100 × 1.5% = 1.5 persons, nobody (below 1%: 90% due); average 40,000,000 capped at 26,000,000
        // → 1.5 × 26,000,000 × 90% = 35,100,000 fen
        var assessed = as(employer(code)).post(BASE + "/employers/me/quota/2026", Map.of("averageHeadcount", 100,
                "totalWagesFen", 4_000_000_000L, "disabledEmployees", List.of()));

        assertThat(assessed.body().path("cappedAverageWageFen").asLong()).isEqualTo(26_000_000);
        assertThat(assessed.body().path("fundFen").asLong()).isEqualTo(35_100_000);
    }

    @Test
    void smallEmployersAreExemptAndOverQuotaEmployersFlaggedOnTheRegionsList() {
        String small = registeredEmployer("330127", 25);
        String generous = registeredEmployer("330127", 40);
        UUID severe = outreachedPerson("330127", DisabilityCategory.PHYSICAL, DisabilityGrade.GRADE_1);

        var exempt = as(employer(small)).post(BASE + "/employers/me/quota/2026", Map.of("averageHeadcount", 25,
                "totalWagesFen", 200_000_000L, "disabledEmployees", List.of()));
        var over = as(employer(generous)).post(BASE + "/employers/me/quota/2026", Map.of("averageHeadcount", 40,
                "totalWagesFen", 320_000_000L, "disabledEmployees", List.of(severe)));

        assertThat(exempt.body().path("exempt").asBoolean()).isTrue();
        assertThat(exempt.body().path("fundFen").asLong()).isZero();
        assertThat(over.body().path("overQuota").asBoolean()).isTrue();
        assertThat(over.body().path("fundFen").asLong()).isZero();

        var list = as(caseworker("330127")).get(BASE + "/quota/2026");
        assertThat(list.status()).isEqualTo(200);
        assertThat(list.body().valueStream().filter(a -> a.path("overQuota").asBoolean()).count()).isGreaterThanOrEqualTo(1);
        assertThat(list.body().size()).isGreaterThanOrEqualTo(2);
        assertThat(as(caseworker("330402")).get(BASE + "/quota/2026").text()).doesNotContain(
                as(employer(generous)).get(BASE + "/employers/me").field("/id"));
    }

    @Test
    void unknownEmployeesAndYearsWithoutPolicyAreRefused() {
        String code = registeredEmployer("330110", 60);
        TestApi.Caller hr = as(employer(code));

        var unknown = hr.post(BASE + "/employers/me/quota/2026", Map.of("averageHeadcount", 60,
                "totalWagesFen", 1L, "disabledEmployees", List.of(UUID.randomUUID())));
        var noPolicy = hr.post(BASE + "/employers/me/quota/2031", Map.of("averageHeadcount", 60,
                "totalWagesFen", 1L, "disabledEmployees", List.of()));

        assertThat(unknown.status()).isEqualTo(422);
        assertThat(unknown.field("/rule")).isEqualTo("quota.employee-unknown");
        assertThat(noPolicy.status()).isEqualTo(422);
        assertThat(noPolicy.field("/rule")).isEqualTo("quota.policy");
    }
}
