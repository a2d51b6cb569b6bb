package io.zhucan.e2e;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import tools.jackson.databind.json.JsonMapper;

/**
 * A real Keycloak (the keycloak-quarkus-dist zip, unpacked by Maven into {@code target/keycloak}) in
 * development mode with an in-memory database, the platform's realm imported from
 * {@code infra/keycloak/zhucan-realm.json}, on a free loopback port with hostname
 * {@code http://localhost:<port>} (so tokens carry {@code iss = http://localhost:<port>/realms/zhucan}).
 */
final class KeycloakServer implements AutoCloseable {

    static final String REALM = "zhucan";
    static final JsonMapper JSON = JsonMapper.builder().build();

    private final int port;
    private final ManagedProcess process;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    private KeycloakServer(int port, ManagedProcess process) {
        this.port = port;
        this.process = process;
    }

    static KeycloakServer start() {
        Path home = Path.of(required("zhucan.e2e.keycloak.home"));
        Path realm = Path.of(required("zhucan.e2e.realm"));
        try {
            Path imports = Files.createDirectories(home.resolve("data/import"));
            Files.copy(realm, imports.resolve("zhucan-realm.json"), StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        int port = ManagedProcess.freePort();
        ManagedProcess process = ManagedProcess.start("keycloak", List.of("bash", "bin/kc.sh", "start-dev",
                        "--http-host=127.0.0.1", "--http-port=" + port, "--hostname=http://localhost:" + port,
                        "--http-management-port=" + ManagedProcess.freePort(), "--db=dev-mem", "--import-realm",
                        "--cache=local", "--log-level=WARN,org.keycloak.exportimport:INFO,io.quarkus:INFO"),
                home, Map.of("JAVA_HOME", System.getProperty("java.home"),
                        "JAVA_OPTS_KC_HEAP", "-Xms64m -Xmx768m"));
        return new KeycloakServer(port, process);
    }

    private static String required(String property) {
        String value = System.getProperty(property);
        if (value == null) {
            throw new IllegalStateException("system property " + property + " is not set (run through Maven: "
                    + "./mvnw verify -pl infra/e2e -am)");
        }
        return value;
    }

    /** Whether the realm's OpenID discovery document is served with the expected issuer. */
    boolean ready() {
        if (!process.isAlive()) {
            throw new IllegalStateException("Keycloak exited during start\n" + process.tail());
        }
        try {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(
                            URI.create(internalUri() + "/realms/" + REALM + "/.well-known/openid-configuration"))
                    .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.ofString());
            return response.statusCode() == 200 && response.body().contains("\"issuer\":\"" + issuer() + "\"");
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    String tail() {
        return process.tail();
    }

    /** What tokens carry as {@code iss}, and what the gateway and the services are configured with. */
    String issuer() {
        return "http://localhost:" + port + "/realms/" + REALM;
    }

    /** The same server by address (no name resolution of localhost to ::1 for clients that try it first). */
    String internalUri() {
        return "http://127.0.0.1:" + port;
    }

    String jwkSetUri() {
        return internalUri() + "/realms/" + REALM + "/protocol/openid-connect/certs";
    }

    String tokenEndpoint() {
        return "http://localhost:" + port + "/realms/" + REALM + "/protocol/openid-connect/token";
    }

    /** The resource-owner password grant on {@code platform-cli} (local stack and tests only). */
    String passwordGrant(String username, String password) {
        return passwordGrantOn("platform-cli", username, password);
    }

    String passwordGrantOn(String clientId, String username, String password) {
        return accessToken(tokenRequest(Map.of("grant_type", "password", "client_id", clientId,
                "username", username, "password", password)));
    }

    /** The client-credentials grant of a partner system. */
    String clientCredentials(String clientId, String secret) {
        return accessToken(tokenRequest(Map.of("grant_type", "client_credentials", "client_id", clientId,
                "client_secret", secret)));
    }

    /** The raw answer of the token endpoint (status and JSON), for refusals. */
    HttpResponse<String> tokenRequest(Map<String, String> form) {
        String body = new LinkedHashMap<>(form).entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        try {
            return http.send(HttpRequest.newBuilder(URI.create(tokenEndpoint()))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .timeout(Duration.ofSeconds(30))
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String accessToken(HttpResponse<String> response) {
        if (response.statusCode() != 200) {
            throw new IllegalStateException("token request refused: " + response.statusCode() + " " + response.body());
        }
        return String.valueOf(JSON.readValue(response.body(), Map.class).get("access_token"));
    }

    @Override
    public void close() {
        process.close();
    }
}
