package io.zhucan.subsidy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.zhucan.subsidy.review.ReviewOutcome;
import io.zhucan.subsidy.review.ReviewRun;
import io.zhucan.subsidy.review.application.YearlyReviewService;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpStatus;

/**
 * The yearly full check: facts that changed without an event (as a missed message would leave them)
 * are found, reported with the rule ids and queued for the county's caseworkers; nothing is applied.
 */
class YearlyReviewIT extends SubsidyITSupport {

    static final String REVIEWS = "/api/subsidies/admin/yearly-reviews";

    @Autowired YearlyReviewService reviews;

    final String province = tokens.staff("sun.operator", "330000", "operator").bearer();

    @Test
    void aDifferenceIsReportedWithItsRuleAndQueuedForCaseworkButNotApplied() {
        Person lost = grantedPerson("330102");
        Person raised = grantedPerson("330106");
        Person same = grantedPerson("330102");
        jdbc.sql("UPDATE person_facts SET low_income_status = NULL, low_income_since = NULL WHERE id_number = :id")
                .param("id", lost.idNumber()).update(); // no event: the automatic path never saw it
        jdbc.sql("""
                        UPDATE entitlement_amount SET monthly_amount_fen = 12345
                        WHERE entitlement_id IN (SELECT id FROM entitlement WHERE person_id = :p AND allowance = 'NURSING')""")
                .param("p", raised.personId()).update();

        ReviewRun run = reviews.review("test");

        assertThat(run.status()).isEqualTo("COMPLETED");
        assertThat(run.counts().get(ReviewOutcome.WOULD_END)).isPositive();
        assertThat(run.counts().get(ReviewOutcome.AMOUNT_CHANGED)).isPositive();
        assertThat(run.counts().get(ReviewOutcome.UNCHANGED)).isGreaterThanOrEqualTo(3); // same's two, lost's nursing
        List<Map<String, Object>> findings = get(REVIEWS + "/" + run.id() + "/findings?limit=1000", province)
                .body(new ParameterizedTypeReference<>() { });
        assertThat(findings).filteredOn(f -> lost.personId().toString().equals(f.get("personId")))
                .singleElement().satisfies(f -> {
                    assertThat(f.get("allowance")).isEqualTo("LIVING");
                    assertThat(f.get("outcome")).isEqualTo("WOULD_END");
                    assertThat(f.get("ruleIds")).isEqualTo(List.of("LIVING.LOW_INCOME"));
                });
        assertThat(findings).filteredOn(f -> raised.personId().toString().equals(f.get("personId")))
                .singleElement().satisfies(f -> {
                    assertThat(f.get("outcome")).isEqualTo("AMOUNT_CHANGED");
                    assertThat(f.get("currentAmountFen")).isEqualTo(12345);
                    assertThat(f.get("ruleAmountFen")).isEqualTo(49600);
                });
        assertThat(findings).noneMatch(f -> same.personId().toString().equals(f.get("personId")));
        assertThat(findings.toString()).doesNotContain(lost.idNumber()).doesNotContain(raised.idNumber());

        // applied by nobody silently: the entitlement pays on, a caseworker of the county has the case
        assertThat(entitlement(lost.personId(), "LIVING").get("status")).isIn("GRANTED", "ACTIVE");
        assertThat(jdbc.sql("""
                        SELECT detail FROM exception_case WHERE person_id = :p AND kind = 'REVIEW_DIFFERENCE'
                          AND allowance = 'LIVING' AND resolved_at IS NULL""")
                .param("p", lost.personId()).query(String.class).single())
                .isEqualTo("yearly review " + run.id() + ": WOULD_END (LIVING.LOW_INCOME)");
        assertThat(get(REVIEWS + "/" + run.id(), province).body(Map.class).get("counts")).isEqualTo(Map.of(
                "UNCHANGED", run.counts().get(ReviewOutcome.UNCHANGED).intValue(),
                "AMOUNT_CHANGED", run.counts().get(ReviewOutcome.AMOUNT_CHANGED).intValue(),
                "WOULD_END", run.counts().get(ReviewOutcome.WOULD_END).intValue(),
                "MISSING_FACTS", run.counts().get(ReviewOutcome.MISSING_FACTS).intValue()));
    }

    @Test
    void aProvinceOperatorStartsItAndOthersMayNot() {
        assertThat(post(REVIEWS, tokens.staff("zhang", "330102", "caseworker").bearer(), Map.of()).toBodilessEntity()
                .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(post(REVIEWS, tokens.staff("operator.xihu", "330106", "operator").bearer(), Map.of())
                .toBodilessEntity().getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);

        var started = post(REVIEWS, province, Map.of()).toEntity(Map.class);
        assertThat(started.getStatusCode()).isEqualTo(HttpStatus.ACCEPTED);
        Object id = started.getBody().get("id");
        await().atMost(WITHIN).until(() -> "COMPLETED".equals(get(REVIEWS + "/" + id, province).body(Map.class)
                .get("status")));
        assertThat(get(REVIEWS, province).body(List.class)).isNotEmpty();
    }
}
