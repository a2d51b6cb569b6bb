package io.zhucan.devstack;

import static io.zhucan.devstack.Manifests.K8S;
import static io.zhucan.devstack.Manifests.RESOURCES;
import static io.zhucan.devstack.Manifests.kind;
import static io.zhucan.devstack.Manifests.named;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * infra/k8s as a cluster takes it: every resource parsed strictly with its operator's model
 * (StrictModels); every application restricted, probed on its management port, with its database,
 * HPA and PDB. Kafka: KafkaManifestsTest; who reaches what: ClusterAccessManifestsTest.
 */
class KubernetesManifestsTest {

    @Test
    void kustomize_lists_every_manifest() throws IOException {
        List<String> listed = new ArrayList<>();
        RepoFiles.yaml(K8S.resolve("kustomization.yaml")).path("resources").forEach(r -> listed.add(r.asString()));
        try (Stream<Path> files = Files.walk(K8S)) {
            List<String> manifests = files.filter(f -> f.toString().endsWith(".yaml"))
                    .filter(f -> !f.getFileName().toString().equals("kustomization.yaml"))
                    .map(f -> K8S.relativize(f).toString()).toList();
            assertThat(listed).containsExactlyInAnyOrderElementsOf(manifests);
        }
    }

    @Test
    void every_resource_is_accepted_by_its_operators_model_strictly() throws Exception {
        assertThat(RESOURCES).hasSizeGreaterThan(40);
        for (JsonNode resource : RESOURCES) {
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
        String certificate = named("Certificate", "keycloak-tls").orElseThrow().toString();
        assertThatThrownBy(() -> StrictModels.parse("Certificate", "cert-manager.io/v1",
                certificate.replace("\"dnsNames\"", "\"dnsName\""))).hasMessageContaining("dnsName");
        assertThatThrownBy(() -> StrictModels.parse("Certificate", "cert-manager.io/v1",
                certificate.replace("\"ECDSA\"", "\"EC\""))).hasMessageContaining("algorithm");
        assertThatThrownBy(() -> StrictModels.parse("Certificate", "cert-manager.io/v1alpha2", certificate))
                .hasMessageContaining("cert-manager.io/v1");
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

    /** Gateway ingress, Kafka listeners, PostgreSQL, Keycloak and every JWKS URI: TLS (TlsHops). */
    @Test
    void every_hop_is_tls() {
        assertThat(kind("Certificate")).isNotEmpty();
        assertThat(TlsHops.problems(RESOURCES)).isEmpty();
    }

    /** The check above can fail: a plain-http JWKS URI, a listener without TLS, an ingress host without a certificate. */
    @Test
    void a_plain_http_jwks_uri_a_listener_without_tls_or_an_uncovered_host_is_found() {
        assertThat(TlsHops.problems(replaced("ConfigMap", "zhucan-platform", "https://keycloak-service:8443", "http://keycloak-service:8080")))
                .anySatisfy(p -> assertThat(p).contains("SPRING_SECURITY_OAUTH2_RESOURCESERVER_JWT_JWK_SET_URI is not https"));
        assertThat(TlsHops.problems(replaced("Deployment", "gateway", "https://keycloak-service", "http://keycloak-service")))
                .anySatisfy(p -> assertThat(p).contains("gateway ZHUCAN_IDENTITY_JWK_SET_URI is not https"));
        assertThat(TlsHops.problems(replaced("Kafka", "zhucan", "\"tls\":true", "\"tls\":false")))
                .contains("Kafka listener tls is not TLS");
        assertThat(TlsHops.problems(replaced("Ingress", "gateway", "\"secretName\":\"api-zhucan-tls\"", "\"secretName\":\"self-made\"")))
                .contains("Ingress gateway serves api.zhucan.example without a certificate for it");
        assertThat(TlsHops.problems(replaced("Deployment", "subsidy", "\"secretName\":\"keycloak-tls\"", "\"secretName\":\"other\"")))
                .contains("subsidy reaches Keycloak without the internal CA as its truststore");
    }

    /** The manifests with one resource's JSON text changed. */
    private static List<JsonNode> replaced(String kind, String name, String from, String to) {
        JsonNode original = named(kind, name).orElseThrow();
        assertThat(original.toString()).contains(from);
        JsonNode changed = RepoFiles.YAML.readTree(original.toString().replace(from, to));
        return RESOURCES.stream().map(r -> r == original ? changed : r).toList();
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

}
