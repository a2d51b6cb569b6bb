package io.zhucan.devstack;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/**
 * docker-compose.yml runs what ./platform runs: the same components, the same host ports on
 * 127.0.0.1, the same databases, credentials, realm and issuer, and the same versions. The file
 * cannot be run here (no Docker engine), so this test is what keeps the two from drifting.
 */
class ComposeConsistencyTest {

    private static final String INTERNAL_KAFKA = "kafka:29092";
    /** The one-shot job that creates the topics and ACLs (exits when done: no health check). */
    private static final String KAFKA_SETUP = "kafka-setup";

    private final Path repo = RepoFiles.repo();
    private final JsonNode compose = RepoFiles.yaml(repo.resolve("docker-compose.yml"));
    private final JsonNode services = compose.path("services");

    @Test
    void the_same_components() {
        Set<String> expected = new LinkedHashSet<>(List.of("postgres", "kafka", KAFKA_SETUP, "keycloak", "jaeger"));
        Topology.apps().forEach(app -> expected.add(app.name()));
        assertThat(names(services)).containsExactlyInAnyOrderElementsOf(expected);
    }

    @Test
    void the_same_ports_published_on_loopback_only() {
        assertThat(ports("postgres")).containsExactly("127.0.0.1:" + Topology.POSTGRES_PORT + ":5432");
        assertThat(ports("kafka")).containsExactly("127.0.0.1:" + Topology.KAFKA_PORT + ":9092");
        assertThat(ports("keycloak")).containsExactly("127.0.0.1:" + Topology.KEYCLOAK_PORT + ":" + Topology.KEYCLOAK_PORT);
        assertThat(ports("jaeger")).as("the trace store's UI").containsExactly("127.0.0.1:16686:16686");
        for (Topology.App app : Topology.apps()) {
            assertThat(ports(app.name())).as(app.name()).containsExactly("127.0.0.1:" + app.port() + ":" + app.port(),
                    "127.0.0.1:" + app.managementPort() + ":" + app.managementPort());
        }
    }

    /** Restarted after a crash, bounded in memory, and healthy only when it answers (depends_on waits for that). */
    @Test
    void every_container_has_a_health_check_a_memory_limit_and_a_restart_policy() {
        for (String name : names(services)) {
            JsonNode s = services.path(name);
            if (!name.equals(KAFKA_SETUP)) {
                assertThat(strings(s.path("healthcheck").path("test"))).as(name + " health check").isNotEmpty();
            }
            assertThat(s.path("restart").asString()).as(name + " restart").isIn("unless-stopped", "always", "on-failure");
            assertThat(s.at("/deploy/resources/limits/memory").asString()).as(name + " memory limit").matches("\\d+[mg]");
        }
        for (Topology.App app : Topology.apps()) {
            JsonNode s = services.path(app.name());
            assertThat(s.at("/environment/MANAGEMENT_SERVER_PORT").asString()).as(app.name())
                    .isEqualTo(String.valueOf(app.managementPort()));
            assertThat(String.join(" ", strings(s.path("healthcheck").path("test")))).as(app.name() + " asks its management port")
                    .contains("/dev/tcp/127.0.0.1/" + app.managementPort() + " ", "/actuator/health/readiness");
            assertThat(s.at("/environment/MANAGEMENT_OPENTELEMETRY_TRACING_EXPORT_OTLP_ENDPOINT").asString())
                    .as(app.name() + " sends its spans to the trace store").isEqualTo("http://jaeger:4318/v1/traces");
        }
    }

    @Test
    void postgres_has_the_same_user_and_one_database_per_service() throws Exception {
        JsonNode env = services.path("postgres").path("environment");
        assertThat(env.path("POSTGRES_USER").asString()).isEqualTo(Topology.DB_USER);
        assertThat(env.path("POSTGRES_PASSWORD").asString()).isEqualTo(Topology.DB_PASSWORD);
        assertThat(services.path("postgres").path("image").asString())
                .isEqualTo("postgres:" + majorVersion(System.getProperty("postgres-binaries.version", "17")));
        String initScript = mountedFile("postgres", "/docker-entrypoint-initdb.d/");
        String sql = Files.readString(repo.resolve(initScript));
        for (String database : Topology.databases()) {
            assertThat(sql).contains("CREATE DATABASE " + database + " OWNER " + Topology.DB_USER + ";");
        }
        assertThat(sql.split("CREATE DATABASE", -1)).as("no database without a service").hasSize(Topology.databases().size() + 1);
    }

    @Test
    void kafka_is_one_kraft_node_with_the_local_settings() {
        JsonNode kafka = services.path("kafka");
        assertThat(kafka.path("image").asString()).isEqualTo("apache/kafka:" + System.getProperty("kafka.version", "4.1.2"));
        JsonNode env = kafka.path("environment");
        assertThat(env.path("KAFKA_PROCESS_ROLES").asString()).isEqualTo("broker,controller");
        assertThat(env.path("KAFKA_AUTO_CREATE_TOPICS_ENABLE").asString()).isEqualTo("false");
        assertThat(env.path("KAFKA_NUM_PARTITIONS").asInt()).isEqualTo(Topology.KAFKA_LOCAL_PARTITIONS);
        assertThat(env.path("KAFKA_ADVERTISED_LISTENERS").asString())
                .contains("INTERNAL://" + INTERNAL_KAFKA, "EXTERNAL://localhost:" + Topology.KAFKA_PORT);
    }

    @Test
    void keycloak_imports_the_realm_and_issues_the_local_issuer() {
        JsonNode keycloak = services.path("keycloak");
        assertThat(keycloak.path("image").asString())
                .isEqualTo("quay.io/keycloak/keycloak:" + System.getProperty("keycloak.version", "26.7.3"));
        List<String> command = strings(keycloak.path("command"));
        assertThat(command).contains("start-dev", "--http-port=" + Topology.KEYCLOAK_PORT,
                "--hostname=" + Topology.KEYCLOAK_URL, "--import-realm");
        assertThat(mountedFile("keycloak", "/opt/keycloak/data/import/")).isEqualTo(Topology.REALM_FILE);
    }

    @Test
    void each_service_is_built_from_its_jar_and_points_at_the_same_infrastructure() {
        for (Topology.App service : Topology.SERVICES) {
            JsonNode s = services.path(service.name());
            assertBuiltFrom(s, service);
            JsonNode env = s.path("environment");
            assertThat(env.path("SPRING_DATASOURCE_URL").asString()).as(service.name())
                    .isEqualTo("jdbc:postgresql://postgres:5432/" + service.database());
            assertThat(env.path("SPRING_DATASOURCE_USERNAME").asString()).isEqualTo(Topology.DB_USER);
            assertThat(env.path("SPRING_DATASOURCE_PASSWORD").asString()).isEqualTo(Topology.DB_PASSWORD);
            assertThat(env.path("SPRING_KAFKA_BOOTSTRAP_SERVERS").asString()).isEqualTo(INTERNAL_KAFKA);
            assertThat(env.path("SPRING_SECURITY_OAUTH2_RESOURCESERVER_JWT_ISSUER_URI").asString()).isEqualTo(Topology.ISSUER);
            assertThat(env.path("SPRING_SECURITY_OAUTH2_RESOURCESERVER_JWT_JWK_SET_URI").asString())
                    .isEqualTo(jwkSetUriInsideTheNetwork());
            assertThat(names(s.path("depends_on"))).contains("postgres", KAFKA_SETUP);
            assertThat(s.at("/depends_on/" + KAFKA_SETUP + "/condition").asString()).isEqualTo("service_completed_successfully");
        }
    }

    /** Each service signs in as its own principal, as ./platform up starts it (SpringBootComponent, KafkaSasl). */
    @Test
    void each_service_connects_to_kafka_as_its_own_principal_and_creates_no_topic() {
        for (Topology.App service : Topology.SERVICES) {
            JsonNode env = services.path(service.name()).path("environment");
            Map<String, String> client = KafkaSasl.clientProperties(service.name());
            assertThat(env.path("SPRING_KAFKA_SECURITY_PROTOCOL").asString()).as(service.name())
                    .isEqualTo(client.get("security.protocol"));
            assertThat(env.path("SPRING_KAFKA_PROPERTIES_SASL_MECHANISM").asString()).isEqualTo(client.get("sasl.mechanism"));
            assertThat(env.path("SPRING_KAFKA_PROPERTIES_SASL_JAAS_CONFIG").asString()).as(service.name())
                    .isEqualTo(client.get("sasl.jaas.config"));
            assertThat(env.path("ZHUCAN_MESSAGING_TOPICS_CREATE").asString()).isEqualTo("false");
        }
    }

    /** The broker knows every principal of acls.txt with its local password, and refuses what is not granted. */
    @Test
    void kafka_authenticates_the_principals_of_the_acls_file_and_authorizes_by_acls() throws Exception {
        JsonNode env = services.path("kafka").path("environment");
        List<String> principals = List.copyOf(KafkaAcls.principals(KafkaAcls.read(repo.resolve(KafkaAcls.FILE))));
        assertThat(env.path("KAFKA_LISTENER_SECURITY_PROTOCOL_MAP").asString())
                .isEqualTo("INTERNAL:SASL_PLAINTEXT,EXTERNAL:SASL_PLAINTEXT,CONTROLLER:PLAINTEXT");
        assertThat(env.path("KAFKA_SASL_ENABLED_MECHANISMS").asString()).isEqualTo("PLAIN");
        for (String listener : List.of("INTERNAL", "EXTERNAL")) {
            assertThat(env.path("KAFKA_LISTENER_NAME_" + listener + "_PLAIN_SASL_JAAS_CONFIG").asString()).as(listener)
                    .isEqualTo(KafkaSasl.jaasConfig(principals));
        }
        assertThat(env.path("KAFKA_AUTHORIZER_CLASS_NAME").asString())
                .isEqualTo("org.apache.kafka.metadata.authorizer.StandardAuthorizer");
        assertThat(env.path("KAFKA_ALLOW_EVERYONE_IF_NO_ACL_FOUND").asString()).isEqualTo("false");
        assertThat(env.path("KAFKA_SUPER_USERS").asString()).isEqualTo("User:" + KafkaSasl.ADMIN + ";User:ANONYMOUS");
        assertThat(adminProperties(mountedFile("kafka", "/zhucan/admin.properties")))
                .isEqualTo(KafkaSasl.clientProperties(KafkaSasl.ADMIN));
    }

    /**
     * kafka-setup runs infra/kafka/compose-setup.sh on acls.txt; here the script runs against
     * stand-ins of kafka-topics.sh and kafka-acls.sh that record what they are asked, which must be
     * exactly the topics and ACLs the launcher creates from the same file.
     */
    @Test
    void kafka_setup_creates_the_launchers_topics_and_acls_from_the_acls_file(@TempDir Path bin) throws Exception {
        JsonNode setup = services.path(KAFKA_SETUP);
        JsonNode env = setup.path("environment");
        assertThat(mountedFile(KAFKA_SETUP, env.path("ACLS").asString())).isEqualTo(KafkaAcls.FILE);
        assertThat(mountedFile(KAFKA_SETUP, env.path("ADMIN_CONFIG").asString())).isEqualTo(mountedFile("kafka", "/zhucan/admin.properties"));
        assertThat(env.path("BOOTSTRAP").asString()).isEqualTo(INTERNAL_KAFKA);
        assertThat(env.path("PARTITIONS").asInt()).isEqualTo(Topology.KAFKA_LOCAL_PARTITIONS);
        assertThat(setup.path("image").asString()).isEqualTo(services.path("kafka").path("image").asString());
        assertThat(setup.at("/depends_on/kafka/condition").asString()).isEqualTo("service_healthy");
        String script = mountedFile(KAFKA_SETUP, strings(setup.path("entrypoint")).getLast());

        KafkaSetupScript.Requests asked = KafkaSetupScript.run(repo.resolve(script), repo.resolve(KafkaAcls.FILE), bin,
                INTERNAL_KAFKA, Topology.KAFKA_LOCAL_PARTITIONS);

        List<KafkaAcls.Rule> rules = KafkaAcls.read(repo.resolve(KafkaAcls.FILE));
        assertThat(asked.acls()).containsExactlyInAnyOrderElementsOf(rules);
        Map<String, Long> expected = new HashMap<>();
        KafkaAcls.topics(rules).forEach(t -> expected.put(t,
                t.endsWith(".DLT") ? KafkaComponent.DEAD_LETTER_RETENTION_MS : KafkaComponent.RETENTION_MS));
        assertThat(asked.topicRetentions()).isEqualTo(expected);
    }

    private Map<String, String> adminProperties(String file) throws Exception {
        Properties properties = new Properties();
        try (var in = Files.newBufferedReader(repo.resolve(file))) {
            properties.load(in);
        }
        Map<String, String> values = new HashMap<>();
        properties.stringPropertyNames().forEach(k -> values.put(k, properties.getProperty(k)));
        return values;
    }

    @Test
    void the_gateway_routes_to_every_service_and_trusts_the_same_issuer() {
        JsonNode gateway = services.path(Topology.GATEWAY.name());
        assertBuiltFrom(gateway, Topology.GATEWAY);
        JsonNode env = gateway.path("environment");
        assertThat(env.path("ZHUCAN_IDENTITY_ISSUER_URI").asString()).isEqualTo(Topology.ISSUER);
        assertThat(env.path("ZHUCAN_IDENTITY_JWK_SET_URI").asString()).isEqualTo(jwkSetUriInsideTheNetwork());
        for (Topology.App service : Topology.SERVICES) {
            assertThat(env.path("ZHUCAN_SERVICES_" + service.name().toUpperCase() + "_URI").asString())
                    .isEqualTo("http://" + service.name() + ":" + service.port());
        }
        assertThat(names(gateway.path("depends_on"))).contains("keycloak")
                .containsAll(Topology.SERVICES.stream().map(Topology.App::name).toList());
    }

    @Test
    void the_back_office_logs_in_at_the_same_realm_and_calls_the_gateway() {
        JsonNode backoffice = services.path(Topology.BACKOFFICE.name());
        assertBuiltFrom(backoffice, Topology.BACKOFFICE);
        JsonNode env = backoffice.path("environment");
        assertThat(env.path("ZHUCAN_BACKOFFICE_ISSUER_URI").asString()).isEqualTo(Topology.ISSUER);
        assertThat(env.path("ZHUCAN_BACKOFFICE_BACKCHANNEL_URI").asString())
                .isEqualTo("http://keycloak:" + Topology.KEYCLOAK_PORT + "/realms/" + Topology.REALM);
        assertThat(env.path("ZHUCAN_BACKOFFICE_GATEWAY_URI").asString())
                .isEqualTo("http://gateway:" + Topology.GATEWAY.port());
        assertThat(names(backoffice.path("depends_on"))).contains(Topology.GATEWAY.name());
    }

    @Test
    void the_dockerfile_and_dockerignore_let_the_jars_through() throws Exception {
        assertThat(repo.resolve("infra/docker/Dockerfile")).isRegularFile();
        List<String> ignore = Files.readAllLines(repo.resolve(".dockerignore"));
        for (Topology.App app : Topology.apps()) {
            String jar = app.module() + "/target/" + app.jar();
            assertThat(ignore).as(".dockerignore lets " + jar + " into the build context")
                    .anyMatch(line -> line.startsWith("!") && java.nio.file.FileSystems.getDefault()
                            .getPathMatcher("glob:" + line.substring(1)).matches(Path.of(jar)));
        }
    }

    private void assertBuiltFrom(JsonNode service, Topology.App app) {
        assertThat(service.path("build").path("dockerfile").asString()).isEqualTo("infra/docker/Dockerfile");
        assertThat(service.path("build").path("context").asString()).isEqualTo(".");
        assertThat(service.path("build").path("args").path("JAR").asString()).isEqualTo(app.module() + "/target/" + app.jar());
    }

    private static String jwkSetUriInsideTheNetwork() {
        return "http://keycloak:" + Topology.KEYCLOAK_PORT + "/realms/" + Topology.REALM + "/protocol/openid-connect/certs";
    }

    private List<String> ports(String service) {
        return strings(services.path(service).path("ports"));
    }

    /** The repository file mounted at a path under {@code target} in the container, e.g. the realm file. */
    private String mountedFile(String service, String target) {
        for (String volume : strings(services.path(service).path("volumes"))) {
            String[] parts = volume.split(":");
            if (parts[0].startsWith("./") && parts.length > 1 && parts[1].startsWith(target)) {
                return parts[0].substring(2);
            }
        }
        throw new AssertionError(service + " mounts no file at " + target);
    }

    private static List<String> strings(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(n -> values.add(n.asString()));
        return values;
    }

    private static List<String> names(JsonNode object) {
        List<String> names = new ArrayList<>();
        object.propertyNames().forEach(names::add);
        return names;
    }

    private static String majorVersion(String version) {
        return version.split("\\.")[0];
    }
}
