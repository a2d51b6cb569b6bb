package io.zhucan.e2e;

import static io.zhucan.e2e.Api.bearer;
import static io.zhucan.e2e.Api.json;
import static io.zhucan.e2e.DemoUsers.PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The README's promise, for real: demo users of three roles of one county, logged in at Keycloak,
 * take a citizen's application through assessment and review (four eyes: three distinct people); the
 * citizen then reads their own electronic certificate through the gateway, anyone can verify it
 * without a token, and staff of another county cannot see the case.
 */
@ExtendWith(E2eExtension.class)
class CertificateThroughGatewayIT {

    @Test
    void aDemoCitizenAppliesIsAssessedAndApprovedThenReadsAndVerifiesTheirCertificateThroughTheGateway(
            E2eEnvironment environment) {
        KeycloakServer keycloak = environment.keycloak;
        Api gateway = new Api(environment.gateway());
        String citizen = bearer(keycloak.passwordGrant(DemoUsers.CITIZEN_XIHU, PASSWORD));
        String idNumber = DemoUsers.CITIZEN_XIHU_ID_NUMBER;

        String applicationId = CertificationFlow.certify(environment, DemoUsers.CITIZEN_XIHU, idNumber, "330106", "xihu");

        String requestId = "e2e-" + UUID.randomUUID();
        var mine = gateway.get("/api/certification/me/certificate", "Authorization", citizen, "X-Request-Id", requestId);
        assertThat(mine.statusCode()).as(mine.body()).isEqualTo(200);
        Map<String, Object> certificate = json(mine);
        assertThat(certificate.get("number").toString()).startsWith(idNumber).hasSize(20);
        assertThat(certificate).containsEntry("householdCounty", "330106");
        // the service's request id is the gateway's: one id for the whole request, sent back once
        assertThat(mine.headers().allValues("X-Request-Id")).containsExactly(requestId);

        var verified = gateway.get("/api/certification/verify/" + certificate.get("verificationCode"));
        assertThat(verified.statusCode()).as(verified.body()).isEqualTo(200);
        assertThat(json(verified)).containsEntry("valid", true);

        // a citizen applies for themselves only: another demo citizen cannot bind this ID number
        var impostor = gateway.post("/api/certification/applications", Map.of("idNumber", DemoUsers.CITIZEN_PINGHU_ID_NUMBER,
                "name", "演示申请人", "householdCounty", "330482", "homeAssessmentRequested", false), "Authorization",
                bearer(keycloak.passwordGrant(DemoUsers.CITIZEN_SHANGCHENG, PASSWORD)));
        assertThat(impostor.statusCode()).as(impostor.body()).isEqualTo(403);

        // 属地管理: a caseworker of 上城区 does not see a 西湖区 case; another citizen has no certificate
        var foreign = gateway.get("/api/certification/applications/" + applicationId, "Authorization",
                bearer(keycloak.passwordGrant("caseworker.shangcheng", PASSWORD)));
        assertThat(foreign.statusCode()).as(foreign.body()).isEqualTo(403);
        var none = gateway.get("/api/certification/me/certificate", "Authorization",
                bearer(keycloak.passwordGrant(DemoUsers.CITIZEN_SHANGCHENG, PASSWORD)));
        assertThat(none.statusCode()).as(none.body()).isEqualTo(404);
        assertThat(none.headers().firstValue("Content-Type")).hasValue("application/problem+json");
    }
}
