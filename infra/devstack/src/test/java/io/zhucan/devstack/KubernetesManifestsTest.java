package io.zhucan.devstack;

import static org.assertj.core.api.Assertions.assertThat;

import io.zhucan.platform.events.Topics;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** infra/k8s against the platform: every topic and its DLT, every application with its probes, resources, HPA and PDB. */
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
    void kafka_runs_in_kraft_mode_with_three_nodes() {
        JsonNode kafka = kind("Kafka").getFirst();
        assertThat(kafka.at("/metadata/annotations/strimzi.io~1kraft").asString()).isEqualTo("enabled");
        assertThat(kafka.at("/spec/kafka/config/auto.create.topics.enable").asBoolean(true)).isFalse();
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
            assertThat(container.at("/resources/requests/cpu").isMissingNode()).as(app.name() + " cpu request").isFalse();
            assertThat(container.at("/resources/requests/memory").isMissingNode()).isFalse();
            assertThat(container.at("/resources/limits/memory").isMissingNode()).isFalse();

            JsonNode service = named("Service", app.name()).orElseThrow(() -> new AssertionError("no Service " + app.name()));
            assertThat(service.at("/spec/ports/0/port").asInt()).isEqualTo(app.port());

            JsonNode hpa = named("HorizontalPodAutoscaler", app.name()).orElseThrow(() -> new AssertionError("no HPA " + app.name()));
            assertThat(hpa.at("/spec/scaleTargetRef/name").asString()).isEqualTo(app.name());
            assertThat(hpa.at("/spec/minReplicas").asInt()).isGreaterThanOrEqualTo(2);
            int partitions = kind("KafkaTopic").getFirst().at("/spec/partitions").asInt();
            assertThat(hpa.at("/spec/maxReplicas").asInt()).as("more consumers than partitions would idle").isLessThanOrEqualTo(partitions);

            JsonNode pdb = named("PodDisruptionBudget", app.name()).orElseThrow(() -> new AssertionError("no PDB " + app.name()));
            assertThat(pdb.at("/spec/selector/matchLabels/app.kubernetes.io~1name").asString()).isEqualTo(app.name());
        }
    }

    @Test
    void services_leave_topic_creation_to_strimzi() {
        JsonNode config = named("ConfigMap", "zhucan-platform").orElseThrow();
        assertThat(config.at("/data/ZHUCAN_MESSAGING_TOPICS_CREATE").asString()).isEqualTo("false");
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
