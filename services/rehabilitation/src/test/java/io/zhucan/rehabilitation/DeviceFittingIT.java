package io.zhucan.rehabilitation;

import static org.assertj.core.api.Assertions.assertThat;

import io.zhucan.platform.events.Topics;
import io.zhucan.platform.events.vocabulary.DisabilityCategory;
import io.zhucan.platform.events.vocabulary.DisabilityGrade;
import io.zhucan.platform.testing.TestApi.Response;
import io.zhucan.platform.testing.TopicReader;
import io.zhucan.rehabilitation.support.RehabIT;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/** Fitting orders over the API: co-pay in fen, suitability with four-eyes override, rentals, region scope. */
class DeviceFittingIT extends RehabIT {

    private final String caseworker = staff("cw-xihu", "330106", "caseworker");
    private final String colleague = staff("rehab-xihu", "330106", "rehab-professional");

    @Test
    void aBetterModelIsFittedWithBasicSubsidyAndPersonalTopUp() {
        UUID person = UUID.randomUUID();
        certifiedPerson(person, "330106", DisabilityCategory.PHYSICAL, DisabilityGrade.GRADE_2);

        Response ordered = api.as(caseworker).post("/api/rehabilitation/fittings",
                order(person, "WHEELCHAIR-MANUAL", 125_050, null, null));
        assertThat(ordered.status()).isEqualTo(201);
        assertThat(ordered.body().path("subsidyFen").asLong()).isEqualTo(80_000);
        assertThat(ordered.body().path("personalTopUpFen").asLong()).isEqualTo(45_050);
        Response fitted = api.as(caseworker).post("/api/rehabilitation/fittings/{id}/fitted", null,
                ordered.field("/id"));

        assertThat(fitted.status()).isEqualTo(200);
        assertThat(fitted.field("/status")).isEqualTo("FITTED");
        var record = TopicReader.records(Topics.REHABILITATION, r -> person.toString().equals(r.key())
                && "io.zhucan.rehabilitation.device.fitted.v1".equals(TopicReader.header(r, "ce_type")), 1, WITHIN);
        var payload = JsonMapper.builder().build().readTree(record.getFirst().value());
        assertThat(payload.path("subsidyFen").asLong()).isEqualTo(80_000);
        assertThat(payload.path("personalTopUpFen").asLong()).isEqualTo(45_050);
        assertThat(api.as(citizen(person)).get("/api/rehabilitation/me/devices").body().path(0).path("status").asString())
                .isEqualTo("FITTED");
    }

    @Test
    void anUnsuitedDeviceWaitsForASecondPersonsApproval() {
        UUID person = UUID.randomUUID();
        certifiedPerson(person, "330106", DisabilityCategory.PHYSICAL, DisabilityGrade.GRADE_3);

        Response refused = api.as(caseworker).post("/api/rehabilitation/fittings",
                order(person, "HEARING-AID", 150_000, null, null));
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.field("/rule")).isEqualTo("device-suitability");

        Response awaiting = api.as(caseworker).post("/api/rehabilitation/fittings",
                order(person, "HEARING-AID", 150_000, null, "随访发现听力下降，待重新评定"));
        assertThat(awaiting.field("/status")).isEqualTo("AWAITING_OVERRIDE");
        String id = awaiting.field("/id");
        assertThat(api.as(caseworker).post("/api/rehabilitation/fittings/{id}/fitted", null, id).status()).isEqualTo(409);
        Response sameHands = api.as(caseworker).post("/api/rehabilitation/fittings/{id}/override-approval", null, id);
        assertThat(sameHands.status()).isEqualTo(403);
        assertThat(sameHands.field("/rule")).isEqualTo("four-eyes");
        assertThat(api.as(colleague).post("/api/rehabilitation/fittings/{id}/override-approval", null, id)
                .field("/status")).isEqualTo("ORDERED");
        assertThat(api.as(citizen(person)).get("/api/rehabilitation/me/devices").text())
                .doesNotContain("随访发现听力下降");
    }

    @Test
    void aRentalNeedsARentableDeviceAndAFutureReturnDate() {
        UUID person = UUID.randomUUID();
        certifiedPerson(person, "330106", DisabilityCategory.PHYSICAL, DisabilityGrade.GRADE_1);

        assertThat(api.as(caseworker).post("/api/rehabilitation/fittings",
                order(person, "BIONIC-PROSTHESIS", 2_500_000, today().plusMonths(3).toString(), null)).field("/rule"))
                .isEqualTo("rental-allowed");
        Response rented = api.as(caseworker).post("/api/rehabilitation/fittings",
                order(person, "EYE-CONTROL", 60_000, today().plusMonths(3).toString(), null));
        assertThat(rented.status()).isEqualTo(201);
        assertThat(rented.body().path("rental").asBoolean()).isTrue();
        assertThat(rented.field("/returnDueOn")).isEqualTo(today().plusMonths(3).toString());
        String id = rented.field("/id");
        api.as(caseworker).post("/api/rehabilitation/fittings/{id}/fitted", null, id);

        // three months later (the date moved in the table: the API never accepts a past return date)
        jdbc.sql("UPDATE device_fitting SET return_due_on = :d WHERE id = :id").param("d", java.sql.Date.valueOf(
                today().minusDays(1))).param("id", UUID.fromString(id)).update();
        assertThat(api.as(caseworker).get("/api/rehabilitation/fittings/overdue-rentals").text()).contains(id);
        assertThat(api.as(staff("cw-pinghu-rent", "330482", "caseworker")).get("/api/rehabilitation/fittings/overdue-rentals")
                .text()).doesNotContain(id);
        assertThat(api.as(caseworker).post("/api/rehabilitation/fittings/{id}/returned", null, id).field("/status"))
                .isEqualTo("RETURNED");
        assertThat(api.as(caseworker).get("/api/rehabilitation/fittings/overdue-rentals").text()).doesNotContain(id);
    }

    @Test
    void staffOfAnotherCountyCanNeitherOrderNorReadAndTheRefusalIsAudited() {
        UUID person = UUID.randomUUID();
        certifiedPerson(person, "330106", DisabilityCategory.PHYSICAL, DisabilityGrade.GRADE_2);
        String pinghu = staff("cw-pinghu", "330482", "caseworker");

        assertThat(api.as(pinghu).post("/api/rehabilitation/fittings", order(person, "WALKING-AID", 20_000, null, null))
                .status()).isEqualTo(403);
        String id = api.as(caseworker).post("/api/rehabilitation/fittings",
                order(person, "WALKING-AID", 20_000, null, null)).field("/id");
        assertThat(api.as(pinghu).get("/api/rehabilitation/fittings/{id}", id).status()).isEqualTo(403);
        assertThat(api.as(pinghu).post("/api/rehabilitation/fittings/{id}/fitted", null, id).status()).isEqualTo(403);
        assertThat(audits(person, "DENIED")).isGreaterThanOrEqualTo(3);
        assertThat(api.as(staff("cw-hz", "330100", "caseworker")).get("/api/rehabilitation/fittings/{id}", id).status())
                .as("the city covers its counties").isEqualTo(200);
        assertThat(audits(person, "READ")).isGreaterThanOrEqualTo(1);
        assertThat(api.as(citizen(person)).post("/api/rehabilitation/fittings",
                order(person, "WALKING-AID", 20_000, null, null)).status()).as("citizens do not order").isEqualTo(403);
        assertThat(api.as(staff("analyst", "330000", "analyst")).get("/api/rehabilitation/fittings/{id}", id).status())
                .isEqualTo(403);
    }

    @Test
    void badInputIsAProblemDocument() {
        Response bad = api.as(caseworker).post("/api/rehabilitation/fittings",
                Map.of("personId", UUID.randomUUID().toString(), "deviceCode", "", "model", "x", "priceFen", -5));
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.headers().getContentType().toString()).contains("application/problem+json");
        assertThat(api.as(caseworker).post("/api/rehabilitation/fittings",
                order(UUID.randomUUID(), "WALKING-AID", 1, null, null)).status()).isEqualTo(404);
        assertThat(api.anonymous().get("/api/rehabilitation/devices").status()).isEqualTo(401);
        assertThat(api.as(citizen(UUID.randomUUID())).get("/api/rehabilitation/devices").body().size())
                .isGreaterThanOrEqualTo(9);
    }

    private static Map<String, Object> order(UUID person, String device, long price, String returnDue, String reason) {
        Map<String, Object> body = new HashMap<>();
        body.put("personId", person.toString());
        body.put("deviceCode", device);
        body.put("model", "model of " + device);
        body.put("priceFen", price);
        body.put("returnDueOn", returnDue);
        body.put("overrideReason", reason);
        return body;
    }
}
