package io.zhucan.profile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.zhucan.platform.events.certification.CertificateTransferred;
import io.zhucan.platform.testing.TestApi.Response;
import io.zhucan.profile.support.ProfileIT;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Township scope (属地管理 below the county, web-security's {@code Regions}): a staff token with a
 * nine-digit township code covers the persons of that township only, as far as certification knows
 * it ({@code CertificateIssued.householdTownship}); a person whose township is not known is the
 * county's. A township worker reads no aggregate of the county (indicators are kept per county).
 */
class TownshipScopeIT extends ProfileIT {

    private static final String COUNTY = "330110";
    private static final String TOWNSHIP = COUNTY + "001";

    @Test
    void aTownshipWorkerReadsNoFileOfAPersonWhoseTownshipIsUnknownWhileTheCountysWorkerDoes() {
        UUID person = certified(COUNTY);
        await().atMost(WITHIN).until(() -> entries(person) == 1);

        String township = staff("tw-" + UUID.randomUUID(), TOWNSHIP, "caseworker");
        assertThat(api.as(township).get("/api/profile/persons/{id}/timeline", person).status()).isEqualTo(403);
        assertThat(audits(person, "DENIED")).as("the refusal is audited").isEqualTo(1);

        String county = staff("cw-" + UUID.randomUUID(), COUNTY, "caseworker");
        assertThat(api.as(county).get("/api/profile/persons/{id}/timeline", person).status()).isEqualTo(200);
        assertThat(audits(person, "READ")).isEqualTo(1);
    }

    @Test
    void aTownshipWorkerReadsTheFilesOfTheirTownshipsPersonsUntilTheyMoveAway() {
        UUID mine = certified(COUNTY, TOWNSHIP);
        UUID nextTownships = certified(COUNTY, COUNTY + "002");
        await().atMost(WITHIN).until(() -> entries(mine) == 1 && entries(nextTownships) == 1);
        String township = staff("tw-" + UUID.randomUUID(), TOWNSHIP, "caseworker");

        Response file = api.as(township).get("/api/profile/persons/{id}/timeline", mine);
        assertThat(file.status()).as(file.text()).isEqualTo(200);
        assertThat(file.field("/township")).isEqualTo(TOWNSHIP);
        assertThat(audits(mine, "READ")).isEqualTo(1);
        assertThat(api.as(township).get("/api/profile/persons/{id}/timeline", nextTownships).status())
                .as("the next township's person").isEqualTo(403);

        send(new CertificateTransferred(UUID.randomUUID(), Instant.now(), mine, UUID.randomUUID(), COUNTY, "330111",
                today()));
        await().atMost(WITHIN).until(() -> entries(mine) == 2);
        assertThat(api.as(township).get("/api/profile/persons/{id}/timeline", mine).status())
                .as("moved to another county: no longer the township's").isEqualTo(403);
        Response there = api.as(staff("cw-" + UUID.randomUUID(), "330111", "caseworker"))
                .get("/api/profile/persons/{id}/timeline", mine);
        assertThat(there.status()).isEqualTo(200);
        assertThat(there.body().hasNonNull("township")).as("the township there is not known yet").isFalse();
    }

    @Test
    void aTownshipWorkerGetsNoAggregateOrWarningOfTheCountyAndATownshipIsNoIndicatorRegion() {
        String township = staff("tw-" + UUID.randomUUID(), TOWNSHIP, "caseworker");
        assertThat(api.as(township).get("/api/profile/indicators?region={r}&month={m}", COUNTY, thisMonth()).status())
                .isEqualTo(403);
        assertThat(api.as(township).get("/api/profile/indicators/{id}/months?region={r}&from={f}&to={t}",
                "living-allowance-coverage", COUNTY, thisMonth().minusMonths(1), thisMonth()).status()).isEqualTo(403);
        assertThat(api.as(township).get("/api/profile/warnings?region={r}", COUNTY).status()).isEqualTo(403);
        assertThat(api.as(township).get("/api/profile/indicators?region={r}&month={m}", TOWNSHIP, thisMonth()).status())
                .as("indicators are kept per county").isEqualTo(400);

        String county = staff("cw-" + UUID.randomUUID(), COUNTY, "caseworker");
        assertThat(api.as(county).get("/api/profile/indicators?region={r}&month={m}", COUNTY, thisMonth()).status())
                .isEqualTo(200);
    }
}
