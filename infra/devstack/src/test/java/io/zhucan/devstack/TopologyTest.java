package io.zhucan.devstack;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import tools.jackson.databind.JsonNode;

/**
 * The launcher's component list against the modules it runs: jar names, the reactor order, and the
 * defaults in each application.yml that ./platform relies on (it passes only address and port).
 */
class TopologyTest {

    private final Path repo = RepoFiles.repo();

    @Test
    void every_application_jar_is_what_its_module_builds() throws Exception {
        for (Topology.App app : Topology.apps()) {
            Document pom = xml(repo.resolve(app.module()).resolve("pom.xml"));
            assertThat(text(pom.getDocumentElement(), "finalName") + ".jar").as(app.module() + " finalName").isEqualTo(app.jar());
        }
    }

    @Test
    void the_devstack_module_builds_after_every_application_it_runs() throws Exception {
        Document devstack = xml(repo.resolve("infra/devstack/pom.xml"));
        Set<String> dependencies = new HashSet<>();
        NodeList nodes = devstack.getElementsByTagName("dependency");
        for (int i = 0; i < nodes.getLength(); i++) {
            dependencies.add(text((Element) nodes.item(i), "artifactId"));
        }
        for (Topology.App app : Topology.apps()) {
            String artifactId = text(xml(repo.resolve(app.module()).resolve("pom.xml")).getDocumentElement(), "artifactId");
            assertThat(dependencies).as("infra/devstack/pom.xml depends on " + artifactId + " (build order)").contains(artifactId);
        }
    }

    @Test
    void ports_and_databases_are_unique() {
        List<Integer> ports = new ArrayList<>();
        Topology.components(Settings.from(java.util.Map.of(), repo)).forEach(c -> ports.addAll(c.ports()));
        assertThat(ports).doesNotHaveDuplicates().allMatch(p -> p > 1024);
        assertThat(Topology.databases()).doesNotHaveDuplicates();
        assertThat(Topology.apps()).extracting(Topology.App::name).doesNotHaveDuplicates();
    }

    @Test
    void each_service_defaults_to_the_local_stack() {
        for (Topology.App service : Topology.SERVICES) {
            JsonNode yml = RepoFiles.yaml(repo.resolve(service.module()).resolve("src/main/resources/application.yml"));
            assertThat(yml.at("/spring/application/name").asString()).isEqualTo(service.name());
            assertThat(yml.at("/server/port").asInt()).as(service.name() + " server.port").isEqualTo(service.port());
            assertThat(yml.at("/spring/datasource/url").asString())
                    .isEqualTo("jdbc:postgresql://localhost:" + Topology.POSTGRES_PORT + "/" + service.database());
            assertThat(yml.at("/spring/datasource/username").asString()).isEqualTo(Topology.DB_USER);
            assertThat(yml.at("/spring/kafka/bootstrap-servers").asString()).isEqualTo("localhost:" + Topology.KAFKA_PORT);
            assertThat(yml.at("/spring/security/oauth2/resourceserver/jwt/issuer-uri").asString()).isEqualTo(Topology.ISSUER);
            assertThat(yml.at("/zhucan/api/base-path").asString()).isEqualTo(service.basePath());
            assertThat(yml.at("/management/endpoint/health/probes/enabled").asBoolean())
                    .as(service.name() + ": readiness and liveness groups for the Kubernetes probes").isTrue();
        }
    }

    @Test
    void the_gateway_defaults_to_the_local_services_and_keycloak() {
        JsonNode yml = RepoFiles.yaml(repo.resolve("gateway/src/main/resources/application.yml"));
        assertThat(yml.at("/server/port").asInt()).isEqualTo(Topology.GATEWAY.port());
        assertThat(yml.at("/zhucan/identity/issuer-uri").asString()).isEqualTo(Topology.ISSUER);
        for (Topology.App service : Topology.SERVICES) {
            assertThat(yml.at("/zhucan/services/" + service.name() + "/uri").asString())
                    .as("gateway route target of " + service.name()).isEqualTo("http://localhost:" + service.port());
        }
    }

    @Test
    void the_back_office_defaults_to_the_local_gateway_and_realm_on_the_clients_redirect_port() {
        JsonNode yml = RepoFiles.yaml(repo.resolve(Topology.BACKOFFICE.module()).resolve("src/main/resources/application.yml"));
        assertThat(yml.at("/server/port").asInt()).isEqualTo(Topology.BACKOFFICE.port());
        assertThat(yml.at("/zhucan/backoffice/issuer-uri").asString()).isEqualTo(Topology.ISSUER);
        assertThat(yml.at("/zhucan/backoffice/gateway-uri").asString()).isEqualTo("http://localhost:" + Topology.GATEWAY.port());
        JsonNode realm = RepoFiles.yaml(repo.resolve(Topology.REALM_FILE));
        for (JsonNode client : realm.path("clients")) {
            if (client.path("clientId").asString().equals("backoffice")) {
                assertThat(client.path("redirectUris").toString()).contains("http://localhost:" + Topology.BACKOFFICE.port() + "/*");
                return;
            }
        }
        throw new AssertionError("the realm has no backoffice client");
    }

    @Test
    void the_realm_file_exists_and_names_the_realm() {
        JsonNode realm = RepoFiles.yaml(repo.resolve(Topology.REALM_FILE)); // JSON is YAML
        assertThat(realm.path("realm").asString()).isEqualTo(Topology.REALM);
    }

    private static Document xml(Path file) throws Exception {
        assertThat(file).isRegularFile();
        return DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(Files.newInputStream(file));
    }

    /** The text of a direct child element (not of a nested one such as parent/artifactId). */
    private static String text(Element parent, String child) {
        for (var n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && e.getTagName().equals(child)) {
                return e.getTextContent().trim();
            }
            if (n instanceof Element e && e.getTagName().equals("build") && child.equals("finalName")) {
                String inBuild = text(e, child);
                if (!inBuild.isEmpty()) {
                    return inBuild;
                }
            }
        }
        return "";
    }
}
