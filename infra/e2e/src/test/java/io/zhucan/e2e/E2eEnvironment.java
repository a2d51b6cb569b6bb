package io.zhucan.e2e;

import static org.awaitility.Awaitility.await;

import io.zhucan.platform.testing.TestBroker;
import io.zhucan.platform.testing.TestDatabase;
import io.zhucan.platform.testing.TestInfrastructure;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Everything the end-to-end tests run against, started once per test JVM and always stopped (by
 * JUnit when the test run ends, or by a shutdown hook): a real Keycloak with the platform's realm, the
 * gateway jar, the certification, subsidy, profile and rehabilitation service jars (each on its own database of the
 * JVM's embedded PostgreSQL, all on its Kafka), the back office, and an echo service for the routes
 * whose service is not part of the run (employment).
 */
final class E2eEnvironment implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(E2eEnvironment.class);
    static final Duration KEYCLOAK_START = Duration.ofMinutes(5);
    static final Duration APP_START = Duration.ofMinutes(5); // a loaded shared 2-core machine starts the gateway in 3+ min

    private final Deque<AutoCloseable> started = new ArrayDeque<>();
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private boolean closed;

    KeycloakServer keycloak;
    EchoDownstream echo;
    int certificationPort;
    int subsidyPort;
    int profilePort;
    int gatewayPort;
    /** The realm's {@code backoffice} client redirects to this port only (http://localhost:5174/*). */
    static final int BACKOFFICE_PORT = 5174;

    private final List<String> jvmOptions;
    private final List<String> gatewayArguments;

    private E2eEnvironment(List<String> jvmOptions, List<String> gatewayArguments) {
        this.jvmOptions = jvmOptions;
        this.gatewayArguments = gatewayArguments;
    }

    static E2eEnvironment start(E2eSettings settings) {
        E2eEnvironment environment = new E2eEnvironment(List.of(settings.jvmOptions()),
                List.of(settings.gatewayArguments()));
        Runtime.getRuntime().addShutdownHook(new Thread(environment::close, "e2e-environment-stop"));
        try {
            environment.startAll();
            return environment;
        } catch (RuntimeException | Error e) {
            environment.close();
            throw e;
        }
    }

    private void startAll() {
        long begin = System.nanoTime();
        // Keycloak takes longest: start it first, start the rest while it boots
        keycloak = track(KeycloakServer.start());
        echo = track(new EchoDownstream());

        TestDatabase database = TestInfrastructure.database();
        TestBroker broker = TestInfrastructure.broker();
        Path apps = Path.of(System.getProperty("zhucan.e2e.apps", "target/apps"));

        certificationPort = ManagedProcess.freePort();
        ManagedProcess certification = track(startService("certification-service", certificationPort,
                database.jdbcUrl(), database, broker, apps));
        subsidyPort = ManagedProcess.freePort();
        ManagedProcess subsidy = track(startService("subsidy-service", subsidyPort,
                ownDatabase(database, "e2e_subsidy"), database, broker, apps));
        profilePort = ManagedProcess.freePort();
        // the cockpit reads indicator counts the profile refreshes (10 min in production): here every few seconds
        ManagedProcess profile = track(startService("profile-service", profilePort,
                ownDatabase(database, "e2e_profile"), database, broker, apps,
                "--zhucan.profile.indicators.first-refresh-after=2s", "--zhucan.profile.indicators.refresh-interval=3s"));
        int rehabilitationPort = ManagedProcess.freePort();
        ManagedProcess rehabilitation = track(startService("rehabilitation-service", rehabilitationPort,
                ownDatabase(database, "e2e_rehabilitation"), database, broker, apps));

        gatewayPort = ManagedProcess.freePort();
        List<String> gatewayCommand = new ArrayList<>(List.of(
                        "--server.port=" + gatewayPort,
                        "--zhucan.identity.issuer-uri=" + keycloak.issuer(),
                        "--zhucan.identity.jwk-set-uri=" + keycloak.jwkSetUri(),
                        "--zhucan.services.certification.uri=http://127.0.0.1:" + certificationPort,
                        "--zhucan.services.subsidy.uri=http://127.0.0.1:" + subsidyPort,
                        "--zhucan.services.employment.uri=" + echo.uri(),
                        "--zhucan.services.rehabilitation.uri=http://127.0.0.1:" + rehabilitationPort,
                        "--zhucan.services.profile.uri=http://127.0.0.1:" + profilePort,
                        // a service's first requests are slow on a loaded 2-core machine; GatewayIT tests the limit
                        "--resilience4j.timelimiter.configs.default.timeout-duration=30s"));
        gatewayCommand.addAll(gatewayArguments);
        ManagedProcess gateway = track(ManagedProcess.start("gateway", javaJar(apps.resolve("gateway.jar"),
                gatewayCommand), apps, Map.of()));

        ManagedProcess backoffice = track(ManagedProcess.start("backoffice", javaJar(apps.resolve("backoffice.jar"),
                List.of("--server.port=" + BACKOFFICE_PORT,
                        "--zhucan.backoffice.issuer-uri=" + keycloak.issuer(),
                        "--zhucan.backoffice.gateway-uri=" + gateway())), apps, Map.of()));

        awaitHealthy(gateway, gatewayPort);
        awaitHealthy(certification, certificationPort);
        awaitHealthy(subsidy, subsidyPort);
        awaitHealthy(profile, profilePort);
        awaitHealthy(rehabilitation, rehabilitationPort);
        awaitHealthy(backoffice, BACKOFFICE_PORT);
        await("Keycloak realm " + KeycloakServer.REALM).atMost(KEYCLOAK_START).pollInterval(Duration.ofSeconds(1))
                .ignoreExceptionsMatching(e -> !(e instanceof IllegalStateException))
                .until(keycloak::ready);
        log.info("e2e environment up in {} s: Keycloak {}, gateway :{}, certification :{}, subsidy :{}, profile :{}, "
                + "back office :{}", Duration.ofNanos(System.nanoTime() - begin).toSeconds(), keycloak.issuer(),
                gatewayPort, certificationPort, subsidyPort, profilePort, BACKOFFICE_PORT);
    }

    private ManagedProcess startService(String name, int port, String jdbcUrl, TestDatabase database, TestBroker broker,
            Path apps, String... settings) {
        List<String> arguments = new ArrayList<>(List.of(
                "--server.port=" + port,
                "--spring.datasource.url=" + jdbcUrl,
                "--spring.datasource.username=" + database.username(),
                "--spring.datasource.password=" + database.password(),
                "--spring.kafka.bootstrap-servers=" + broker.bootstrapServers(),
                "--spring.security.oauth2.resourceserver.jwt.issuer-uri=" + keycloak.issuer(),
                "--spring.security.oauth2.resourceserver.jwt.jwk-set-uri=" + keycloak.jwkSetUri()));
        arguments.addAll(List.of(settings));
        return ManagedProcess.start(name, javaJar(apps.resolve(name + ".jar"), arguments), apps, Map.of());
    }

    /** A database of its own for a service on the JVM's PostgreSQL server (each service owns its schema). */
    private static String ownDatabase(TestDatabase database, String name) {
        try (Connection c = DriverManager.getConnection(database.jdbcUrl(), database.username(), database.password());
                Statement s = c.createStatement()) {
            s.execute("DROP DATABASE IF EXISTS " + name);
            s.execute("CREATE DATABASE " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("could not create the database " + name, e);
        }
        URI server = URI.create(database.jdbcUrl().substring("jdbc:".length()));
        return "jdbc:" + server.getScheme() + "://" + server.getAuthority() + "/" + name
                + (server.getQuery() == null ? "" : "?" + server.getQuery());
    }

    private List<String> javaJar(Path jar, List<String> arguments) {
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException(jar + " is missing: run through Maven (./mvnw verify, or "
                    + "./mvnw verify -pl infra/e2e -am) so the applications are built and copied");
        }
        List<String> command = new ArrayList<>(List.of(ManagedProcess.java()));
        command.addAll(jvmOptions);
        command.addAll(List.of("-jar", jar.toString()));
        command.addAll(arguments);
        return command;
    }

    private void awaitHealthy(ManagedProcess process, int port) {
        try {
            await(process + " health").atMost(APP_START).pollInterval(Duration.ofMillis(500))
                    .until(() -> {
                        if (!process.isAlive()) {
                            throw new IllegalStateException(process + " exited during start\n" + process.tail());
                        }
                        return healthy(port);
                    });
        } catch (RuntimeException e) {
            throw new IllegalStateException(process + " did not become healthy\n" + process.tail(), e);
        }
    }

    private boolean healthy(int port) {
        try {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(
                            URI.create("http://127.0.0.1:" + port + "/actuator/health"))
                    .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.ofString());
            return response.statusCode() == 200;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private <T extends AutoCloseable> T track(T resource) {
        started.push(resource);
        return resource;
    }

    String gateway() {
        return "http://127.0.0.1:" + gatewayPort;
    }

    String backoffice() {
        return "http://localhost:" + BACKOFFICE_PORT;
    }

    String certificationDirect() {
        return "http://127.0.0.1:" + certificationPort;
    }

    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        while (!started.isEmpty()) {
            AutoCloseable resource = started.pop();
            try {
                resource.close();
            } catch (Exception e) {
                log.warn("could not stop {}: {}", resource, e.toString());
            }
        }
    }
}
