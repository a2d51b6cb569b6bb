package io.zhucan.certification;

import static io.zhucan.certification.support.Actors.PINGHU;
import static io.zhucan.certification.support.Actors.SHANGCHENG;
import static io.zhucan.certification.support.Actors.XIHU;
import static org.assertj.core.api.Assertions.assertThat;

import io.zhucan.certification.support.Actors;
import io.zhucan.certification.support.CertificationIntegrationTest;
import io.zhucan.certification.support.TestIdNumbers;
import io.zhucan.certification.support.Workflow;
import io.zhucan.platform.testing.TestApi.Response;
import io.zhucan.platform.testing.TestInfrastructure;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Every endpoint against the wrong role, the wrong region and another citizen (the IDOR/BOLA class),
 * with real signed tokens. A refusal is 403 problem+json, changes nothing, and reads are audited.
 */
@CertificationIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AuthorizationIT {

    static final Set<String> ALL_ROLES = Set.of("citizen", "caseworker", "assessor", "reviewer", "employer", "analyst",
            "operator", "partner");

    @LocalServerPort int port;
    @Autowired JdbcClient jdbc;

    private Workflow workflow;
    private UUID holder;
    private String certificateId;
    private String submittedApplication;
    private String assessedApplication;
    private String holderIdNumber;

    /** An endpoint, the roles it admits, and whether its resource belongs to a county (330102 here). */
    record Endpoint(String method, String path, Object body, Set<String> roles, boolean regionScoped,
            boolean citizenOwnsResource) {

        @Override
        public String toString() {
            return method + " " + path;
        }
    }

    @BeforeAll
    void createCasesInShangcheng() {
        workflow = new Workflow(port);
        holderIdNumber = TestIdNumbers.adult("330102");
        Response approved = workflow.certify(holderIdNumber, SHANGCHENG, "VISUAL", "GRADE_1");
        holder = Workflow.personOf(approved);
        certificateId = approved.field("/certificateId");
        submittedApplication = workflow.apply(Actors.caseworker(SHANGCHENG), TestIdNumbers.adult("330102"), SHANGCHENG)
                .field("/id");
        Response other = workflow.apply(Actors.caseworker(SHANGCHENG), TestIdNumbers.adult("330102"), SHANGCHENG);
        workflow.assess(Actors.assessor(SHANGCHENG), other.field("/id"), List.of(Map.of("category", "VISUAL", "grade", "GRADE_2")));
        assessedApplication = other.field("/id");
    }

    List<Endpoint> endpoints() {
        String certificate = "/api/certification/certificates/" + certificateId;
        String submitted = "/api/certification/applications/" + submittedApplication;
        String assessed = "/api/certification/applications/" + assessedApplication;
        String today = LocalDate.now().toString();
        return List.of(
                new Endpoint("POST", "/api/certification/applications", Map.of("idNumber", TestIdNumbers.adult("330102"),
                        "name", "张三", "householdCounty", SHANGCHENG, "homeAssessmentRequested", false),
                        Set.of("citizen", "caseworker"), false, false),
                new Endpoint("GET", submitted, null, Set.of("citizen", "caseworker", "assessor", "reviewer"), true, true),
                new Endpoint("GET", "/api/certification/applications", null, Set.of("caseworker", "assessor", "reviewer"),
                        false, false),
                new Endpoint("POST", submitted + "/assessment", Map.of("institution", "医院", "disabilities",
                        List.of(Map.of("category", "VISUAL", "grade", "GRADE_2"))), Set.of("assessor"), true, false),
                new Endpoint("POST", assessed + "/approval", null, Set.of("reviewer"), true, false),
                new Endpoint("POST", assessed + "/rejection", Map.of("reason", "x"), Set.of("reviewer"), true, false),
                new Endpoint("GET", certificate, null, Set.of("citizen", "caseworker", "reviewer", "assessor"), true, true),
                new Endpoint("POST", certificate + "/renewal", null, Set.of("caseworker", "reviewer"), true, false),
                new Endpoint("POST", certificate + "/transfer", Map.of("toCounty", "330402"), Set.of("caseworker"), true,
                        false),
                new Endpoint("POST", "/api/certification/me/certificate/transfer", Map.of("toCounty", "330402"),
                        Set.of("citizen"), false, false),
                new Endpoint("POST", certificate + "/reissue", null, Set.of("caseworker"), true, false),
                new Endpoint("POST", certificate + "/suspension", Map.of("reason", "x"), Set.of("reviewer"), true, false),
                new Endpoint("POST", certificate + "/reinstatement", null, Set.of("reviewer"), true, false),
                new Endpoint("POST", certificate + "/cancellation", Map.of("reason", "REQUEST", "effectiveOn", today),
                        Set.of("reviewer"), true, false),
                new Endpoint("POST", certificate + "/reassessments", Map.of("homeAssessmentRequested", false),
                        Set.of("caseworker"), true, false),
                new Endpoint("GET", "/api/certification/me/certificate", null, Set.of("citizen"), false, false),
                new Endpoint("GET", "/api/certification/me/applications", null, Set.of("citizen"), false, false),
                new Endpoint("GET", "/api/certification/persons/" + holder, null, Set.of("caseworker", "reviewer"), true,
                        false),
                new Endpoint("POST", "/api/certification/persons/lookup", Map.of("idNumber", holderIdNumber),
                        Set.of("caseworker", "reviewer"), true, false),
                new Endpoint("GET", "/api/certification/persons/" + holder + "/access-log", null, Set.of("operator"),
                        false, false),
                new Endpoint("GET", "/api/certification/admin/dead-letters", null, Set.of("operator"), false, false),
                new Endpoint("POST", "/api/certification/admin/dead-letters/" + UUID.randomUUID() + "/replay", null,
                        Set.of("operator"), false, false),
                new Endpoint("POST", "/api/certification/admin/dead-letters/" + UUID.randomUUID() + "/discard", null,
                        Set.of("operator"), false, false));
    }

    Stream<Arguments> wrongRoles() {
        List<Arguments> cases = new ArrayList<>();
        for (Endpoint endpoint : endpoints()) {
            for (String role : ALL_ROLES) {
                if (!endpoint.roles().contains(role)) {
                    cases.add(Arguments.of(endpoint, role));
                }
            }
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0} as {1}")
    @MethodSource("wrongRoles")
    void everyEndpointRefusesTheRolesItDoesNotAdmit(Endpoint endpoint, String role) {
        String bearer = role.equals("citizen") ? Actors.citizen(holder)
                : TestInfrastructure.jwtIssuer().staff(role + ".shangcheng", SHANGCHENG, role).bearer();
        assertRefused(call(endpoint, bearer));
    }

    Stream<Endpoint> regionScoped() {
        return endpoints().stream().filter(Endpoint::regionScoped);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("regionScoped")
    void staffOfAnotherCountyAreRefusedAndTheAttemptIsAudited(Endpoint endpoint) {
        for (String role : endpoint.roles()) {
            if (role.equals("citizen")) {
                continue;
            }
            String username = role + ".xihu." + UUID.randomUUID();
            Response response = call(endpoint, Actors.staff(username, XIHU, role));
            if (endpoint.path().startsWith("/api/certification/persons")) {
                // a person lookup answers "not yours" as "not there" (IdentityIT compares the two)
                assertThat(response.status()).as(response.text()).isEqualTo(404);
            } else {
                assertRefused(response);
            }
            assertThat(jdbc.sql("SELECT count(*) FROM person_access_audit WHERE actor = :a AND outcome = 'DENIED'")
                    .param("a", username).query(Long.class).single()).as("audited refusal for %s", username)
                    .isEqualTo(1);
        }
    }

    Stream<Endpoint> citizenResources() {
        return endpoints().stream().filter(Endpoint::citizenOwnsResource);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("citizenResources")
    void aCitizenCannotReachAnotherCitizensData(Endpoint endpoint) {
        assertRefused(call(endpoint, Actors.citizen(UUID.randomUUID())));
    }

    @Test
    void theOwnDataEndpointsOnlyEverShowTheCallersOwnData() {
        Response someoneElse = workflow.api().as(Actors.citizen(UUID.randomUUID())).get("/api/certification/me/certificate");
        assertThat(someoneElse.status()).isEqualTo(404);
        assertThat(someoneElse.text()).doesNotContain(holderIdNumber);
        Response holderView = workflow.api().as(Actors.citizen(holder)).get("/api/certification/me/certificate");
        assertThat(holderView.field("/number")).startsWith(holderIdNumber);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("endpoints")
    void withoutATokenEveryEndpointAnswers401(Endpoint endpoint) {
        Response response = call(endpoint, null);
        assertThat(response.status()).isEqualTo(401);
        assertThat(response.headers().getContentType().toString()).isEqualTo("application/problem+json");
    }

    @Test
    void nothingWasChangedByTheRefusedCalls() {
        assertThat(workflow.api().as(Actors.caseworker(SHANGCHENG)).get("/api/certification/certificates/{id}", certificateId)
                .field("/status")).isEqualTo("VALID");
        assertThat(workflow.api().as(Actors.caseworker(SHANGCHENG)).get("/api/certification/applications/{id}",
                assessedApplication).field("/status")).isEqualTo("ASSESSED");
    }

    @Test
    void staffOfAnotherCountyMayNotTransferAwayACaseTheyDoNotHold() {
        Response response = workflow.api().as(Actors.caseworker(PINGHU))
                .post("/api/certification/certificates/{id}/transfer", Map.of("toCounty", XIHU), certificateId);
        assertRefused(response);
    }

    private Response call(Endpoint endpoint, String bearer) {
        var caller = workflow.api().as(bearer);
        return endpoint.method().equals("GET") ? caller.get(endpoint.path()) : caller.post(endpoint.path(), endpoint.body());
    }

    private static void assertRefused(Response response) {
        assertThat(response.status()).as(response.text()).isEqualTo(403);
        assertThat(response.headers().getContentType().toString()).isEqualTo("application/problem+json");
    }
}
