package io.zhucan.profile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.zhucan.profile.support.ProfileIT;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Township scope (属地管理 below the county, web-security's {@code Regions}): a staff token with a
 * nine-digit township code covers the persons of that township only. No event of the platform
 * carries a person's township yet (certification's events name the household county), so every
 * person is the county's: a township worker reads no person's file and no aggregate of the county.
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
