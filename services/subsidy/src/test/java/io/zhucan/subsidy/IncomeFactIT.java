package io.zhucan.subsidy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.zhucan.platform.events.vocabulary.DisabilityCategory;
import io.zhucan.platform.events.vocabulary.DisabilityGrade;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;

/** Civil affairs' income fact through the partner intake, and 平湖's living allowance worded by income (seed 004). */
class IncomeFactIT extends SubsidyITSupport {

    private final String civilAffairs = tokens.partner("civil-affairs").bearer();
    private final String jiaxing = tokens.staff("jx.operator", "330400", "operator").bearer();
    private final String jiaxing2 = tokens.staff("jx.operator2", "330400", "operator").bearer();

    private void pinghuByIncome(Map<String, Object> setting, String reason) {
        Map<String, Object> rule = new HashMap<>(Map.of("region", "330482", "rule", "LIVING.INCOME"));
        rule.put("setting", setting);
        var proposal = post("/api/subsidies/policy/proposals", jiaxing, Map.of("effectiveFrom",
                nextMonth().atDay(1).toString(), "reason", reason, "regionalRules", List.of(rule))).body(Map.class);
        approvePolicyAndAwaitApplied(proposal.get("id"), jiaxing2);
    }

    @Test
    void anIncomeWithinTheRangeGrantsTheLivingAllowanceWhereTheCountySwitchedTheRuleOn() {
        Person pinghu = person("330482", DisabilityCategory.PHYSICAL, DisabilityGrade.GRADE_3);
        send(pinghu.issued());
        var accepted = post("/api/partners/civil-affairs/income", civilAffairs, Map.of("factId", "MZ-SR-" + pinghu.personId(),
                "idNumber", pinghu.idNumber(), "householdPerCapitaMonthlyFen", 150_000,
                "effectiveFrom", today().toString())).toEntity(Map.class);
        assertThat(accepted.getStatusCode()).isEqualTo(HttpStatus.ACCEPTED);
        await().atMost(WITHIN).until(() -> jdbc.sql(
                "SELECT count(*) FROM person_facts WHERE id_number = :id AND household_income_fen = 150000 AND person_id IS NOT NULL")
                .param("id", pinghu.idNumber()).query(Long.class).single() == 1);
        await().atMost(WITHIN).until(() -> !decisionsOf(pinghu.personId(), "LIVING").isEmpty());
        assertThat(entitlementsOf(pinghu.personId())).isEmpty(); // the rule is off by default

        pinghuByIncome(Map.of("enabled", true, "parameter", "186000,16,60,55"), "平湖市生活补贴按收入认定 (test)");
        assertThat(hasEntitlement(pinghu.personId(), "LIVING", "GRANTED")).isTrue();
        assertThat(decisionsOf(pinghu.personId(), "LIVING").getLast().get("regional_rules").toString())
                .contains("LIVING.INCOME@330482");

        pinghuByIncome(null, "恢复省级规则 (test)"); // others' tests expect the province's wording in 平湖
        assertThat(hasEntitlement(pinghu.personId(), "LIVING", "SUSPENDED")).isTrue();
    }

    @Test
    void aFaultyIncomeFactIsRefusedAndLosesNothing() {
        var negative = post("/api/partners/civil-affairs/income", civilAffairs, Map.of("factId", "MZ-SR-BAD",
                "idNumber", newIdNumber(), "householdPerCapitaMonthlyFen", -1, "effectiveFrom", today().toString()))
                .toEntity(String.class);
        assertThat(negative.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        var future = post("/api/partners/civil-affairs/income", civilAffairs, Map.of("factId", "MZ-SR-FUTURE",
                "idNumber", newIdNumber(), "householdPerCapitaMonthlyFen", 1, "effectiveFrom",
                today().plusDays(2).toString())).toEntity(String.class);
        assertThat(future.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_CONTENT);
        assertThat(future.getBody()).contains("\"rule\":\"fact-date\"");
        var wrongPartner = post("/api/partners/civil-affairs/income", tokens.partner("health-insurance").bearer(),
                Map.of("factId", "MZ-SR-X", "idNumber", newIdNumber(), "householdPerCapitaMonthlyFen", 1,
                        "effectiveFrom", today().toString())).toBodilessEntity();
        assertThat(wrongPartner.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    }
}
