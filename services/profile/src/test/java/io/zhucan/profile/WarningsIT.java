package io.zhucan.profile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.zhucan.platform.events.rehabilitation.NeedOpened;
import io.zhucan.platform.events.rehabilitation.NeedTrigger;
import io.zhucan.platform.events.subsidy.EntitlementSuspended;
import io.zhucan.platform.events.vocabulary.Allowance;
import io.zhucan.platform.events.vocabulary.DisabilityCategory;
import io.zhucan.platform.events.vocabulary.DisabilityGrade;
import io.zhucan.platform.events.vocabulary.Sex;
import io.zhucan.platform.testing.TestApi.Response;
import io.zhucan.profile.support.ProfileIT;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Early warnings on their boundary days (policy: 60 days before expiry, more than 30 days suspended,
 * needs open more than 90 days), in 椒江区 331002, a county no other test uses.
 */
class WarningsIT extends ProfileIT {

    private static final String COUNTY = "331002";

    @Test
    void warningsFindThePersonsPastTheirThresholdAndNotThoseOnTheDayBefore() {
        UUID expiresIn60 = holder(today().plusDays(60), true);
        UUID expiresIn61 = holder(today().plusDays(61), true);
        UUID expiresWithoutAllowance = holder(today().plusDays(10), false);
        UUID suspended31 = suspended(31);
        UUID suspended30 = suspended(30);
        UUID needOpen91 = needOpened(91);
        UUID needOpen90 = needOpened(90);
        List<UUID> all = List.of(expiresIn60, expiresIn61, expiresWithoutAllowance, suspended31, suspended30, needOpen91,
                needOpen90);
        await().atMost(WITHIN).until(() -> all.stream().mapToLong(this::entries).sum() == 2 * 2 + 1 + 2 * 4 + 2 * 2);

        Response caseworker = api.as(staff("cw-jiaojiang", COUNTY, "caseworker")).get("/api/profile/warnings?region={r}",
                COUNTY);
        assertThat(caseworker.status()).isEqualTo(200);
        JsonNode persons = caseworker.body().path("persons");
        assertThat(of(persons, "certificate-expiring-with-active-allowance")).containsExactly(expiresIn60.toString());
        assertThat(of(persons, "entitlement-suspended-too-long")).containsExactly(suspended31.toString());
        assertThat(of(persons, "rehab-need-open-too-long")).containsExactly(needOpen91.toString());
        assertThat(of(persons, "low-income-status-unknown")).as("no civil-affairs fact for any of them").hasSize(7);
        assertThat(audits(expiresIn60, "READ")).as("each listed person audited").isEqualTo(1);

        Response analyst = api.as(staff("analyst", "330000", "analyst")).get("/api/profile/warnings?region={r}", COUNTY);
        assertThat(analyst.body().path("persons").size()).as("analysts see no persons").isZero();
        assertThat(analyst.body().path("personsPerKind").path("certificate-expiring-with-active-allowance").isNull())
                .as("one person: suppressed").isTrue();
        assertThat(analyst.body().path("personsPerKind").path("low-income-status-unknown").asLong()).isEqualTo(7);
        assertThat(analyst.text()).doesNotContain(expiresIn60.toString());

        assertThat(api.as(staff("cw-other", "330212", "caseworker")).get("/api/profile/warnings?region={r}", COUNTY)
                .status()).isEqualTo(403);
        assertThat(api.as(citizen(expiresIn60)).get("/api/profile/warnings?region={r}", COUNTY).status()).isEqualTo(403);
    }

    @Test
    void countiesBelowATargetAreListedWithTheirTrend() {
        List<UUID> persons = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            persons.add(holder(today().plusYears(5), false, "331003"));
        }
        await().atMost(WITHIN).until(() -> persons.stream().mapToLong(this::entries).sum() == 5);
        refreshIndicators();
        Response warnings = api.as(staff("analyst", "330000", "analyst")).get("/api/profile/warnings?region=331000");
        List<String> below = new ArrayList<>();
        warnings.body().path("countiesBelowTarget").forEach(c -> below.add(c.path("county").asString() + " "
                + c.path("indicator").asString() + " " + c.path("value").asString() + " " + c.path("trend").asString()));
        assertThat(below).as("黄岩区: five labour-age holders, none placed (target 60%)")
                .contains("331003 employment-rate 0.0 new");
    }

    private UUID holder(LocalDate validUntil, boolean activeAllowance) {
        return holder(validUntil, activeAllowance, COUNTY);
    }

    private UUID holder(LocalDate validUntil, boolean activeAllowance, String county) {
        UUID person = UUID.randomUUID();
        LocalDate born = LocalDate.of(1980, 5, 5);
        send(issued(Instant.now(), person, idNumber(county, born), county, today(), validUntil, born, Sex.MALE));
        if (activeAllowance) {
            send(granted(person, UUID.randomUUID(), Allowance.LIVING, county, UUID.randomUUID(), Instant.now()));
        }
        return person;
    }

    private UUID suspended(int daysAgo) {
        UUID person = holder(today().plusYears(5), false);
        UUID entitlement = UUID.randomUUID();
        Instant at = daysAgo(daysAgo);
        send(granted(person, entitlement, Allowance.NURSING, COUNTY, UUID.randomUUID(), at.minus(60, ChronoUnit.DAYS)));
        send(new EntitlementSuspended(UUID.randomUUID(), at, person, entitlement, Allowance.NURSING, COUNTY,
                "certificate-expired", YearMonth.from(today())));
        send(eligible(person, Allowance.NURSING, COUNTY, at.minus(61, ChronoUnit.DAYS)));
        return person;
    }

    private UUID needOpened(int daysAgo) {
        UUID person = holder(today().plusYears(5), false);
        send(new NeedOpened(UUID.randomUUID(), daysAgo(daysAgo), person, UUID.randomUUID(), UUID.randomUUID(), COUNTY,
                DisabilityCategory.HEARING, DisabilityGrade.GRADE_3, NeedTrigger.CERTIFICATE_ISSUED));
        return person;
    }

    /** Noon of the day {@code days} before today in the province, so the day is the same in any zone of the test. */
    private static Instant daysAgo(int days) {
        return today().minusDays(days).atTime(12, 0).atZone(io.zhucan.profile.shared.ProvinceTime.ZONE).toInstant();
    }

    private static List<String> of(JsonNode persons, String kind) {
        List<String> ids = new ArrayList<>();
        persons.forEach(p -> {
            if (p.path("kind").asString().equals(kind)) {
                ids.add(p.path("personId").asString());
            }
        });
        return ids;
    }
}
