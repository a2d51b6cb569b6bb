package io.zhucan.devstack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A service or the gateway: {@code java -jar} its boot jar (a copy in the state folder, taken at
 * start, so rebuilding the module does not break the running process). Their application.yml defaults
 * already point at this stack (PostgreSQL 15432, Kafka 9092, Keycloak 8180), so only the address
 * and ports are passed. Healthy = {@code /actuator/health} on the management port answers UP.
 */
final class SpringBootComponent implements Component {

    /**
     * Small heaps, the serial collector and C1 only: five JVMs share the developer's cores, start
     * faster and stay smaller this way; peak throughput is not what the local stack is for.
     */
    static final List<String> JVM_OPTIONS = List.of("-Xms64m", "-Xmx512m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1");

    private final Settings settings;
    private final Topology.App app;
    private final Set<String> dependsOn;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    SpringBootComponent(Settings settings, Topology.App app, Set<String> dependsOn) {
        this.settings = settings;
        this.app = app;
        this.dependsOn = dependsOn;
    }

    @Override
    public String name() {
        return app.name();
    }

    @Override
    public List<Integer> ports() {
        return List.of(app.port(), app.managementPort());
    }

    @Override
    public Set<String> dependsOn() {
        return dependsOn;
    }

    Path jar() {
        return settings.repo().resolve(app.module()).resolve("target").resolve(app.jar());
    }

    /** The copy that runs: a rebuild of the module while the platform runs must not pull the jar from under the JVM. */
    private Path runningJar() {
        return settings.home().resolve("apps").resolve(app.jar());
    }

    @Override
    public List<String> missing() {
        return Files.isRegularFile(jar()) ? List.of()
                : List.of(settings.repo().relativize(jar()) + " is missing: build it with ./mvnw -B -DskipTests install -pl "
                        + app.module() + " -am (./platform up builds what is missing or older than its sources)");
    }

    @Override
    public Optional<String> prepare(Console console) {
        missing().forEach(problem -> {
            throw new IllegalStateException(problem);
        });
        try {
            Files.createDirectories(runningJar().getParent());
            Files.copy(jar(), runningJar(), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.COPY_ATTRIBUTES);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot copy " + jar() + " to " + runningJar(), e);
        }
        return Optional.empty();
    }

    @Override
    public Launch launch() {
        List<String> command = new ArrayList<>();
        command.add(settings.java().toString());
        command.addAll(JVM_OPTIONS);
        command.addAll(extraJvmOptions());
        command.add(settings.javaMarker());
        command.addAll(List.of("-jar", runningJar().toString(),
                "--server.address=" + Settings.HOST,
                "--server.port=" + app.port(),
                // actuator on its own port, as in compose and Kubernetes: Prometheus and ./platform status need no token
                "--management.server.address=" + Settings.HOST,
                "--management.server.port=" + app.managementPort()));
        if (app.database() != null) {
            // the pools grow on demand: not 20 idle PostgreSQL backends per service on a laptop
            command.add("--spring.datasource.hikari.minimum-idle=2");
        }
        if (dependsOn.contains("kafka")) {
            // its own Kafka principal, as in the cluster: the broker's ACLs let it write its own topics only,
            // and the launcher has created the topics
            KafkaSasl.clientProperties(app.name()).forEach((key, value) -> command.add("--spring.kafka.properties." + key + "=" + value));
            command.add("--zhucan.messaging.topics.create=false");
        }
        return Launch.of(command, settings.repo().resolve(app.module()), settings.javaMarker());
    }

    /** ZHUCAN_PLATFORM_JAVA_OPTS, e.g. a debugger agent or a larger heap for every service. */
    private static List<String> extraJvmOptions() {
        String extra = System.getenv("ZHUCAN_PLATFORM_JAVA_OPTS");
        return extra == null || extra.isBlank() ? List.of() : List.of(extra.trim().split("\\s+"));
    }

    @Override
    public Optional<String> checkHealth() {
        URI uri = management("/actuator/health");
        try {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(3)).build(),
                    HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() == 200 && response.body().contains("\"UP\"")) {
                return Optional.empty();
            }
            return Optional.of(uri + " answers " + response.statusCode() + " " + abbreviate(response.body()));
        } catch (IOException e) {
            return Optional.of("no answer from " + uri);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.of("interrupted");
        }
    }

    /** The key figures of {@code ./platform status}, from the service's Prometheus scrape; empty if it does not answer. */
    Optional<String> figures() {
        try {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(management("/actuator/prometheus"))
                    .timeout(Duration.ofSeconds(3)).build(), HttpResponse.BodyHandlers.ofString());
            return response.statusCode() == 200 ? Optional.of(KeyFigures.of(response.body())) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }

    private URI management(String path) {
        return URI.create("http://" + Settings.HOST + ":" + app.managementPort() + path);
    }

    private static String abbreviate(String body) {
        return body.length() > 200 ? body.substring(0, 200) + "…" : body;
    }

    @Override
    public Duration startTimeout() {
        return Duration.ofMinutes(3);
    }

    @Override
    public String endpoint() {
        return "http://localhost:" + app.port() + (app.basePath().isEmpty() ? "" : app.basePath());
    }
}
