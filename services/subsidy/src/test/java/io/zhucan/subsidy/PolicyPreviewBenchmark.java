package io.zhucan.subsidy;

import static org.assertj.core.api.Assertions.assertThat;

import io.zhucan.platform.domain.region.Division;
import io.zhucan.platform.domain.region.Divisions;
import io.zhucan.platform.events.vocabulary.Allowance;
import io.zhucan.platform.events.vocabulary.DisabilityGrade;
import io.zhucan.platform.security.CurrentUser;
import io.zhucan.platform.testing.BenchmarkReport;
import io.zhucan.subsidy.approval.Approval;
import io.zhucan.subsidy.policy.Impact.RegionImpact;
import io.zhucan.subsidy.policy.ImpactPreview;
import io.zhucan.subsidy.policy.Policy.RuleSetting;
import io.zhucan.subsidy.policy.PolicyChange;
import io.zhucan.subsidy.policy.PolicyChange.AmountChange;
import io.zhucan.subsidy.policy.PolicyChange.RuleChange;
import io.zhucan.subsidy.policy.RuleId;
import io.zhucan.subsidy.policy.application.PolicyService;
import io.zhucan.subsidy.policy.application.PreviewService;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The policy impact preview at province scale (1.2 M certificate holders in every county but the
 * three with their own amounts or 低保 standards, both allowances): the dry run of a proposal that
 * extends nursing to grade 3 intellectual and mental, raises nursing grade 2 and narrows Hangzhou's
 * living allowance to 低保, beside its raw floor in the same run (a plain scan of the same rows: the
 * holders' facts and their entitlements with the latest amount). Its figures are checked against
 * counts of the seeded rows. Runs only with {@code -Pbench}; writes target/bench/policy-preview.json.
 */
class PolicyPreviewBenchmark extends SubsidyITSupport {

    static final int PERSONS = Integer.getInteger("bench.preview.persons", 1_200_000);

    @Autowired PolicyService policy;
    @Autowired PreviewService previews;
    @Autowired DataSource dataSource;

    @Test
    void previewOfAProvinceWideProposal() throws Exception {
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("persons", PERSONS);
        long before = jdbc.sql("SELECT count(*) FROM person_facts WHERE person_id IS NOT NULL").query(Long.class).single();
        long t = System.nanoTime();
        seed();
        result.put("seedSeconds", seconds(t));
        long holders = jdbc.sql("SELECT count(*) FROM person_facts WHERE person_id IS NOT NULL").query(Long.class).single();

        t = System.nanoTime();
        long scanned = scan("SELECT * FROM person_facts WHERE person_id IS NOT NULL ORDER BY person_id")
                + scan("""
                        SELECT e.*, (SELECT a.monthly_amount_fen FROM entitlement_amount a WHERE a.entitlement_id = e.id
                                     ORDER BY a.from_month DESC LIMIT 1) AS latest_amount
                        FROM entitlement e ORDER BY e.person_id""");
        double floorSeconds = seconds(t);
        result.put("floorRowsScanned", scanned);
        result.put("floorSeconds", floorSeconds);

        CurrentUser maker = new CurrentUser("bench.operator", Set.of("operator"), "330000", null, null);
        CurrentUser checker = new CurrentUser("bench.checker", Set.of("operator"), "330000", null, null);
        Approval proposal = policy.propose(new PolicyChange(nextMonth().atDay(1), "benchmark: province-wide proposal",
                Map.of(RuleId.NURSING_SEVERE_GRADE.id(),
                        new RuleSetting(true, "*:GRADE_1,*:GRADE_2,INTELLECTUAL:GRADE_3,MENTAL:GRADE_3")),
                List.of(new AmountChange(Allowance.NURSING, "330000", DisabilityGrade.GRADE_3, 15000L),
                        new AmountChange(Allowance.NURSING, "330000", DisabilityGrade.GRADE_2, 31000L)),
                List.of(new RuleChange("330100", RuleId.LIVING_LOW_INCOME.id(), new RuleSetting(true, "DIBAO")))), maker);
        t = System.nanoTime();
        ImpactPreview preview = previews.run(proposal.id(), checker);
        double previewSeconds = seconds(t);
        result.put("previewSeconds", previewSeconds);
        result.put("previewPersonsPerSecond", Math.round(holders / previewSeconds));
        result.put("previewOverFloor", Math.round(previewSeconds / floorSeconds * 100) / 100.0);

        RegionImpact total = preview.impact().total();
        long gained = count("f.category IN ('INTELLECTUAL', 'MENTAL') AND f.grade = 'GRADE_3'");
        long changed = count("f.grade = 'GRADE_2'");
        long lost = count("f.low_income_status = 'DIBAO_EDGE' AND f.county LIKE '3301%'");
        long lostFen = jdbc.sql("""
                        SELECT coalesce(sum(CASE WHEN grade IN ('GRADE_1', 'GRADE_2') THEN 40000 ELSE 30000 END), 0)
                        FROM person_facts WHERE low_income_status = 'DIBAO_EDGE' AND county LIKE '3301%'""")
                .query(Long.class).single();
        assertThat(preview.impact().persons()).isEqualTo(holders);
        if (before == 0) { // alone in the database (./bench also runs SubsidyBenchmark, whose holders count too)
            assertThat(total).isEqualTo(new RegionImpact("330000", gained, lost, changed,
                    gained * 15000 + changed * 1000 - lostFen));
            assertThat(preview.impact().cities()).hasSize(11);
        }
        result.put("otherHoldersInTheDatabase", before);
        result.put("previewGained", gained);
        result.put("previewLost", lost);
        result.put("previewChanged", changed);
        result.put("previewCounties", preview.impact().counties().size());
        result.put("previewMonthlyCostChangeFen", total.costChangeFen());
        BenchmarkReport.write("policy-preview", result);
    }

    private long count(String where) {
        return jdbc.sql("SELECT count(*) FROM person_facts f WHERE f.person_id IS NOT NULL AND " + where)
                .query(Long.class).single();
    }

    /**
     * 1.2 M holders, set-based: valid ID numbers (area 330482, born 1970–76, so apart from other
     * benchmarks' persons), categories and grades in turn, one in ten 低保 and one in ten 低保边缘, the
     * nursing allowance for grades 1–2 and the living allowance for low-income households at the
     * province's amounts, as the service would have granted them.
     */
    private void seed() {
        List<String> counties = Divisions.zhejiang().at(Division.Level.COUNTY).stream().map(Division::code)
                .filter(c -> !Set.of("330102", "330106", "330482").contains(c)).toList();
        jdbc.sql("""
                        INSERT INTO person_facts (id_number, person_id, certificate_id, certificate_number, category, grade,
                            grade_since, county, certificate_status, certificate_status_since, issued_on, valid_until,
                            low_income_status, low_income_since, care_benefits, updated_at)
                        SELECT id, gen_random_uuid(), gen_random_uuid(), id || (n % 7 + 1) || (n % 4 + 1),
                               (ARRAY['VISUAL','HEARING','SPEECH','PHYSICAL','INTELLECTUAL','MENTAL','MULTIPLE'])[n % 7 + 1],
                               'GRADE_' || (n % 4 + 1), DATE '2020-01-01',
                               (CAST(:counties AS text[]))[1 + (n / 4) % cardinality(CAST(:counties AS text[]))],
                               'VALID', DATE '2020-01-01', DATE '2020-01-01', DATE '2035-01-01',
                               CASE n % 10 WHEN 0 THEN 'DIBAO' WHEN 1 THEN 'DIBAO_EDGE' END,
                               CASE WHEN n % 10 < 2 THEN DATE '2020-01-01' END, '{}', now()
                        FROM """ + BenchmarkHolders.idNumbers("330482", "1970-01-01") + " s")
                .param("counties", counties.toArray(String[]::new)).param("n", PERSONS).update();
        jdbc.sql("""
                        INSERT INTO entitlement (id, person_id, id_number, allowance, county, status, start_month,
                            manual_override, granted_at, updated_at)
                        SELECT gen_random_uuid(), person_id, id_number, a.allowance, county, 'ACTIVE', DATE '2020-02-01',
                               false, now(), now()
                        FROM person_facts f CROSS JOIN (VALUES ('NURSING'), ('LIVING')) AS a(allowance)
                        WHERE f.id_number LIKE '33048219%' AND (a.allowance = 'NURSING' AND f.grade IN ('GRADE_1', 'GRADE_2')
                              OR a.allowance = 'LIVING' AND f.low_income_status IS NOT NULL)""").update();
        jdbc.sql("""
                        INSERT INTO entitlement_amount (entitlement_id, from_month, monthly_amount_fen, policy_version, reason)
                        SELECT e.id, e.start_month, CASE WHEN e.allowance = 'LIVING'
                                   THEN CASE WHEN f.grade IN ('GRADE_1', 'GRADE_2') THEN 40000 ELSE 30000 END
                                   ELSE CASE WHEN f.grade = 'GRADE_1' THEN 40000 ELSE 30000 END END, 1, 'bench'
                        FROM entitlement e JOIN person_facts f ON f.person_id = e.person_id
                        WHERE f.id_number LIKE '33048219%'""").update();
        jdbc.sql("ANALYZE").update();
    }

    /** Reads every column of every row of a query, streamed (fetch size as the preview's chunk): the floor. */
    private long scan(String sql) throws Exception {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            long rows = 0;
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                statement.setFetchSize(10_000);
                try (ResultSet rs = statement.executeQuery()) {
                    int columns = rs.getMetaData().getColumnCount();
                    while (rs.next()) {
                        for (int c = 1; c <= columns; c++) {
                            rs.getObject(c);
                        }
                        rows++;
                    }
                }
            }
            connection.commit();
            return rows;
        }
    }

    private static double seconds(long since) {
        return Math.round((System.nanoTime() - since) / 1e7) / 100.0;
    }
}
