package io.zhucan.e2e;

import static io.zhucan.e2e.Api.bearer;
import static io.zhucan.e2e.Api.json;
import static io.zhucan.e2e.DemoUsers.PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

/**
 * A county's demo staff take a demo citizen's own application through the certification service, via
 * the gateway: the citizen applies (app) with the ID number their account was verified with
 * ({@link DemoUsers}), the assessor of the county assesses, its reviewer approves.
 */
final class CertificationFlow {

    /** The application id, approved; {@code countySlug} names the county's demo users (e.g. {@code xihu}). */
    static String certify(E2eEnvironment environment, String citizenUser, String idNumber, String county,
            String countySlug) {
        KeycloakServer keycloak = environment.keycloak;
        Api gateway = new Api(environment.gateway());
        String citizen = bearer(keycloak.passwordGrant(citizenUser, PASSWORD));
        String assessor = bearer(keycloak.passwordGrant("assessor." + countySlug, PASSWORD));
        String reviewer = bearer(keycloak.passwordGrant("reviewer." + countySlug, PASSWORD));

        var applied = gateway.post("/api/certification/applications", Map.of("idNumber", idNumber, "name", "演示申请人",
                "householdCounty", county, "homeAssessmentRequested", false), "Authorization", citizen);
        assertThat(applied.statusCode()).as(applied.body()).isEqualTo(201);
        String applicationId = json(applied).get("id").toString();

        var assessed = gateway.post("/api/certification/applications/" + applicationId + "/assessment",
                Map.of("institution", "浙江省人民医院", "disabilities", List.of(Map.of("category", "PHYSICAL",
                        "grade", "GRADE_2"))), "Authorization", assessor);
        assertThat(assessed.statusCode()).as(assessed.body()).isEqualTo(200);
        var approved = gateway.post("/api/certification/applications/" + applicationId + "/approval", null,
                "Authorization", reviewer);
        assertThat(approved.statusCode()).as(approved.body()).isEqualTo(200);
        return applicationId;
    }

    private CertificationFlow() {
    }
}
