package io.zhucan.profile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.zhucan.platform.events.certification.ApplicationChannel;
import io.zhucan.platform.events.certification.CertificateApplied;
import io.zhucan.platform.events.employment.SeekerPlaced;
import io.zhucan.platform.events.employment.WorkForm;
import io.zhucan.platform.events.vocabulary.Allowance;
import io.zhucan.platform.events.vocabulary.Sex;
import io.zhucan.platform.testing.TestApi.Response;
import io.zhucan.profile.support.ProfileIT;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The indicators on a seeded data set of 丽水市 (3311, used by no other test), against values computed by
 * hand: 莲都区 331102 six eligible for the living allowance, five granted, all six applied ten days
 * before their certificate, two placed; 青田县 331121 five eligible, five granted; 缙云县 331122 two
 * eligible, two granted (a small cell, so 青田县 is suppressed with it).
 */
class IndicatorsIT extends ProfileIT {

    private static final String LIANDU = "331102";
    private static final String QINGTIAN = "331121";
    private static final String JINYUN = "331122";
    private static final String LISHUI = "331100";

    @Test
    void indicatorsOfACityAndItsCountiesEqualTheHandComputedValuesWithSmallCellsSuppressed() {
        List<UUID> persons = new ArrayList<>();
        persons.addAll(seed(LIANDU, 6, 5, 2, true));
        persons.addAll(seed(QINGTIAN, 5, 5, 0, false));
        persons.addAll(seed(JINYUN, 2, 2, 0, false));
        await().atMost(WITHIN).until(() -> persons.stream().mapToLong(this::entries).sum() == 25 + 15 + 6);
        String analyst = staff("analyst", "330000", "analyst");
        jdbc.sql("DELETE FROM indicator_month WHERE generation = :g").param("g", activeGeneration()).update();
        String computed = provinceAndLishui(analyst, thisMonth()); // no month materialised: from the person files
        refreshIndicators();
        assertThat(provinceAndLishui(analyst, thisMonth())).as("the materialised counts equal those computed")
                .isEqualTo(computed);

        Response city = api.as(analyst).get("/api/profile/indicators?region={r}&month={m}", LISHUI, thisMonth());
        assertThat(city.status()).isEqualTo(200);
        JsonNode living = indicator(city.body(), "living-allowance-coverage");
        assertThat(living.path("definition").path("denominator").asString()).contains("ELIGIBLE");
        assertCell(living.path("drilldown").path("region"), LISHUI, 12, 13, "92.3");
        assertThat(living.path("drilldown").path("region").path("target").path("region").asString())
                .as("丽水 has no target of its own: the province's").isEqualTo("330000");
        assertThat(living.path("drilldown").path("region").path("meetsTarget").asBoolean()).isFalse();
        JsonNode counties = living.path("drilldown").path("children");
        assertThat(counties.size()).isEqualTo(3);
        assertCell(counties.path(0), LIANDU, 5, 6, "83.3");
        assertSuppressed(counties.path(1), QINGTIAN);
        assertSuppressed(counties.path(2), JINYUN);

        JsonNode employment = indicator(city.body(), "employment-rate");
        assertCell(employment.path("drilldown").path("region"), LISHUI, 2, 13, "15.4");
        assertCell(employment.path("drilldown").path("children").path(0), LIANDU, 2, 6, "33.3");
        assertSuppressed(employment.path("drilldown").path("children").path(1), QINGTIAN);
        assertSuppressed(employment.path("drilldown").path("children").path(2), JINYUN);

        JsonNode days = indicator(city.body(), "days-application-to-certificate");
        assertCell(days.path("drilldown").path("region"), LISHUI, 60, 6, "10.0");
        assertThat(indicator(city.body(), "granted-without-application").path("drilldown").path("region")
                .path("value").asString()).isEqualTo("100.0");

        Response province = api.as(analyst).get("/api/profile/indicators?region=330000&month={m}", thisMonth());
        JsonNode provinceLiving = indicator(province.body(), "living-allowance-coverage").path("drilldown");
        JsonNode lishui = find(provinceLiving.path("children"), LISHUI);
        if (!lishui.path("suppressed").asBoolean()) { // other tests' small cities may suppress it as a complement
            assertCell(lishui, LISHUI, 12, 13, "92.3");
        }
        long published = 0;
        for (JsonNode cityCell : provinceLiving.path("children")) {
            published += cityCell.path("denominator").asLong(0);
        }
        long hidden = provinceLiving.path("region").path("denominator").asLong() - published;
        assertThat(hidden).as("the suppressed cities cannot be recovered as a small group by subtraction")
                .matches(h -> h == 0 || h >= 5);
        assertThat(city.text()).doesNotContain(persons.getFirst().toString());

        Response trend = api.as(analyst).get("/api/profile/indicators/employment-rate/months?region={r}&from={f}&to={t}",
                LISHUI, thisMonth().minusMonths(1), thisMonth());
        assertThat(trend.body().size()).isEqualTo(2);
        assertThat(trend.body().path(0).path("region").path("suppressed").asBoolean()).as("no holder last month")
                .isTrue();
        assertThat(trend.body().path(1).path("region").path("value").asString()).isEqualTo("15.4");
    }

    @Test
    void theCockpitReadsTheMaterialisedCountsUntilTheirNextRefresh() {
        String dinghai = "330902"; // 舟山市定海区, used by no other test
        String analyst = staff("analyst", "330000", "analyst");
        List<UUID> first = seed(dinghai, 5, 5, 0, false);
        await().atMost(WITHIN).until(() -> first.stream().mapToLong(this::entries).sum() == 15);
        refreshIndicators();
        List<UUID> later = seed(dinghai, 1, 0, 0, false);
        await().atMost(WITHIN).until(() -> later.stream().mapToLong(this::entries).sum() == 2);

        assertCell(living(analyst, dinghai, thisMonth()), dinghai, 5, 5, "100.0");
        assertThat(living(analyst, dinghai, thisMonth().minusMonths(6)).path("suppressed").asBoolean())
                .as("a month not materialised is computed: no holder then").isTrue();
        indicatorRefresh.refreshActive(); // the scheduled job: once per cluster, under its ShedLock
        assertCell(living(analyst, dinghai, thisMonth()), dinghai, 5, 6, "83.3");
        assertThat(jdbc.sql("SELECT count(*) FROM shedlock WHERE name = 'profile-indicator-refresh'").query(Long.class)
                .single()).as("the job took its cluster-wide lock").isEqualTo(1);

        java.time.YearMonth left = thisMonth().minusMonths(2); // ProfileIT keeps two months materialised
        jdbc.sql("INSERT INTO indicator_month VALUES (:g, :m, now())").param("g", activeGeneration())
                .param("m", left.atDay(1)).update();
        jdbc.sql("INSERT INTO indicator_count VALUES (:g, :m, 'living-allowance-coverage', :c, 7, 7)")
                .param("g", activeGeneration()).param("m", left.atDay(1)).param("c", dinghai).update();
        assertCell(living(analyst, dinghai, left), dinghai, 7, 7, "100.0");
        refreshIndicators();
        assertThat(living(analyst, dinghai, left).path("suppressed").asBoolean())
                .as("a month that left the window is computed again, not served stale").isTrue();
    }

    @Test
    void staffSeeTheIndicatorsOfTheirRegionOnlyAndCitizensNone() {
        String liandu = staff("cw-liandu", LIANDU, "caseworker");
        assertThat(api.as(liandu).get("/api/profile/indicators?region={r}&month={m}", LIANDU, thisMonth()).status())
                .isEqualTo(200);
        assertThat(api.as(liandu).get("/api/profile/indicators?region={r}&month={m}", LISHUI, thisMonth()).status())
                .as("a county's staff do not see the city").isEqualTo(403);
        assertThat(api.as(citizen(UUID.randomUUID())).get("/api/profile/indicators?region={r}&month={m}", LIANDU,
                thisMonth()).status()).isEqualTo(403);
        assertThat(api.as(staff("ops", "330000", "operator")).get("/api/profile/indicators?region=330000&month={m}",
                thisMonth()).status()).isEqualTo(403);
        Response malformed = api.as(liandu).get("/api/profile/indicators?region=3311&month={m}", thisMonth());
        assertThat(malformed.status()).isEqualTo(400);
        assertThat(malformed.headers().getContentType().toString()).contains("problem+json");
        assertThat(api.as(liandu).get("/api/profile/indicators?region={r}&month=2026-13", LIANDU).status())
                .isEqualTo(400);
        assertThat(api.as(liandu).get("/api/profile/indicators/no-such/months?region={r}&from={m}&to={n}", LIANDU, thisMonth(),
                thisMonth()).status()).isEqualTo(404);
    }

    /** {@code n} certified men of labour age, all eligible for the living allowance, the first {@code granted} granted. */
    private List<UUID> seed(String county, int n, int granted, int placed, boolean applied) {
        List<UUID> persons = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            UUID person = UUID.randomUUID();
            LocalDate born = LocalDate.of(1980, 5, 5);
            if (applied) {
                send(new CertificateApplied(UUID.randomUUID(), Instant.now().minus(10, ChronoUnit.DAYS), person,
                        UUID.randomUUID(), county, county, ApplicationChannel.ASSISTED, false, born, Sex.MALE));
            }
            send(issued(Instant.now(), person, idNumber(county, born), county, today(), today().plusYears(10), born,
                    Sex.MALE));
            UUID decision = UUID.randomUUID();
            send(eligible(person, decision, Allowance.LIVING, county, Instant.now()));
            if (i < granted) {
                send(granted(person, UUID.randomUUID(), Allowance.LIVING, county, decision, Instant.now()));
            }
            if (i < placed) {
                send(new SeekerPlaced(UUID.randomUUID(), Instant.now(), person, UUID.randomUUID(), UUID.randomUUID(),
                        UUID.randomUUID(), UUID.randomUUID(), county, WorkForm.FULL_TIME, today(), 300_000));
            }
            persons.add(person);
        }
        return persons;
    }

    private String provinceAndLishui(String analyst, java.time.YearMonth month) {
        return api.as(analyst).get("/api/profile/indicators?region=330000&month={m}", month).text()
                + api.as(analyst).get("/api/profile/indicators?region={r}&month={m}", LISHUI, month).text();
    }

    private JsonNode living(String analyst, String county, java.time.YearMonth month) {
        return indicator(api.as(analyst).get("/api/profile/indicators?region={r}&month={m}", county, month).body(),
                "living-allowance-coverage").path("drilldown").path("region");
    }

    private static JsonNode indicator(JsonNode report, String id) {
        for (JsonNode r : report) {
            if (r.path("definition").path("id").asString().equals(id)) {
                return r;
            }
        }
        throw new AssertionError("no indicator " + id);
    }

    private static JsonNode find(JsonNode cells, String region) {
        for (JsonNode c : cells) {
            if (c.path("region").asString().equals(region)) {
                return c;
            }
        }
        throw new AssertionError("no cell " + region);
    }

    private static void assertCell(JsonNode cell, String region, long numerator, long denominator, String value) {
        assertThat(cell.path("region").asString()).isEqualTo(region);
        assertThat(cell.path("suppressed").asBoolean()).as(region + " published").isFalse();
        assertThat(cell.path("numerator").asLong()).as(region + " numerator").isEqualTo(numerator);
        assertThat(cell.path("denominator").asLong()).as(region + " denominator").isEqualTo(denominator);
        assertThat(cell.path("value").asString()).as(region + " value").isEqualTo(value);
    }

    private static void assertSuppressed(JsonNode cell, String region) {
        assertThat(cell.path("region").asString()).isEqualTo(region);
        assertThat(cell.path("suppressed").asBoolean()).as(region + " suppressed").isTrue();
        assertThat(cell.path("numerator").isNull() || cell.path("numerator").isMissingNode()).isTrue();
        assertThat(cell.path("value").isNull() || cell.path("value").isMissingNode()).isTrue();
    }
}
