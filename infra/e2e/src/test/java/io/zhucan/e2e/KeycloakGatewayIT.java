package io.zhucan.e2e;

import static io.zhucan.e2e.Api.bearer;
import static io.zhucan.e2e.Api.json;
import static io.zhucan.e2e.DemoUsers.PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;

import io.zhucan.platform.testing.TestInfrastructure;
import io.zhucan.platform.testing.TestJwtIssuer;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;

/**
 * The realm as the platform needs it, and the gateway validating and relaying its tokens: tokens are
 * obtained by the real grants from a real Keycloak and checked against the realm's published keys.
 */
@ExtendWith(E2eExtension.class)
class KeycloakGatewayIT {

    private KeycloakServer keycloak;
    private Api gateway;
    private NimbusJwtDecoder realmKeys;

    @BeforeEach
    void connect(E2eEnvironment environment) {
        keycloak = environment.keycloak;
        gateway = new Api(environment.gateway());
        realmKeys = NimbusJwtDecoder.withJwkSetUri(keycloak.jwkSetUri()).build();
    }

    private Jwt verified(String token) {
        Jwt jwt = realmKeys.decode(token);
        assertThat(jwt.getIssuer()).hasToString(keycloak.issuer());
        return jwt;
    }

    @SuppressWarnings("unchecked")
    private static List<String> realmRoles(Jwt jwt) {
        return (List<String>) jwt.getClaimAsMap("realm_access").get("roles");
    }

    @Test
    void aDemoCitizensTokenCarriesAudienceRolesRegionPersonIdAndVerifiedIdNumberHash() {
        Jwt jwt = verified(keycloak.passwordGrant(DemoUsers.CITIZEN_SHANGCHENG, PASSWORD));

        assertThat(jwt.getAudience()).contains("zhucan-api");
        assertThat(realmRoles(jwt)).contains("citizen").doesNotContain("caseworker");
        assertThat(jwt.getClaimAsString("region")).isEqualTo("330102");
        assertThat(jwt.getClaimAsString("person_id")).isEqualTo(DemoUsers.CITIZEN_SHANGCHENG_PERSON);
        assertThat(jwt.getClaimAsString("id_number_hash")).as("the verified ID number, keyed hash only")
                .isEqualTo(TestJwtIssuer.idNumberHash(DemoUsers.DEMO_ID_NUMBER_HASH_KEY,
                        DemoUsers.CITIZEN_SHANGCHENG_ID_NUMBER));
        assertThat(jwt.getClaimAsString("preferred_username")).isEqualTo(DemoUsers.CITIZEN_SHANGCHENG);
        assertThat(jwt.getClaimAsString("azp")).isEqualTo("platform-cli");
        assertThat(jwt.getSubject()).isNotBlank();
    }

    @Test
    void staffTokensCarryTheirRegionAndRoleAndNoPersonId() {
        Map<String, String> expected = Map.of(
                "caseworker.xihu", "330106", "assessor.pinghu", "330482", "reviewer.shangcheng", "330102",
                "employer.pinghu", "330482", "analyst.province", "330000", "operator", "330000");
        expected.forEach((username, region) -> {
            Jwt jwt = verified(keycloak.passwordGrant(username, PASSWORD));
            String role = username.substring(0, username.contains(".") ? username.indexOf('.') : username.length());
            assertThat(realmRoles(jwt)).as(username).contains(role);
            assertThat(jwt.getClaimAsString("region")).as(username).isEqualTo(region);
            assertThat(jwt.hasClaim("person_id")).as(username).isFalse();
            assertThat(jwt.hasClaim("id_number_hash")).as(username).isFalse();
            assertThat(jwt.getAudience()).as(username).contains("zhucan-api");
        });
    }

    @Test
    void aPartnerSystemGetsAServiceAccountTokenWithRolePartnerByClientCredentials() {
        Jwt jwt = verified(keycloak.clientCredentials(DemoUsers.CIVIL_AFFAIRS, DemoUsers.CIVIL_AFFAIRS_SECRET));

        assertThat(realmRoles(jwt)).contains("partner");
        assertThat(jwt.getClaimAsString("azp")).isEqualTo(DemoUsers.CIVIL_AFFAIRS);
        assertThat(jwt.getAudience()).contains("zhucan-api");
        assertThat(jwt.getClaimAsString("preferred_username")).isEqualTo("service-account-civil-affairs");
        assertThat(realmRoles(verified(keycloak.clientCredentials("health-insurance", "health-insurance-local-secret"))))
                .contains("partner");
    }

    @Test
    void onlyTheCliClientHasThePasswordGrantAndOnlyWithTheRightPassword() {
        assertThat(keycloak.tokenRequest(Map.of("grant_type", "password", "client_id", "mobile-app",
                "username", DemoUsers.CITIZEN_SHANGCHENG, "password", PASSWORD)).body()).contains("unauthorized_client");
        // a wrong password is an invalid grant: 400 as RFC 6749 §5.2 says (Keycloak 26.7; before, 401)
        assertThat(keycloak.tokenRequest(Map.of("grant_type", "password", "client_id", "platform-cli",
                "username", DemoUsers.CITIZEN_SHANGCHENG, "password", "wrong"))).satisfies(r -> {
                    assertThat(r.statusCode()).isEqualTo(400);
                    assertThat(r.body()).contains("invalid_grant");
                });
        assertThat(keycloak.tokenRequest(Map.of("grant_type", "client_credentials", "client_id", DemoUsers.CIVIL_AFFAIRS,
                "client_secret", "wrong")).statusCode()).isEqualTo(401);
        assertThat(keycloak.tokenRequest(Map.of("grant_type", "client_credentials", "client_id", "mobile-app"))
                .statusCode()).isIn(400, 401);
    }

    @Test
    void theGatewayRelaysTheKeycloakTokenAndTheRequestIdToTheService() {
        String token = keycloak.passwordGrant(DemoUsers.CITIZEN_SHANGCHENG, PASSWORD);
        String requestId = "e2e-" + UUID.randomUUID();

        var response = gateway.get("/api/employment/me/seeker", "Authorization", bearer(token),
                "X-Request-Id", requestId);

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(json(response)).containsEntry("path", "/api/employment/me/seeker")
                .containsEntry("authorization", bearer(token))
                .containsEntry("requestId", requestId);
        assertThat(response.headers().firstValue("X-Request-Id")).hasValue(requestId);
    }

    @Test
    void aPartnerSystemReachesThePartnerApiThroughTheGateway() {
        String token = keycloak.clientCredentials(DemoUsers.CIVIL_AFFAIRS, DemoUsers.CIVIL_AFFAIRS_SECRET);
        String factId = "e2e-" + UUID.randomUUID();

        // the real subsidy service accepts the fact: the gateway relayed the partner's token and it carries role partner
        var response = gateway.post("/api/partners/civil-affairs/low-income-status", Map.of("factId", factId,
                "idNumber", DemoUsers.CITIZEN2_PINGHU_ID_NUMBER, "status", "DIBAO", "effectiveFrom", "2026-01-01"),
                "Authorization", bearer(token));

        assertThat(response.statusCode()).as(response.body()).isEqualTo(202);
        assertThat(json(response)).containsEntry("factId", factId).containsEntry("duplicate", false);
        var citizen = gateway.post("/api/partners/civil-affairs/low-income-status", Map.of("factId", factId,
                "idNumber", DemoUsers.CITIZEN2_PINGHU_ID_NUMBER, "status", "DIBAO", "effectiveFrom", "2026-01-01"),
                "Authorization", bearer(keycloak.passwordGrant(DemoUsers.CITIZEN_SHANGCHENG, PASSWORD)));
        assertThat(citizen.statusCode()).isEqualTo(403);
    }

    @Test
    void theGatewayRefusesTokensThatAreNotValidPlatformTokens() {
        String genuine = keycloak.passwordGrant(DemoUsers.CITIZEN_SHANGCHENG, PASSWORD);
        String[] parts = genuine.split("\\.");
        String payload = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8)
                .replace("\"330102\"", "\"330000\"");
        String tampered = parts[0] + "." + Base64.getUrlEncoder().withoutPadding()
                .encodeToString(payload.getBytes(StandardCharsets.UTF_8)) + "." + parts[2];
        // a real token of the realm, but issued to a client that is not the platform's API audience
        String otherAudience = keycloak.passwordGrantOn("admin-cli", DemoUsers.CITIZEN_SHANGCHENG, PASSWORD);
        // well-formed, with the realm's issuer, but expired and signed with a key the realm never published
        String expired = TestInfrastructure.jwtIssuer().citizen("late.citizen",
                UUID.fromString(DemoUsers.CITIZEN_SHANGCHENG_PERSON)).issuer(keycloak.issuer()).expired().jwt();

        for (String token : List.of(tampered, otherAudience, expired)) {
            var response = gateway.get("/api/employment/me/seeker", "Authorization", bearer(token));
            assertThat(response.statusCode()).isEqualTo(401);
            assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        }
        var anonymous = gateway.get("/api/employment/me/seeker");
        assertThat(anonymous.statusCode()).isEqualTo(401);
        assertThat(json(anonymous)).containsEntry("type", "https://zhucan.io/problems/unauthenticated")
                .containsKey("requestId");
        assertThat(gateway.get("/actuator/health").statusCode()).isEqualTo(200);
    }
}
