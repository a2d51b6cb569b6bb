package io.zhucan.subsidy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.zhucan.platform.events.vocabulary.DisabilityCategory;
import io.zhucan.platform.events.vocabulary.DisabilityGrade;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;

/** The impact preview over the real tables, and the approval that needs the approver to have opened it. */
class PolicyPreviewIT extends SubsidyITSupport {

    private final String maker = tokens.staff("zhou.operator", "330000", "operator").bearer();
    private final String checker = tokens.staff("wu.operator", "330000", "operator").bearer();

    @Test
    void theCheckerApprovesTheLatestPreviewTheyOpenedAndItIsKeptWithTheApproval() {
        Person kecheng = person("330802", DisabilityCategory.PHYSICAL, DisabilityGrade.GRADE_2);
        send(kecheng.issued());
        await().atMost(WITHIN).until(() -> hasEntitlement(kecheng.personId(), "NURSING", "GRANTED"));
        long kechengGrade2 = jdbc.sql("""
                        SELECT count(*) FROM entitlement e JOIN person_facts f ON f.person_id = e.person_id
                        WHERE e.allowance = 'NURSING' AND e.status IN ('GRANTED', 'ACTIVE') AND f.county = '330802'
                          AND f.grade = 'GRADE_2'""").query(Long.class).single();
        long decisionsBefore = jdbc.sql("SELECT count(*) FROM decision").query(Long.class).single();

        var proposal = post("/api/subsidies/policy/proposals", maker, Map.of("effectiveFrom",
                nextMonth().atDay(1).toString(), "reason", "柯城区二级护理补贴 +10 元 (preview test)", "amounts",
                List.of(Map.of("allowance", "NURSING", "region", "330802", "grade", "GRADE_2", "monthlyAmountFen",
                        entitlementAmount(kecheng) + 1000)))).body(Map.class);
        String path = "/api/subsidies/policy/proposals/" + proposal.get("id") + "/preview";
        String approve = "/api/subsidies/approvals/" + proposal.get("id") + "/approve";

        // before any preview, and without naming one: refused with the rule
        assertThat(post(approve, checker, Map.of()).toEntity(String.class)).satisfies(r -> {
            assertThat(r.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_CONTENT);
            assertThat(r.getBody()).contains("\"rule\":\"policy-preview-required\"");
        });
        assertThat(get(path, checker).toBodilessEntity().getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);

        Map<?, ?> preview = post(path, maker, Map.of()).body(Map.class);
        assertThat(((Number) preview.get("persons")).longValue())
                .isEqualTo(jdbc.sql("SELECT count(*) FROM person_facts WHERE person_id IS NOT NULL").query(Long.class).single());
        Map<Object, Object> kechengFigures = ((List<?>) preview.get("counties")).stream().map(c -> (Map<Object, Object>) c)
                .filter(c -> "330802".equals(c.get("region"))).findFirst().orElseThrow();
        assertThat(kechengFigures).containsEntry("name", "柯城区").containsEntry("changed", (int) kechengGrade2)
                .containsEntry("gained", 0).containsEntry("lost", 0)
                .containsEntry("monthlyCostChangeFen", (int) kechengGrade2 * 1000);
        assertThat(((List<?>) preview.get("cities")).toString()).contains("330800");
        assertThat(((Map<?, ?>) preview.get("province")).get("changed")).isEqualTo((int) kechengGrade2);
        assertThat(preview.toString()).doesNotContain(kecheng.personId().toString()).doesNotContain(kecheng.idNumber());
        assertThat(jdbc.sql("SELECT count(*) FROM decision").query(Long.class).single()).isEqualTo(decisionsBefore);

        // the maker ran it, the checker has not opened it yet
        assertThat(post(approve, checker, Map.of("previewId", preview.get("previewId"))).toEntity(String.class))
                .satisfies(r -> assertThat(r.getBody()).contains("\"rule\":\"policy-preview-not-seen\""));
        Map<?, ?> opened = get(path, checker).body(Map.class);
        assertThat(opened.get("previewId")).isEqualTo(preview.get("previewId"));
        var approved = post(approve, checker, Map.of("previewId", preview.get("previewId"))).toEntity(Map.class);
        assertThat(approved.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(approved.getBody()).containsEntry("seen", preview.get("previewId"));
        assertThat(jdbc.sql("SELECT seen::text FROM approval WHERE id = :id").param("id", java.util.UUID.fromString(
                proposal.get("id").toString())).query(String.class).single()).isEqualTo(preview.get("previewId"));
    }

    @Test
    void anOlderPreviewIsRefusedAndOnlyOperatorsSeePreviews() {
        var proposal = post("/api/subsidies/policy/proposals", maker, Map.of("effectiveFrom",
                nextMonth().atDay(1).toString(), "reason", "上城区生活补贴 (preview test)", "amounts",
                List.of(Map.of("allowance", "LIVING", "region", "330102", "monthlyAmountFen", 37300)))).body(Map.class);
        String path = "/api/subsidies/policy/proposals/" + proposal.get("id") + "/preview";
        Object older = post(path, checker, Map.of()).body(Map.class).get("previewId");
        post(path, maker, Map.of()).body(Map.class); // a newer one
        assertThat(post("/api/subsidies/approvals/" + proposal.get("id") + "/approve", checker, Map.of("previewId", older))
                .toEntity(String.class).getBody()).contains("\"rule\":\"policy-preview-not-latest\"");

        String caseworker = tokens.staff("zheng.caseworker", "330000", "caseworker").bearer();
        assertThat(get(path, caseworker).toBodilessEntity().getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(post(path, caseworker, Map.of()).toBodilessEntity().getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        String jiaxing = tokens.staff("jx.operator", "330400", "operator").bearer();
        assertThat(get(path, jiaxing).toBodilessEntity().getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        post("/api/subsidies/approvals/" + proposal.get("id") + "/reject", checker, Map.of("reason", "test")).toBodilessEntity();
        assertThat(post(path, checker, Map.of()).toBodilessEntity().getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
    }

    private long entitlementAmount(Person p) {
        return ((Number) entitlement(p.personId(), "NURSING").get("amount")).longValue();
    }
}
