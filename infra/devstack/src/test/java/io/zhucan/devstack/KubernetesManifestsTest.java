package io.zhucan.devstack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.strimzi.api.kafka.model.user.KafkaUser;
import io.strimzi.api.kafka.model.user.KafkaUserAuthorizationSimple;
import io.strimzi.api.kafka.model.user.acl.AclRule;
import io.strimzi.api.kafka.model.user.acl.AclRuleGroupResource;
import io.strimzi.api.kafka.model.user.acl.AclRuleTopicResource;
import io.zhucan.platform.events.Topics;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.apache.kafka.common.resource.PatternType;
import org.apache.kafka.common.resource.ResourceType;
import org.keycloak.representations.idm.RealmRepresentation;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * infra/k8s as a cluster takes it and against the platform: every resource parsed strictly with its
 * operator's model (StrictModels), every topic and its DLT, one Kafka principal per service and
 * partner with the grants of infra/kafka/acls.txt, every application restricted, probed on its
 * management port, scraped, fenced by NetworkPolicies, with HPA and PDB; the realm a cluster imports.
 */
class KubernetesManifestsTest {

    private final Path k8s = RepoFiles.repo().resolve("infra/k8s");
    private final List<JsonNode> resources = resources();

    @Test
    void kustomize_lists_every_manifest() throws IOException {
        List<String> listed = new ArrayList<>();
        RepoFiles.yaml(k8s.resolve("kustomization.yaml")).path("resources").forEach(r -> listed.add(r.asString()));
        try (Stream<Path> files = Files.walk(k8s)) {
            List<String> manifests = files.filter(f -> f.toString().endsWith(".yaml"))
                    .filter(f -> !f.getFileName().toString().equals("kustomization.yaml"))
                    .map(f -> k8s.relativize(f).toString()).toList();
            assertThat(listed).containsExactlyInAnyOrderElementsOf(manifests);
        }
    }

    @Test
    void one_kafka_topic_per_platform_topic_and_one_dead_letter_topic_each_with_as_many_partitions() {
        Map<String, JsonNode> topics = new HashMap<>();
        kind("KafkaTopic").forEach(t -> topics.put(t.at("/spec/topicName").asString(), t));
        List<String> expected = new ArrayList<>();
        for (String topic : Topics.ALL) {
            expected.add(topic);
            expected.add(Topics.deadLetter(topic));
        }
        assertThat(topics.keySet()).containsExactlyInAnyOrderElementsOf(expected);
        for (String topic : Topics.ALL) {
            int partitions = topics.get(topic).at("/spec/partitions").asInt();
            assertThat(partitions).as(topic).isGreaterThanOrEqualTo(12);
            assertThat(topics.get(Topics.deadLetter(topic)).at("/spec/partitions").asInt()).as(Topics.deadLetter(topic))
                    .isEqualTo(partitions);
            assertThat(topics.get(topic).at("/spec/replicas").asInt()).isEqualTo(3);
        }
    }

    @Test
    void every_resource_is_accepted_by_its_operators_model_strictly() throws Exception {
        assertThat(resources).hasSizeGreaterThan(40);
        for (JsonNode resource : resources) {
            String kind = resource.path("kind").asString();
            String what = kind + " " + resource.at("/metadata/name").asString();
            try {
                StrictModels.parse(kind, resource.path("apiVersion").asString(), resource.toString());
            } catch (Exception e) {
                throw new AssertionError(what + " would be refused: " + e.getMessage(), e);
            }
        }
    }

    /** The check above can fail: a misspelt field, a field in the wrong place and a retired apiVersion are refused. */
    @Test
    void the_strict_parsing_refuses_unknown_fields_and_apiVersions_the_operators_no_longer_serve() {
        String deployment = named("Deployment", "certification").orElseThrow().toString();
        assertThatThrownBy(() -> StrictModels.parse("Deployment", "apps/v1",
                deployment.replace("\"readOnlyRootFilesystem\"", "\"readOnlyRootFileSystem\"")))
                .hasMessageContaining("readOnlyRootFileSystem");
        assertThatThrownBy(() -> StrictModels.parse("Deployment", "apps/v1",
                deployment.replace("\"terminationGracePeriodSeconds\"", "\"gracePeriod\"")))
                .hasMessageContaining("gracePeriod");
        String kafka = kind("Kafka").getFirst().toString();
        assertThatThrownBy(() -> StrictModels.parse("Kafka", "kafka.strimzi.io/v1beta2", kafka))
                .hasMessageContaining("kafka.strimzi.io/v1");
        assertThatThrownBy(() -> StrictModels.parse("Kafka", "kafka.strimzi.io/v1",
                kafka.replace("\"authorization\"", "\"authorisation\""))).hasMessageContaining("authorisation");
        assertThatThrownBy(() -> StrictModels.parse("Frobnicator", "v1", "{}")).hasMessageContaining("no model");
    }

    @Test
    void kafka_runs_in_kraft_mode_with_three_nodes() {
        JsonNode kafka = kind("Kafka").getFirst();
        assertThat(kafka.at("/spec/kafka/config/auto.create.topics.enable").asBoolean(true)).isFalse();
        assertThat(kafka.at("/spec/kafka/listeners")).allSatisfy(listener -> {
            assertThat(listener.path("tls").asBoolean()).as("TLS on every listener").isTrue();
            assertThat(listener.at("/authentication/type").asString()).isEqualTo("scram-sha-512");
        });
        assertThat(kafka.at("/spec/kafka/authorization/type").asString()).isEqualTo("simple");
        assertThat(kafka.at("/spec/kafkaExporter").isObject()).as("Kafka Exporter: consumer lag").isTrue();
        JsonNode pool = kind("KafkaNodePool").getFirst();
        assertThat(pool.at("/spec/replicas").asInt()).isEqualTo(3);
        assertThat(pool.at("/spec/roles").toString()).contains("controller", "broker");
    }

    @Test
    void each_service_has_its_own_postgres_cluster_and_database() {
        for (Topology.App service : Topology.SERVICES) {
            JsonNode cluster = named("Cluster", service.name() + "-db").orElseThrow(() -> new AssertionError("no CNPG cluster for " + service.name()));
            assertThat(cluster.at("/spec/bootstrap/initdb/database").asString()).isEqualTo(service.database());
            assertThat(cluster.at("/spec/instances").asInt()).isGreaterThanOrEqualTo(2);
            JsonNode env = named("Deployment", service.name()).orElseThrow().at("/spec/template/spec/containers/0/env");
            String url = "";
            for (JsonNode variable : env) {
                if (variable.path("name").asString().equals("SPRING_DATASOURCE_URL")) {
                    url = variable.path("value").asString();
                }
            }
            assertThat(url).as(service.name() + ": its own cluster, over TLS with the server checked")
                    .startsWith("jdbc:postgresql://" + service.name() + "-db-rw:5432/" + service.database() + "?")
                    .contains("sslmode=verify-full", "sslrootcert=/etc/db-ca/ca.crt");
        }
    }

    @Test
    void each_application_has_a_deployment_with_probes_and_resources_a_service_an_hpa_and_a_pdb() {
        for (Topology.App app : Topology.apps()) {
            JsonNode deployment = named("Deployment", app.name()).orElseThrow(() -> new AssertionError("no Deployment " + app.name()));
            JsonNode container = deployment.at("/spec/template/spec/containers/0");
            assertThat(container.at("/ports/0/containerPort").asInt()).as(app.name()).isEqualTo(app.port());
            assertThat(container.at("/readinessProbe/httpGet/path").asString()).isEqualTo("/actuator/health/readiness");
            assertThat(container.at("/livenessProbe/httpGet/path").asString()).isEqualTo("/actuator/health/liveness");
            assertThat(container.at("/readinessProbe/httpGet/port").asString()).isEqualTo("management");
            assertThat(container.at("/lifecycle/preStop/sleep/seconds").asInt()).as(app.name() + " preStop").isPositive()
                    .isLessThan(deployment.at("/spec/template/spec/terminationGracePeriodSeconds").asInt());
            assertThat(container.at("/resources/requests/cpu").isMissingNode()).as(app.name() + " cpu request").isFalse();
            assertThat(container.at("/resources/requests/memory").isMissingNode()).isFalse();
            assertThat(container.at("/resources/limits/memory").isMissingNode()).isFalse();

            JsonNode service = named("Service", app.name()).orElseThrow(() -> new AssertionError("no Service " + app.name()));
            assertThat(service.at("/spec/ports/0/port").asInt()).isEqualTo(app.port());
            assertThat(service.at("/spec/ports/1/name").asString()).as("the port Prometheus scrapes").isEqualTo("management");

            JsonNode hpa = named("HorizontalPodAutoscaler", app.name()).orElseThrow(() -> new AssertionError("no HPA " + app.name()));
            assertThat(hpa.at("/spec/scaleTargetRef/name").asString()).isEqualTo(app.name());
            assertThat(hpa.at("/spec/minReplicas").asInt()).isGreaterThanOrEqualTo(2);
            int partitions = kind("KafkaTopic").getFirst().at("/spec/partitions").asInt();
            assertThat(hpa.at("/spec/maxReplicas").asInt()).as("more consumers than partitions would idle").isLessThanOrEqualTo(partitions);

            JsonNode pdb = named("PodDisruptionBudget", app.name()).orElseThrow(() -> new AssertionError("no PDB " + app.name()));
            assertThat(pdb.at("/spec/selector/matchLabels/app.kubernetes.io~1name").asString()).isEqualTo(app.name());
        }
    }

    /** Pod Security Standards, "restricted": every pod of the namespace, the platform's and Redis. */
    @Test
    void every_pod_runs_restricted_with_a_read_only_root_and_a_writable_tmp() {
        assertThat(kind("Deployment")).hasSizeGreaterThan(Topology.apps().size());
        for (JsonNode deployment : kind("Deployment")) {
            String name = deployment.at("/metadata/name").asString();
            JsonNode pod = deployment.at("/spec/template/spec");
            assertThat(pod.at("/securityContext/runAsNonRoot").asBoolean()).as(name).isTrue();
            assertThat(pod.at("/securityContext/seccompProfile/type").asString()).as(name).isEqualTo("RuntimeDefault");
            for (JsonNode container : pod.path("containers")) {
                JsonNode security = container.path("securityContext");
                assertThat(security.path("allowPrivilegeEscalation").asBoolean(true)).as(name).isFalse();
                assertThat(security.path("readOnlyRootFilesystem").asBoolean()).as(name).isTrue();
                assertThat(security.at("/capabilities/drop").toString()).as(name).contains("\"ALL\"");
                List<String> writable = new ArrayList<>();
                container.path("volumeMounts").forEach(m -> writable.add(m.path("mountPath").asString()));
                assertThat(writable).as(name + " has somewhere to write").isNotEmpty();
            }
        }
        for (Topology.App app : Topology.apps()) {
            JsonNode pod = named("Deployment", app.name()).orElseThrow().at("/spec/template/spec");
            assertThat(pod.path("volumes").toString()).as(app.name()).contains("\"tmp\"", "emptyDir");
            assertThat(pod.at("/containers/0/volumeMounts").toString()).contains("\"/tmp\"");
        }
    }

    @Test
    void network_policies_refuse_by_default_and_admit_each_application_only_where_it_is_needed() {
        JsonNode deny = named("NetworkPolicy", "default-deny-ingress").orElseThrow();
        assertThat(deny.at("/spec/podSelector").isEmpty()).as("selects every pod").isTrue();
        assertThat(deny.at("/spec/ingress").isMissingNode()).as("admits nothing").isTrue();
        for (Topology.App app : Topology.apps()) {
            List<JsonNode> admitting = kind("NetworkPolicy").stream().filter(p -> selects(p, app.name()))
                    .filter(p -> p.at("/spec/ingress").isArray()).toList();
            assertThat(admitting).as(app.name()).isNotEmpty();
            assertThat(admitting.toString()).as(app.name() + ": its API and its management port")
                    .contains("\"port\":\"http\"", "\"port\":\"management\"");
        }
        JsonNode services = named("NetworkPolicy", "services").orElseThrow();
        assertThat(services.at("/spec/ingress/0/from/0/podSelector/matchLabels/app.kubernetes.io~1name").asString())
                .as("the services' API only from the gateway").isEqualTo("gateway");
    }

    private static boolean selects(JsonNode policy, String app) {
        JsonNode selector = policy.at("/spec/podSelector");
        return selector.at("/matchLabels/app.kubernetes.io~1name").asString("").equals(app)
                || selector.at("/matchExpressions/0/values").toString().contains("\"" + app + "\"");
    }

    @Test
    void prometheus_scrapes_every_application_and_the_kafka_exporter_and_the_dashboard_shows_the_platforms_meters()
            throws IOException {
        JsonNode monitor = named("ServiceMonitor", "zhucan-applications").orElseThrow();
        for (Topology.App app : Topology.apps()) {
            assertThat(monitor.at("/spec/selector/matchExpressions/0/values").toString()).contains("\"" + app.name() + "\"");
        }
        assertThat(monitor.at("/spec/endpoints/0/port").asString()).isEqualTo("management");
        assertThat(monitor.at("/spec/endpoints/0/path").asString()).isEqualTo("/actuator/prometheus");
        assertThat(named("PodMonitor", "zhucan-kafka-exporter").orElseThrow().at("/spec/selector/matchLabels/strimzi.io~1name")
                .asString()).isEqualTo(kind("Kafka").getFirst().at("/metadata/name").asString() + "-kafka-exporter");

        Path dashboard = k8s.resolve("monitoring/zhucan-dashboard.json");
        JsonNode json = tools.jackson.databind.json.JsonMapper.shared().readTree(Files.readString(dashboard));
        List<String> expressions = new ArrayList<>();
        json.path("panels").forEach(p -> p.path("targets").forEach(t -> expressions.add(t.path("expr").asString())));
        assertThat(String.join("\n", expressions)).contains(KeyFigures.SHOWN.values()).contains("kafka_consumergroup_lag");
        assertThat(RepoFiles.yaml(k8s.resolve("kustomization.yaml")).at("/configMapGenerator/0/files/0").asString())
                .isEqualTo("monitoring/zhucan-dashboard.json");
    }

    /** The KafkaUsers say what infra/kafka/acls.txt says, principal by principal, rule by rule. */
    @Test
    void one_kafka_user_per_service_and_partner_with_exactly_the_grants_of_the_acl_file() throws Exception {
        List<KafkaAcls.Rule> granted = KafkaAcls.read(RepoFiles.repo().resolve(KafkaAcls.FILE));
        Set<String> expected = new TreeSet<>();
        granted.forEach(r -> expected.add(text(r)));
        Set<String> actual = new TreeSet<>();
        Set<String> users = new TreeSet<>();
        for (JsonNode resource : kind("KafkaUser")) {
            KafkaUser user = (KafkaUser) StrictModels.parse("KafkaUser", resource.path("apiVersion").asString(), resource.toString());
            users.add(user.getMetadata().getName());
            assertThat(user.getSpec().getAuthentication().getType()).isEqualTo("scram-sha-512");
            for (AclRule rule : ((KafkaUserAuthorizationSimple) user.getSpec().getAuthorization()).getAcls()) {
                rule.getOperations().forEach(op -> actual.add(text(user.getMetadata().getName(), rule, op.toValue())));
            }
        }
        assertThat(actual).as("infra/k8s/kafka/users.yaml against " + KafkaAcls.FILE).containsExactlyElementsOf(expected);
        assertThat(users).containsExactlyInAnyOrderElementsOf(KafkaAcls.principals(granted));
        for (Topology.App service : Topology.SERVICES) {
            assertThat(users).contains(service.name());
            JsonNode env = named("Deployment", service.name()).orElseThrow().at("/spec/template/spec/containers/0/env");
            assertThat(env.toString()).as(service.name() + " reads its own KafkaUser's Secret")
                    .contains("{\"name\":\"SPRING_KAFKA_PROPERTIES_SASL_JAAS_CONFIG\",\"valueFrom\":{\"secretKeyRef\":{\"name\":\""
                            + service.name() + "\",\"key\":\"sasl.jaas.config\"}}}");
        }
    }

    private static String text(KafkaAcls.Rule rule) {
        return rule.principal() + " " + rule.operation() + " " + rule.resource().name().toLowerCase() + " " + rule.name()
                + (rule.pattern() == PatternType.PREFIXED ? "*" : "");
    }

    private static String text(String user, AclRule rule, String operation) {
        return switch (rule.getResource()) {
            case AclRuleTopicResource topic -> user + " " + operation + " " + ResourceType.TOPIC.name().toLowerCase() + " "
                    + topic.getName() + (topic.getPatternType().toValue().equals("prefix") ? "*" : "");
            case AclRuleGroupResource group -> user + " " + operation + " " + ResourceType.GROUP.name().toLowerCase() + " "
                    + group.getName() + (group.getPatternType().toValue().equals("prefix") ? "*" : "");
            default -> user + " " + operation + " " + rule.getResource();
        };
    }

    @Test
    void the_cluster_imports_the_realm_without_its_local_only_parts_so_tokens_validate() throws Exception {
        JsonNode local = RepoFiles.YAML.readTree(Files.readString(RepoFiles.repo().resolve(Topology.REALM_FILE)));
        if (Boolean.getBoolean("zhucan.write-realm-import")) {
            ClusterRealm.write(RepoFiles.repo(), local);
        }
        JsonNode imported = kind("KeycloakRealmImport").getFirst();
        assertThat(imported.at("/spec/keycloakCRName").asString()).isEqualTo(kind("Keycloak").getFirst().at("/metadata/name").asString());
        assertThat(imported.at("/spec/realm"))
                .as(ClusterRealm.IMPORT + " is stale: regenerate it as its header says")
                .isEqualTo(ClusterRealm.of(local));
        RealmRepresentation realm = StrictModels.STRICT.readValue(imported.at("/spec/realm").toString(), RealmRepresentation.class);
        assertThat(realm.getRealm()).isEqualTo(Topology.REALM);
        assertThat(realm.getClients()).noneMatch(c -> c.getClientId().equals(ClusterRealm.LOCAL_ONLY_CLIENT))
                .allMatch(c -> c.getSecret() == null);
        assertThat(realm.getUsers()).allMatch(u -> u.getServiceAccountClientId() != null);
        assertThat(imported.toString()).doesNotContain("localhost", "127.0.0.1");
    }

    @Test
    void services_leave_topic_creation_to_strimzi() {
        JsonNode config = named("ConfigMap", "zhucan-platform").orElseThrow();
        assertThat(config.at("/data/ZHUCAN_MESSAGING_TOPICS_CREATE").asString()).isEqualTo("false");
        assertThat(config.at("/data/SPRING_KAFKA_SECURITY_PROTOCOL").asString()).as("TLS and SASL to Kafka").isEqualTo("SASL_SSL");
        assertThat(config.at("/data/SPRING_KAFKA_PROPERTIES_SASL_MECHANISM").asString()).isEqualTo("SCRAM-SHA-512");
        assertThat(config.at("/data/SPRING_KAFKA_BOOTSTRAP_SERVERS").asString())
                .startsWith(kind("Kafka").getFirst().at("/metadata/name").asString() + "-kafka-bootstrap:");
    }

    private List<JsonNode> kind(String kind) {
        return resources.stream().filter(r -> r.path("kind").asString().equals(kind)).toList();
    }

    private Optional<JsonNode> named(String kind, String name) {
        return kind(kind).stream().filter(r -> r.at("/metadata/name").asString().equals(name)).findFirst();
    }

    private List<JsonNode> resources() {
        try (Stream<Path> files = Files.walk(k8s)) {
            return files.filter(f -> f.toString().endsWith(".yaml"))
                    .filter(f -> !f.getFileName().toString().equals("kustomization.yaml"))
                    .flatMap(f -> RepoFiles.yamlDocuments(f).stream()).toList();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
