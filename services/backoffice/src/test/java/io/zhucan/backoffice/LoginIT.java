package io.zhucan.backoffice;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The back office's own security, without Keycloak: a page needs a login, which is an authorization
 * code request with PKCE S256 to the realm; static assets are public; the headers protect the pages.
 * (The whole login, against a real Keycloak and the real services, is infra/e2e's BackofficeBrowserIT.)
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.autoconfigure.exclude=io.zhucan.platform.security.servlet.ServletSecurityAutoConfiguration",
        "zhucan.backoffice.issuer-uri=http://localhost:18180/realms/zhucan"})
class LoginIT {

    @LocalServerPort
    int port;

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void aPageSendsTheBrowserToKeycloakWithPkce() throws Exception {
        HttpResponse<String> page = get("/queues");
        assertThat(page.statusCode()).isEqualTo(302);
        assertThat(page.headers().firstValue("Location")).hasValueSatisfying(
                l -> assertThat(l).endsWith("/oauth2/authorization/keycloak"));

        HttpResponse<String> login = get("/oauth2/authorization/keycloak");
        String keycloak = login.headers().firstValue("Location").orElseThrow();
        assertThat(keycloak).startsWith("http://localhost:18180/realms/zhucan/protocol/openid-connect/auth?")
                .contains("client_id=backoffice", "response_type=code", "code_challenge_method=S256",
                        "code_challenge=", "scope=openid%20profile", "nonce=");
        assertThat(login.headers().firstValue("Set-Cookie")).hasValueSatisfying(cookie -> assertThat(cookie)
                .startsWith("BACKOFFICE_SESSION=").contains("HttpOnly", "SameSite=Lax"));
    }

    @Test
    void theDesignSystemAndScriptsArePublicAndPagesAreProtectedByHeaders() throws Exception {
        for (String asset : new String[] {"/webjars/govuk-frontend/dist/govuk/govuk-frontend.min.css",
                "/webjars/govuk-frontend/dist/govuk/govuk-frontend.min.js", "/webjars/htmx.org/dist/htmx.min.js",
                "/webjars/echarts/dist/echarts.min.js", "/css/backoffice.css", "/js/cockpit.js"}) {
            assertThat(get(asset).statusCode()).as(asset).isEqualTo(200);
        }
        HttpResponse<String> signedOut = get("/signed-out");
        assertThat(signedOut.statusCode()).isEqualTo(200);
        assertThat(signedOut.body()).contains("lang=\"zh-CN\"", "您已退出登录", "href=\"#main-content\"");
        assertThat(signedOut.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(
                csp -> assertThat(csp).contains("script-src 'self'", "frame-ancestors 'none'"));
        assertThat(get("/signed-out?lang=en").body()).contains("lang=\"en\"", "You have signed out");
    }

    @Test
    void healthIsPublicForProbes() throws Exception {
        assertThat(get("/actuator/health/readiness").statusCode()).isEqualTo(200);
    }
}
