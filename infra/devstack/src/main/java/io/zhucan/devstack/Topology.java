package io.zhucan.devstack;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The local stack as data: ports, names and the list of Spring Boot applications. docker-compose.yml
 * and the Kubernetes manifests are checked against this class (ComposeConsistencyTest), so they
 * cannot drift from what ./platform runs.
 */
final class Topology {

    static final int POSTGRES_PORT = 15432;
    static final int KAFKA_PORT = 9092;
    static final int KAFKA_CONTROLLER_PORT = 9093;
    static final int KAFKA_LOCAL_PARTITIONS = 6;
    static final int KEYCLOAK_PORT = 8180;
    static final String KEYCLOAK_URL = "http://localhost:" + KEYCLOAK_PORT;
    static final String REALM = "zhucan";
    static final String REALM_FILE = "infra/keycloak/zhucan-realm.json";
    static final String ISSUER = KEYCLOAK_URL + "/realms/" + REALM;
    static final String DB_USER = "zhucan";
    static final String DB_PASSWORD = "zhucan"; // local only: the cluster takes it from a Secret

    /**
     * A Spring Boot application of the repository.
     *
     * @param name the service name: spring.application.name, consumer group, log file, component name
     * @param module the Maven module folder
     * @param jar the boot jar in {@code <module>/target}
     * @param port its port on 127.0.0.1
     * @param database its PostgreSQL database, or null (the gateway has none)
     * @param basePath the API base path it serves ("" for the gateway)
     */
    record App(String name, String module, String jar, int port, String database, String basePath) {

        /** Actuator's own port (health, Prometheus; no token needed): the API port + 1000, 9080 for the gateway. */
        int managementPort() {
            return port + 1000;
        }
    }

    /** The services, in start order. A new service is one more line (employment 8083, rehabilitation 8084, profile 8085). */
    static final List<App> SERVICES = List.of(
            new App("certification", "services/certification", "certification-service.jar", 8081, "certification", "/api/certification"),
            new App("subsidy", "services/subsidy", "subsidy-service.jar", 8082, "subsidy", "/api/subsidies"),
            new App("employment", "services/employment", "employment-service.jar", 8083, "employment", "/api/employment"),
            new App("rehabilitation", "services/rehabilitation", "rehabilitation-service.jar", 8084, "rehabilitation",
                    "/api/rehabilitation"),
            new App("profile", "services/profile", "profile-service.jar", 8085, "profile", "/api/profile"));

    static final App GATEWAY = new App("gateway", "gateway", "gateway.jar", 8080, null, "");

    /** The caseworkers' web UI: the realm's backoffice client redirects to this port only. */
    static final App BACKOFFICE = new App("backoffice", "services/backoffice", "backoffice.jar", 5174, null, "");

    static List<App> apps() {
        return Stream.concat(SERVICES.stream(), Stream.of(GATEWAY, BACKOFFICE)).toList();
    }

    static List<String> databases() {
        return SERVICES.stream().map(App::database).toList();
    }

    /**
     * Every component with what it waits for: the infrastructure starts at once; the services need
     * PostgreSQL and Kafka (they fetch Keycloak's keys on the first request, so they start while
     * Keycloak is still booting); the gateway comes when Keycloak and every service is up, the back
     * office (which calls the gateway) last.
     */
    static List<Component> components(Settings settings) {
        List<Component> all = new ArrayList<>();
        all.add(new PostgresComponent(settings, databases()));
        all.add(new KafkaComponent(settings));
        all.add(new KeycloakComponent(settings));
        for (App service : SERVICES) {
            all.add(new SpringBootComponent(settings, service, Set.of("postgres", "kafka")));
        }
        Set<String> gatewayNeeds = Stream.concat(Stream.of("keycloak"), SERVICES.stream().map(App::name))
                .collect(Collectors.toUnmodifiableSet());
        all.add(new SpringBootComponent(settings, GATEWAY, gatewayNeeds));
        all.add(new SpringBootComponent(settings, BACKOFFICE, Set.of("keycloak", GATEWAY.name())));
        return List.copyOf(all);
    }

    private Topology() {
    }
}
