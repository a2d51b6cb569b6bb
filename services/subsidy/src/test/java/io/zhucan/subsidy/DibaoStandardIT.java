package io.zhucan.subsidy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;

/** A county's raised 低保 standard changes its living allowances from the standard's effective month. */
class DibaoStandardIT extends SubsidyITSupport {

    private static final String STANDARDS = "/api/subsidies/dibao-standards";
    private final String operator = tokens.staff("sun.operator", "330000", "operator").bearer();

    @Test
    void aStandardFromNextMonthReevaluatesTheCountysLivingAllowances() {
        Person deqing = grantedPerson("330521");
        Person pinghu = grantedPerson("330482");
        assertThat(entitlement(deqing.personId(), "LIVING").get("amount")).as("the policy's fixed amount").isEqualTo(40000L);

        var recorded = post(STANDARDS, operator, Map.of("county", "330521", "effectiveFrom", nextMonth().toString(),
                "monthlyFen", 150000, "source", "德清县民政局 低保标准调整 (test)")).toEntity(Map.class);
        assertThat(recorded.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        await().atMost(WITHIN).until(() -> jdbc.sql("""
                        SELECT applied_at IS NOT NULL FROM dibao_standard WHERE county = '330521' AND effective_from = :m""")
                .param("m", nextMonth().atDay(1)).query(Boolean.class).single());

        // grade 1: 40 % of 1,500.00 yuan, from the standard's month on
        assertThat(entitlement(deqing.personId(), "LIVING").get("amount")).isEqualTo(60000L);
        assertThat(jdbc.sql("""
                        SELECT a.from_month FROM entitlement_amount a JOIN entitlement e ON e.id = a.entitlement_id
                        WHERE e.person_id = :p AND e.allowance = 'LIVING' AND a.monthly_amount_fen = 60000""")
                .param("p", deqing.personId()).query(String.class).single()).isEqualTo(nextMonth().atDay(1).toString());
        assertThat(entitlement(deqing.personId(), "NURSING").get("amount")).as("nursing does not follow it")
                .isEqualTo(40000L);
        assertThat(entitlement(pinghu.personId(), "LIVING").get("amount")).as("another county").isEqualTo(44000L);
    }

    @Test
    void aStandardForALaterMonthWaitsForItsMonth() {
        Person person = grantedPerson("330522");
        var recorded = post(STANDARDS, operator, Map.of("county", "330522", "effectiveFrom",
                nextMonth().plusMonths(2).toString(), "monthlyFen", 150000, "source", "test")).toEntity(Map.class);

        assertThat(recorded.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(jdbc.sql("SELECT applied_at IS NULL FROM dibao_standard WHERE county = '330522'").query(Boolean.class)
                .single()).isTrue();
        assertThat(entitlement(person.personId(), "LIVING").get("amount")).isEqualTo(40000L);
    }

    @Test
    void aRunningMonthAnUnknownCountyATakenMonthAndANonOperatorAreRefused() {
        assertThat(post(STANDARDS, operator, Map.of("county", "330523", "effectiveFrom", thisMonth().toString(),
                "monthlyFen", 150000, "source", "test")).toEntity(String.class)).satisfies(r -> {
                    assertThat(r.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_CONTENT);
                    assertThat(r.getBody()).contains("\"rule\":\"dibao-standard-month\"");
                });
        assertThat(post(STANDARDS, operator, Map.of("county", "320102", "effectiveFrom", nextMonth().toString(),
                "monthlyFen", 150000, "source", "test")).toEntity(String.class).getStatusCode())
                .isEqualTo(HttpStatus.UNPROCESSABLE_CONTENT);
        Map<String, Object> taken = Map.of("county", "330102", "effectiveFrom", "2099-01", "monthlyFen", 150000,
                "source", "test");
        assertThat(post(STANDARDS, operator, taken).toEntity(String.class).getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(post(STANDARDS, operator, taken).toEntity(String.class).getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        String caseworker = tokens.staff("li.caseworker", "330523", "caseworker").bearer();
        assertThat(post(STANDARDS, caseworker, Map.of("county", "330523", "effectiveFrom", nextMonth().toString(),
                "monthlyFen", 150000, "source", "test")).toEntity(String.class).getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
    }
}
