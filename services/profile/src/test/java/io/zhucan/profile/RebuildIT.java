package io.zhucan.profile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.zhucan.platform.events.certification.CertificateIssued;
import io.zhucan.platform.events.employment.SeekerPlaced;
import io.zhucan.platform.events.employment.WorkForm;
import io.zhucan.platform.events.rehabilitation.DeviceFitted;
import io.zhucan.platform.events.rehabilitation.NeedOpened;
import io.zhucan.platform.events.rehabilitation.NeedTrigger;
import io.zhucan.platform.events.subsidy.EntitlementSuspended;
import io.zhucan.platform.events.vocabulary.Allowance;
import io.zhucan.platform.events.vocabulary.DisabilityCategory;
import io.zhucan.platform.events.vocabulary.DisabilityGrade;
import io.zhucan.platform.testing.TestApi.Response;
import io.zhucan.profile.support.ProfileIT;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The operator's rebuild: a replay from offset zero gives the same model as the live consumers kept. */
class RebuildIT extends ProfileIT {

    private static final String COUNTY = "330106";

    /** Each model table with every column but the generation: all must be equal. */
    private static final Map<String, String> TABLES = Map.of(
            "person_file", "person_id, id_hash, county, birth_date, sex, category, grade, certificate, applied_on,"
                    + " issued_on, valid_until, died_on",
            "timeline_entry", "event_id, person_id, id_hash, occurred_at, type, summary, reason, rules",
            "eligibility", "person_id, allowance, outcome, eligible_on",
            "entitlement", "entitlement_id, person_id, allowance, county, status, granted_on, without_application,"
                    + " status_since",
            "rehab_need", "need_id, person_id, county, opened_on, planned, served_on, closed_on, outcome",
            "rehab_outcome", "person_id, kind, first_on",
            "placement", "person_id, first_on",
            "indicator_count", "month, indicator, county, numerator, denominator");

    @Test
    void aRebuildReplaysEveryTopicIntoANewGenerationEqualToTheIncrementalOneAndSwitchesOver() {
        UUID person = certified(COUNTY);
        UUID entitlement = UUID.randomUUID();
        UUID decision = UUID.randomUUID();
        Instant now = Instant.now();
        send(eligible(person, Allowance.LIVING, COUNTY, now));
        send(granted(person, entitlement, Allowance.LIVING, COUNTY, decision, now));
        send(new EntitlementSuspended(UUID.randomUUID(), now, person, entitlement, Allowance.LIVING, COUNTY,
                "certificate-expired", YearMonth.now()));
        send(new NeedOpened(UUID.randomUUID(), now, person, UUID.randomUUID(), UUID.randomUUID(), COUNTY,
                DisabilityCategory.PHYSICAL, DisabilityGrade.GRADE_2, NeedTrigger.CERTIFICATE_ISSUED));
        send(new DeviceFitted(UUID.randomUUID(), now, person, UUID.randomUUID(), COUNTY, "CRUTCHES", true, 20_000, 0,
                today()));
        send(new SeekerPlaced(UUID.randomUUID(), now, person, UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(),
                UUID.randomUUID(), COUNTY, WorkForm.AUXILIARY, today(), 200_000));
        await().atMost(WITHIN).until(() -> entries(person) == 7);
        int before = activeGeneration();
        refreshIndicators();

        assertThat(api.as(staff("cw", COUNTY, "caseworker")).post("/api/profile/operations/rebuilds", null).status())
                .isEqualTo(403);
        String operator = staff("ops", "330000", "operator");
        Response started = api.as(operator).post("/api/profile/operations/rebuilds", null);
        assertThat(started.status()).isEqualTo(202);
        int generation = started.body().path("generation").asInt();
        assertThat(generation).isEqualTo(before + 1);

        await().atMost(WITHIN).until(() -> {
            Response status = api.as(operator).get("/api/profile/operations/rebuilds/{g}", generation);
            return status.field("/status").equals("ACTIVE") && !status.body().path("replaying").asBoolean();
        });
        Response done = api.as(operator).get("/api/profile/operations/rebuilds/{g}", generation);
        assertThat(done.body().path("percent").asDouble()).isEqualTo(100.0);
        assertThat(api.as(operator).get("/api/profile/operations/rebuilds/current").status()).isEqualTo(404);
        assertThat(activeGeneration()).isEqualTo(generation);
        assertThat(count("indicator_month", generation)).as("a rebuilt generation's counts are materialised before"
                + " the switch").isEqualTo(2);
        TABLES.forEach((table, columns) -> {
            assertThat(count(table, before)).as(table + " is not empty").isPositive();
            assertThat(differences(table, columns, before, generation)).as(table + " rebuilt equals incremental")
                    .isEmpty();
        });

        UUID later = certified(COUNTY);
        await().atMost(WITHIN).until(() -> entries(later) == 1);
        assertThat(jdbc.sql("SELECT generation FROM person_file WHERE person_id = :p").param("p", later)
                .query(Integer.class).list()).as("the live consumers keep the new generation").containsExactly(generation);
        assertThat(api.as(staff("cw", COUNTY, "caseworker")).get("/api/profile/persons/{id}/timeline", person)
                .body().path("timeline").size()).isEqualTo(7);

        int next = api.as(operator).post("/api/profile/operations/rebuilds", null).body().path("generation").asInt();
        Response second = api.as(operator).post("/api/profile/operations/rebuilds", null);
        assertThat(second.status()).as("one rebuild at a time").isEqualTo(409);
        assertThat(second.headers().getContentType().toString()).contains("problem+json");
        await().atMost(WITHIN).until(() -> "ACTIVE".equals(
                api.as(operator).get("/api/profile/operations/rebuilds/{g}", next).field("/status")));
        assertThat(count("timeline_entry", before)).as("the generation before the previous one is deleted").isZero();
        assertThat(count("timeline_entry", generation)).as("the previous one is kept for comparison").isPositive();
    }

    @Test
    void aRecordTheReplayCannotReadIsParkedWhileTheRestOfItsPollIsApplied() throws Exception {
        String county = "330109";
        UUID person = certified(county);
        String topic = CertificateIssued.TYPE.topic();
        long poison = kafka.send(topic, "poison-" + UUID.randomUUID(), "not a CloudEvent".getBytes(StandardCharsets.UTF_8))
                .get().getRecordMetadata().offset();
        send(eligible(person, Allowance.LIVING, county, Instant.now()));
        await().atMost(WITHIN).until(() -> entries(person) == 2);

        String operator = staff("ops", "330000", "operator");
        int generation = api.as(operator).post("/api/profile/operations/rebuilds", null).body().path("generation").asInt();
        await().atMost(WITHIN).until(() -> {
            Response status = api.as(operator).get("/api/profile/operations/rebuilds/{g}", generation);
            return status.field("/status").equals("ACTIVE") && !status.body().path("replaying").asBoolean();
        });

        assertThat(activeGeneration()).isEqualTo(generation);
        assertThat(entries(person)).as("the person's records of the same polls are all applied").isEqualTo(2);
        assertThat(jdbc.sql("""
                        SELECT reason FROM dead_letter WHERE original_topic = :t AND original_offset = :o AND status = 'PARKED'""")
                .param("t", topic).param("o", poison).query(String.class).list())
                .singleElement().asString().contains("not a CloudEvent");
    }

    private long count(String table, int generation) {
        return jdbc.sql("SELECT count(*) FROM " + table + " WHERE generation = :g").param("g", generation)
                .query(Long.class).single();
    }

    /** Rows of either generation the other lacks. */
    private List<Map<String, Object>> differences(String table, String columns, int a, int b) {
        String sql = "(SELECT %1$s FROM %2$s WHERE generation = :a EXCEPT SELECT %1$s FROM %2$s WHERE generation = :b)"
                + " UNION ALL (SELECT %1$s FROM %2$s WHERE generation = :b EXCEPT SELECT %1$s FROM %2$s WHERE generation = :a)";
        return jdbc.sql(sql.formatted(columns, table)).param("a", a).param("b", b).query().listOfRows();
    }
}
