package io.zhucan.certification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.zhucan.certification.support.Actors;
import io.zhucan.certification.support.CertificationIntegrationTest;
import io.zhucan.certification.support.MutableClock;
import io.zhucan.certification.support.TestIdNumbers;
import io.zhucan.certification.support.Workflow;
import io.zhucan.platform.testing.TestApi.Response;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Certification's rules at three levels, as an operator sets them: 丽水 (331100) shortens the
 * assessment for its counties, 青田 (331121) issues shorter certificates; the rest of the province
 * keeps the defaults. Lishui's counties are used by no other test, and versions are never removed.
 */
@CertificationIntegrationTest
class RegionalRulesIT {

    private static final String LISHUI = "331100";
    private static final String LIANDU = "331102";
    private static final String QINGTIAN = "331121";
    private static final LocalDate TODAY = LocalDate.of(2026, 6, 1); // a Monday
    private static final LocalDate FROM = LocalDate.of(2026, 6, 3);

    @LocalServerPort int port;
    @Autowired MutableClock clock;
    @Autowired JdbcClient jdbc;

    private Workflow workflow;

    @BeforeEach
    void setUp() {
        workflow = new Workflow(port);
    }

    @AfterEach
    void reset() {
        clock.reset();
    }

    @Test
    void aCitysStepDaysAndACountysValidityHoldFromTheirDayWhereTheyWereSet() {
        clock.moveTo(TODAY);
        Response city = propose(Actors.operator(), Map.of("region", LISHUI, "effectiveFrom", FROM.toString(),
                "reason", "丽水: assessment within 15 working days", "stepDays", Map.of("assessment", 15, "review", 8)));
        Response county = propose(Actors.operator(), Map.of("region", QINGTIAN, "effectiveFrom", FROM.toString(),
                "reason", "青田: certificates for 6 years", "validity",
                List.of(Map.of("minAge", 0, "maxAge", 200, "validYears", 6, "renewalWindowDays", 60, "note", "county"))));
        assertThat(city.status()).as(city.text()).isEqualTo(201);
        assertThat(county.status()).as(county.text()).isEqualTo(201);

        clock.moveTo(FROM.minusDays(1));
        assertThat(apply(LIANDU).field("/stepDueOn")).as("20 working days from 06-02 (端午 on 06-19)").isEqualTo("2026-07-01");
        clock.moveTo(FROM);
        assertThat(apply(LIANDU).field("/stepDueOn")).as("15 working days from 06-03").isEqualTo("2026-06-25");
        assertThat(apply(QINGTIAN).field("/stepDueOn")).as("the city's step days, the county has none").isEqualTo("2026-06-25");
        assertThat(apply("330102").field("/stepDueOn")).as("another city: the province's 20").isEqualTo("2026-07-02");

        assertThat(validUntil(QINGTIAN)).isEqualTo(FROM.plusYears(6).minusDays(1));
        assertThat(validUntil(LIANDU)).as("the province's 10 years").isEqualTo(FROM.plusYears(10).minusDays(1));
    }

    @Test
    void everyVersionIsKeptWithWhoMadeItWhenAndWhyAndNeverChanged() {
        clock.moveTo(TODAY);
        Response made = propose(Actors.operator(), Map.of("region", LISHUI, "effectiveFrom", "2026-07-01",
                "reason", "audit test", "stepDays", Map.of("assessment", 18, "review", 9)));

        Response versions = workflow.api().as(Actors.caseworker(LIANDU)).get("/api/certification/rules");
        assertThat(versions.body().valueStream().filter(v -> v.get("version").asString().equals(made.field("/version")))
                .map(v -> v.get("createdBy").asString() + " " + v.get("reason").asString() + " " + v.get("region").asString()))
                .containsExactly("operator audit test " + LISHUI);
        assertThatThrownBy(() -> jdbc.sql("UPDATE step_time_limit SET working_days = 1 WHERE version = :v")
                .param("v", Long.parseLong(made.field("/version"))).update())
                .hasMessageContaining("add a version instead");
        assertThat(propose(Actors.operator(), Map.of("region", LISHUI, "effectiveFrom", "2026-07-01", "reason", "again",
                "stepDays", Map.of("assessment", 18, "review", 9))).status()).isEqualTo(409);
    }

    @Test
    void onlyAnOperatorCoveringTheRegionSetsItsRules() {
        clock.moveTo(TODAY);
        Map<String, Object> lishui = Map.of("region", LISHUI, "effectiveFrom", "2026-08-01", "reason", "scope",
                "stepDays", Map.of("assessment", 18, "review", 9));

        assertThat(propose(Actors.caseworker(LIANDU), lishui).status()).isEqualTo(403);
        Response hangzhouOperator = propose(Actors.staff("operator.hangzhou", "330100", "operator"), lishui);
        assertThat(hangzhouOperator.status()).isEqualTo(422);
        assertThat(hangzhouOperator.field("/rule")).isEqualTo("rules-scope");
        Response lishuiOperator = propose(Actors.staff("operator.lishui", LISHUI, "operator"), lishui);
        assertThat(lishuiOperator.status()).as(lishuiOperator.text()).isEqualTo(201);
        Response province = propose(Actors.staff("operator.lishui", LISHUI, "operator"),
                Map.of("region", "330000", "effectiveFrom", "2026-08-01", "reason", "scope",
                        "stepDays", Map.of("assessment", 18, "review", 9)));
        assertThat(province.field("/rule")).isEqualTo("rules-scope");
        Response today = propose(Actors.operator(), Map.of("region", LISHUI, "effectiveFrom", TODAY.toString(),
                "reason", "retroactive", "stepDays", Map.of("assessment", 18, "review", 9)));
        assertThat(today.field("/rule")).isEqualTo("rules-effective-date");
        Response township = propose(Actors.operator(), Map.of("region", "331102001", "effectiveFrom", "2026-08-01",
                "reason", "township", "stepDays", Map.of("assessment", 18, "review", 9)));
        assertThat(township.status()).isEqualTo(400);
    }

    private Response propose(String bearer, Map<String, Object> body) {
        return workflow.api().as(bearer).post("/api/certification/admin/rules", body);
    }

    private Response apply(String county) {
        Response applied = workflow.apply(Actors.caseworker(county), TestIdNumbers.adult(county), county);
        assertThat(applied.status()).as(applied.text()).isEqualTo(201);
        return applied;
    }

    private LocalDate validUntil(String county) {
        Response approved = workflow.certify(TestIdNumbers.adult(county), county, "PHYSICAL", "GRADE_2");
        return LocalDate.parse(workflow.api().as(Actors.caseworker(county))
                .get("/api/certification/certificates/{id}", approved.field("/certificateId")).field("/validUntil"));
    }
}
