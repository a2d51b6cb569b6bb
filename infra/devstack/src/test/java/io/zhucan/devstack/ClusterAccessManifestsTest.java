package io.zhucan.devstack;

import static io.zhucan.devstack.Manifests.K8S;
import static io.zhucan.devstack.Manifests.kind;
import static io.zhucan.devstack.Manifests.named;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.keycloak.representations.idm.RealmRepresentation;
import tools.jackson.databind.JsonNode;

/** Who reaches what in the cluster: NetworkPolicies, Prometheus on the management ports, the realm that issues the tokens. */
class ClusterAccessManifestsTest {

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

        Path dashboard = K8S.resolve("monitoring/zhucan-dashboard.json");
        JsonNode json = tools.jackson.databind.json.JsonMapper.shared().readTree(Files.readString(dashboard));
        List<String> expressions = new ArrayList<>();
        json.path("panels").forEach(p -> p.path("targets").forEach(t -> expressions.add(t.path("expr").asString())));
        assertThat(String.join("\n", expressions)).contains(KeyFigures.SHOWN.values()).contains("kafka_consumergroup_lag");
        assertThat(RepoFiles.yaml(K8S.resolve("kustomization.yaml")).at("/configMapGenerator/0/files/0").asString())
                .isEqualTo("monitoring/zhucan-dashboard.json");
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
}
