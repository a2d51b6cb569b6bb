package io.zhucan.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import io.zhucan.platform.security.audit.PersonFileAudit;
import io.zhucan.platform.security.audit.PersonFileAudit.Outcome;
import io.zhucan.platform.testing.PlatformIntegrationTest;
import io.zhucan.platform.testing.TestInfrastructure;
import io.zhucan.platform.testing.TestJwtIssuer;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClient.ResponseSpec;

/** The library through HTTP, with tokens signed by the JWKS-serving test issuer. */
@PlatformIntegrationTest
class PlatformSecurityIT {

    private final TestJwtIssuer tokens = TestInfrastructure.jwtIssuer();

    @LocalServerPort int port;
    @Autowired PersonFileAudit audit;

    private RestClient http() {
        return RestClient.builder().baseUrl("http://localhost:" + port)
                .defaultStatusHandler(status -> true, (request, response) -> { })
                .build();
    }

    private ResponseSpec get(String path, String bearer) {
        var request = http().get().uri(path);
        if (bearer != null) {
            request.header(HttpHeaders.AUTHORIZATION, bearer);
        }
        return request.retrieve();
    }

    @Test
    void withoutATokenTheAnswerIs401ProblemJsonWithABearerChallenge() {
        var response = get("/api/test/whoami", null).toEntity(Map.class);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(response.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(response.getHeaders().getFirst(HttpHeaders.WWW_AUTHENTICATE)).startsWith("Bearer");
        assertThat(response.getBody()).containsEntry("status", 401).containsKey("requestId");
    }

    @Test
    void forgedExpiredForeignAudienceAndForeignIssuerTokensAreRejected() {
        String[] bad = {
                tokens.staff("mallory", "330102", "caseworker").signedByStranger().bearer(),
                tokens.staff("late", "330102", "caseworker").expired().bearer(),
                tokens.staff("other-app", "330102", "caseworker").audience("another-api").bearer(),
                tokens.staff("elsewhere", "330102", "caseworker").issuer("http://127.0.0.1:1/realms/other").bearer()};
        for (String bearer : bad) {
            assertThat(get("/api/test/whoami", bearer).toBodilessEntity().getStatusCode())
                    .isEqualTo(HttpStatus.UNAUTHORIZED);
        }
    }

    /** The classic ways round signature checks, tried at the service itself (not only at the gateway). */
    @Test
    void unsignedAlgorithmConfusedAndForeignKeyTokensUnderTheRealmsKeyIdAreRejected() {
        String[] hostile = {
                tokens.staff("mallory", "330102", "operator").unsigned().bearer(),
                tokens.staff("mallory", "330102", "operator").hmacWithThePublicKey().bearer(),
                tokens.staff("mallory", "330102", "operator").signedByStrangerWithTheRealmsKeyId().bearer()};
        for (String bearer : hostile) {
            var response = get("/api/test/whoami", bearer).toEntity(String.class);
            assertThat(response.getStatusCode()).as(bearer).isEqualTo(HttpStatus.UNAUTHORIZED);
            assertThat(response.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        }
        assertThat(get("/api/test/whoami", tokens.staff("op", "330102", "operator").bearer()).toBodilessEntity()
                .getStatusCode()).isEqualTo(HttpStatus.OK);
    }

    /** Deny by default: a valid token is not enough for an endpoint whose author forgot to say who may call it. */
    @Test
    void anEndpointWithoutAnExplicitRuleIsRefused() {
        var response = get("/api/test/forgotten", tokens.staff("op", "330000", "operator").bearer()).toEntity(String.class);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(response.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(response.getBody()).doesNotContain("anyone with a token");
    }

    @Test
    void theTokenBecomesTheCurrentUser() {
        UUID person = UUID.randomUUID();
        @SuppressWarnings("unchecked")
        Map<String, Object> me = get("/api/test/whoami", tokens.citizen("li.citizen", person).bearer()).body(Map.class);

        assertThat(me).containsEntry("username", "li.citizen")
                .containsEntry("personId", person.toString())
                .containsEntry("clientId", "mobile-app");
        assertThat(me.get("roles")).isEqualTo(java.util.List.of("citizen"));
    }

    @Test
    void theWrongRoleGets403ProblemJson() {
        var response = http().post().uri("/api/test/applications")
                .header(HttpHeaders.AUTHORIZATION, tokens.staff("an.analyst", "330000", "analyst").bearer())
                .contentType(MediaType.APPLICATION_JSON).body(Map.of("county", "330102"))
                .retrieve().toEntity(Map.class);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(response.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
    }

    /** The endpoint reads in a read-only transaction, which a refusal rolls back: the audit rows stay. */
    @Test
    void staffReadCasesOfTheirRegionOnlyAndEveryAttemptIsAudited() {
        UUID westLake = UUID.randomUUID();
        UUID shangcheng = UUID.randomUUID();
        String caseworker = tokens.staff("zhang.caseworker", "330102", "caseworker").bearer();

        assertThat(get("/api/test/counties/330106/persons/" + westLake, caseworker).toBodilessEntity().getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(get("/api/test/counties/330102/persons/" + shangcheng, caseworker).toBodilessEntity()
                .getStatusCode()).isEqualTo(HttpStatus.OK);
        String cityReviewer = tokens.staff("hz.reviewer", "330100", "reviewer").bearer();
        assertThat(get("/api/test/counties/330106/persons/" + westLake, cityReviewer).toBodilessEntity()
                .getStatusCode()).isEqualTo(HttpStatus.OK);

        assertThat(audit.entriesFor(westLake, 10)).extracting(e -> e.actor() + ":" + e.outcome())
                .containsExactly("hz.reviewer:READ", "zhang.caseworker:DENIED");
        assertThat(audit.entriesFor(shangcheng, 10)).singleElement().satisfies(e -> {
            assertThat(e.outcome()).isEqualTo(Outcome.READ);
            assertThat(e.actorRegion()).isEqualTo("330102");
            assertThat(e.requestId()).isNotBlank();
        });
    }

    @Test
    void aTownshipWorkerReadsTheirTownshipsPersonsOnlyAndTheCountyReadsThemToo() {
        UUID ofTheTownship = UUID.randomUUID();
        UUID townshipUnknown = UUID.randomUUID();
        UUID nextTownship = UUID.randomUUID();
        String township = tokens.staff("qingbo.caseworker", "330102001", "caseworker").bearer();

        assertThat(get("/api/test/counties/330102001/persons/" + ofTheTownship, township).toBodilessEntity()
                .getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(get("/api/test/counties/330102/persons/" + townshipUnknown, township).toBodilessEntity()
                .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(get("/api/test/counties/330102002/persons/" + nextTownship, township).toBodilessEntity()
                .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        String county = tokens.staff("shangcheng.caseworker", "330102", "caseworker").bearer();
        assertThat(get("/api/test/counties/330102001/persons/" + ofTheTownship, county).toBodilessEntity()
                .getStatusCode()).isEqualTo(HttpStatus.OK);

        assertThat(audit.entriesFor(ofTheTownship, 10)).extracting(e -> e.actor() + ":" + e.actorRegion())
                .containsExactly("shangcheng.caseworker:330102", "qingbo.caseworker:330102001");
        assertThat(audit.entriesFor(townshipUnknown, 10)).extracting(e -> e.outcome()).containsExactly(Outcome.DENIED);
    }

    @Test
    void citizensReadOnlyTheirOwnFile() {
        UUID me = UUID.randomUUID();
        UUID someoneElse = UUID.randomUUID();
        String citizen = tokens.citizen("wu.citizen", me).bearer();

        assertThat(get("/api/test/counties/330102/persons/" + me, citizen).toBodilessEntity().getStatusCode())
                .isEqualTo(HttpStatus.OK);
        assertThat(get("/api/test/counties/330102/persons/" + someoneElse, citizen).toBodilessEntity()
                .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(audit.entriesFor(someoneElse, 10)).singleElement()
                .satisfies(e -> assertThat(e.outcome()).isEqualTo(Outcome.DENIED));
    }

    @Test
    void invalidInputIs400WithTheFieldsAtFault() {
        var response = http().post().uri("/api/test/applications")
                .header(HttpHeaders.AUTHORIZATION, tokens.staff("zhang.caseworker", "330102", "caseworker").bearer())
                .contentType(MediaType.APPLICATION_JSON).body(Map.of("county", "hangzhou"))
                .retrieve().toEntity(Map.class);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(response.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(response.getBody().get("errors").toString()).contains("county");
    }

    @Test
    void unexpectedErrorsAre500ProblemsWithoutInternals() {
        var response = get("/api/test/boom", tokens.staff("op", "330000", "operator").bearer()).toEntity(String.class);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.INTERNAL_SERVER_ERROR);
        assertThat(response.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(response.getBody()).contains("requestId").doesNotContain("secret").doesNotContain("330102199001011234")
                .doesNotContain("IllegalStateException");
    }

    @Test
    void requestIdIsEchoedOrCreated() {
        var echoed = http().get().uri("/public/ping").header(RequestIds.HEADER, "abc-123").retrieve().toBodilessEntity();
        assertThat(echoed.getHeaders().getFirst(RequestIds.HEADER)).isEqualTo("abc-123");

        var replaced = http().get().uri("/public/ping").header(RequestIds.HEADER, "<script>").retrieve().toBodilessEntity();
        assertThat(replaced.getHeaders().getFirst(RequestIds.HEADER)).matches("[0-9a-f-]{36}");
    }

    @Test
    void publicPathsAndHealthNeedNoToken() {
        assertThat(get("/public/ping", null).toBodilessEntity().getStatusCode()).isEqualTo(HttpStatus.OK);
    }
}
