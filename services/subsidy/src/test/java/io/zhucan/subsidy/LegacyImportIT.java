package io.zhucan.subsidy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.zhucan.platform.events.certification.CertificateIssued;
import io.zhucan.platform.events.vocabulary.DisabilityCategory;
import io.zhucan.platform.events.vocabulary.DisabilityGrade;
import io.zhucan.subsidy.migration.LegacyExport;
import io.zhucan.subsidy.payment.application.PaymentRunService;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;

/**
 * Subsidy's side of the migration: the legacy export's paid-through months, row by row validated,
 * idempotent, resumable; imported certificates grant without a notification and pay no month the
 * legacy system paid.
 */
class LegacyImportIT extends SubsidyITSupport {

    static final String IMPORTS = "/api/subsidies/admin/migration/imports";

    @Autowired PaymentRunService runs;
    @TempDir Path dir;

    final String province = tokens.staff("sun.operator", "330000", "operator").bearer();

    @Test
    void everyKindOfBadRowIsReportedMaskedAndTheRestRecordedOnceEvenWhenSentAgain() throws Exception {
        Path file = dir.resolve("legacy.csv");
        String badCheck = LegacyExport.idNumber(1_000_500).substring(0, 17) + "Y";
        String good = LegacyExport.idNumber(1_000_501); // not among the 120 generated rows
        LegacyExport.write(file, 1_000_000, 120, thisMonth(), List.of(
                badCheck + ",李四,330102,330102001,,PHYSICAL,GRADE_1,2015-01-01,2025-01-01,2026-01,",
                good + ",\"张, 三\",330102,330102001,,PHYSICAL,GRADE_1,2015-01-01,2025-01-01,2026-13,",
                good + ",张三,330102,330102001",
                good + ",张三,330102,330102001,,PHYSICAL,GRADE_1,2015-01-01,2025-01-01,," + nextMonth().plusMonths(1),
                "\"" + good + "\",\"多行\n名字\",330102,330102001,,PHYSICAL,GRADE_1,2015-01-01,2025-01-01,2020-01,"));

        Map<?, ?> started = upload(file);
        Map<?, ?> done = awaitCompleted(started.get("id"));

        assertThat(done.get("rowsDone")).isEqualTo(125);
        assertThat(done.get("rejected")).isEqualTo(4); // the quoted multi-line name is a good row, 2020-01 earlier: see below
        String importId = (String) started.get("id");
        List<Map<String, Object>> rejected = get(IMPORTS + "/" + importId + "/rejections", province)
                .body(new org.springframework.core.ParameterizedTypeReference<>() { });
        assertThat(rejected).extracting(r -> r.get("row"), r -> r.get("reason")).containsExactly(
                org.assertj.core.api.Assertions.tuple(121, "id_number: not a valid resident ID number"),
                org.assertj.core.api.Assertions.tuple(122, "living_paid_through: not a month yyyy-MM"),
                org.assertj.core.api.Assertions.tuple(123, "columns: 4 instead of 11"),
                org.assertj.core.api.Assertions.tuple(124, "nursing_paid_through: after " + nextMonth()));
        assertThat(rejected).allSatisfy(r -> assertThat(r.toString()).doesNotContain(good.substring(6, 14))
                .doesNotContain(badCheck.substring(6, 14)));
        assertThat(paidThrough(good)).containsExactly(Map.entry("LIVING", LocalDate.of(2020, 1, 1)));
        long recorded = jdbc.sql("SELECT count(*) FROM paid_elsewhere WHERE source = :s")
                .param("s", "legacy " + ((String) done.get("fileSha256")).substring(0, 12)).query(Long.class).single();
        long months = Files.readAllLines(file).subList(1, 121).stream().map(l -> l.split(",", -1))
                .mapToLong(c -> (c[c.length - 2].isEmpty() ? 0 : 1) + (c[c.length - 1].isEmpty() ? 0 : 1)).sum();
        assertThat(recorded).isEqualTo(months + 1); // every month of the generated rows, and row 125's
        assertThat(jdbc.sql("SELECT count(*) FROM paid_elsewhere WHERE id_number = :id").param("id", LegacyExport.idNumber(1_000_050))
                .query(Long.class).single()).isPositive();

        Map<?, ?> again = upload(file); // the same file: the same import, completed, nothing changes
        assertThat(again.get("id")).isEqualTo(importId);
        assertThat(awaitCompleted(importId).get("rowsDone")).isEqualTo(125);
        assertThat(jdbc.sql("SELECT count(*) FROM paid_elsewhere WHERE source LIKE 'legacy %'").query(Long.class)
                .single()).isGreaterThanOrEqualTo(recorded);
    }

    @Test
    void aLaterMonthReplacesTheRecordedOneAndAnEarlierOneIsRefused() throws Exception {
        String id = LegacyExport.idNumber(2_000_000);
        Path first = dir.resolve("first.csv");
        LegacyExport.write(first, 2_000_000, 0, thisMonth(), List.of(line(id, "2026-03", "2026-03")));
        awaitCompleted(upload(first).get("id"));
        Path second = dir.resolve("second.csv");
        LegacyExport.write(second, 2_000_000, 0, thisMonth(), List.of(line(id, "2026-05", "2026-01")));

        Map<?, ?> done = awaitCompleted(upload(second).get("id"));

        assertThat(paidThrough(id)).containsOnly(Map.entry("LIVING", LocalDate.of(2026, 5, 1)),
                Map.entry("NURSING", LocalDate.of(2026, 3, 1)));
        assertThat(done.get("rejected")).isEqualTo(1);
        assertThat(done.get("accepted")).isEqualTo(0);
    }

    @Test
    void anImportKilledMidwayResumesAfterItsLastRecordedBatch() throws Exception {
        Path file = dir.resolve("resumed.csv");
        LegacyExport.write(file, 3_000_000, 10, thisMonth(), List.of());
        String sha = sha256(file);
        // as a kill leaves it: running, the first 4 rows recorded (here: not recorded, to see they are skipped)
        jdbc.sql("""
                        INSERT INTO legacy_import (id, file_sha256, file_name, status, rows_done, started_by, started_at,
                            updated_at) VALUES (:id, :sha, 'resumed.csv', 'RUNNING', 4, 'sun.operator', now(), now())""")
                .param("id", UUID.randomUUID()).param("sha", sha).update();

        Map<?, ?> done = awaitCompleted(upload(file).get("id"));

        assertThat(done.get("rowsDone")).isEqualTo(10);
        long[] recorded = new long[10];
        for (int n = 0; n < 10; n++) {
            recorded[n] = jdbc.sql("SELECT count(*) FROM paid_elsewhere WHERE id_number = :id")
                    .param("id", LegacyExport.idNumber(3_000_000 + n)).query(Long.class).single();
        }
        assertThat(java.util.Arrays.copyOfRange(recorded, 0, 4)).containsOnly(0L); // the rows before the kill
        assertThat(java.util.Arrays.stream(recorded, 4, 10).sum()).isPositive();
    }

    @Test
    void onlyAProvinceOperatorImportsAndAFileOfAnotherLayoutIsRefused() throws Exception {
        Path wrong = dir.resolve("wrong.csv");
        Files.writeString(wrong, "id_number,name\r\n330102199003070027,王\r\n");
        assertThat(send(wrong, tokens.staff("operator.xihu", "330106", "operator").bearer()).getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(send(wrong, tokens.staff("zhang", "330102", "caseworker").bearer()).getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
        var refused = send(wrong, province);
        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_CONTENT);
        assertThat(refused.getBody()).contains("legacy-export-header").doesNotContain("330102199003070027");
    }

    /** A certificate the person held in the legacy system: granted, not told, not paid again. */
    @Test
    void anImportedCertificateIsGrantedSilentlyAndPaysNoMonthTheLegacySystemPaid() throws Exception {
        Person p = person("330102", DisabilityCategory.PHYSICAL, DisabilityGrade.GRADE_1);
        Path file = dir.resolve("one.csv");
        LegacyExport.write(file, 0, 0, thisMonth(), List.of(line(p.idNumber(), thisMonth().toString(),
                thisMonth().minusMonths(1).toString())));
        awaitCompleted(upload(file).get("id"));
        send(new io.zhucan.platform.events.partner.LowIncomeStatusChanged("MZ-DB-" + UUID.randomUUID(),
                java.time.Instant.now(), p.idNumber(), io.zhucan.platform.events.vocabulary.LowIncomeStatus.DIBAO,
                today().minusYears(3)));
        awaitLowIncome(p.idNumber(), "DIBAO");
        CertificateIssued now = p.issued();
        LocalDate issued = today().minusYears(2);
        send(new CertificateIssued(now.eventId(), now.occurredAt(), now.personId(), now.certificateId(),
                now.applicationId(), now.certificateNumber(), now.category(), now.grade(), now.disabilities(),
                now.householdCounty(), now.birthDate(), now.sex(), issued, issued.plusYears(10), true));
        await().atMost(WITHIN).until(() -> entitlementsOf(p.personId()).size() == 2);

        runs.run(nextMonth(), "test");

        assertThat(jdbc.sql("SELECT count(*) FROM notification WHERE person_id = :p").param("p", p.personId())
                .query(Long.class).single()).isZero();
        // living paid by the legacy system through this month, nursing through last month: this month's nursing
        // is owed (under the version that governs it, even if another test's version starts next month)
        assertThat(paymentsOf(p.personId())).extracting(r -> r.get("allowance") + " " + r.get("month"))
                .containsExactlyInAnyOrder("LIVING " + nextMonth().atDay(1), "NURSING " + nextMonth().atDay(1),
                        "NURSING " + thisMonth().atDay(1));
    }

    private static String line(String id, String living, String nursing) {
        return id + ",王五,330102,330102001," + id + "41,PHYSICAL,GRADE_1,2015-01-01,2035-01-01," + living + "," + nursing;
    }

    private Map<String, LocalDate> paidThrough(String id) {
        var result = new java.util.TreeMap<String, LocalDate>();
        jdbc.sql("SELECT allowance, paid_through FROM paid_elsewhere WHERE id_number = :id").param("id", id)
                .query((rs, n) -> result.put(rs.getString(1), rs.getObject(2, LocalDate.class))).list();
        return result;
    }

    private org.springframework.http.ResponseEntity<String> send(Path file, String bearer) throws Exception {
        return http().post().uri(IMPORTS + "?fileName=" + file.getFileName()).header(HttpHeaders.AUTHORIZATION, bearer)
                .contentType(MediaType.parseMediaType("text/csv")).body(Files.readAllBytes(file)).retrieve()
                .toEntity(String.class);
    }

    private Map<?, ?> upload(Path file) throws Exception {
        var response = http().post().uri(IMPORTS + "?fileName=" + file.getFileName())
                .header(HttpHeaders.AUTHORIZATION, province).contentType(MediaType.parseMediaType("text/csv"))
                .body(Files.readAllBytes(file)).retrieve().toEntity(Map.class);
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.ACCEPTED);
        return response.getBody();
    }

    private Map<?, ?> awaitCompleted(Object id) {
        await().atMost(WITHIN).until(() -> "COMPLETED".equals(get(IMPORTS + "/" + id, province).body(Map.class)
                .get("status")));
        return get(IMPORTS + "/" + id, province).body(Map.class);
    }

    private static String sha256(Path file) throws Exception {
        return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                .digest(Files.readAllBytes(file)));
    }
}
