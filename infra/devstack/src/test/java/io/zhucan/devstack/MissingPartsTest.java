package io.zhucan.devstack;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What up says before starting anything when a jar or a distribution is not built yet. */
class MissingPartsTest {

    @TempDir
    Path repo;

    @Test
    void a_missing_service_jar_is_named_with_the_command_that_builds_it() {
        Settings settings = Settings.from(Map.of("ZHUCAN_PLATFORM_HOME", repo.resolve(".platform").toString()), repo);
        Component certification = new SpringBootComponent(settings, Topology.SERVICES.getFirst(), Set.of());
        assertThat(certification.missing()).singleElement().asString()
                .contains("services/certification/target/certification-service.jar is missing")
                .contains("./mvnw -B -DskipTests install -pl services/certification -am");
    }

    @Test
    void the_launcher_parts_and_the_realm_file_are_checked_too() throws Exception {
        Settings settings = Settings.from(Map.of(), repo);
        List<String> missing = Topology.components(settings).stream()
                .filter(c -> !(c instanceof SpringBootComponent))
                .flatMap(c -> c.missing().stream()).toList();
        assertThat(missing).hasSize(4)
                .anyMatch(m -> m.contains("postgres-binaries.jar is missing"))
                .anyMatch(m -> m.contains("kafka-libs is missing"))
                .anyMatch(m -> m.contains("Keycloak distribution is missing"))
                .anyMatch(m -> m.contains("zhucan-realm.json is missing"));

        Files.createDirectories(repo.resolve("infra/devstack/target/kafka-libs"));
        assertThat(new KafkaComponent(settings).missing()).isEmpty();
    }
}
