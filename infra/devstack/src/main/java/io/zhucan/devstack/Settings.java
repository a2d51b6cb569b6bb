package io.zhucan.devstack;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * Where things are: the repository (jars, realm file), the state folder (databases, Kafka log,
 * Keycloak, logs, pids) and the JDK every component runs on.
 *
 * @param repo the repository root (the folder holding {@code ./platform})
 * @param home the state folder: {@code $ZHUCAN_PLATFORM_HOME}, else {@code <repo>/.platform}
 * @param javaHome the JDK 21+ the launcher runs on; every Java component (Kafka, Keycloak, the
 *     services) runs on it too
 */
record Settings(Path repo, Path home, Path javaHome) {

    /** Everything binds here, never to a public interface. */
    static final String HOST = "127.0.0.1";

    static Settings fromEnvironment() {
        return from(System.getenv(), locateRepo());
    }

    static Settings from(Map<String, String> env, Path repo) {
        String configuredHome = env.get("ZHUCAN_PLATFORM_HOME");
        Path home = configuredHome == null || configuredHome.isBlank()
                ? repo.resolve(".platform")
                : Path.of(configuredHome);
        return new Settings(repo, home.toAbsolutePath().normalize(), Path.of(System.getProperty("java.home")));
    }

    Path java() {
        return javaHome.resolve("bin").resolve("java");
    }

    Path logs() {
        return home.resolve("logs");
    }

    Path log(String component) {
        return logs().resolve(component + ".log");
    }

    Path pids() {
        return home.resolve("pids");
    }

    /** What Maven put next to devstack.jar: kafka-libs/, postgres/, keycloak/. */
    Path devstackTarget() {
        return repo.resolve("infra/devstack/target");
    }

    /**
     * Written into every Java process's command line ({@code -Dzhucan.devstack.home=...}), so a
     * process can be recognised as ours before it is stopped, and leftovers can be found.
     */
    String javaMarker() {
        return "-Dzhucan.devstack.home=" + home;
    }

    /** The repository is found from the launcher's own location: infra/devstack/target/devstack.jar. */
    private static Path locateRepo() {
        String configured = System.getProperty("zhucan.repo");
        if (configured != null) {
            return Path.of(configured).toAbsolutePath().normalize();
        }
        try {
            Path dir = Path.of(Devstack.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            for (Path p = dir; p != null; p = p.getParent()) {
                if (Files.isRegularFile(p.resolve("infra/devstack/pom.xml"))) {
                    return p;
                }
            }
        } catch (URISyntaxException | SecurityException e) {
            // fall through to the working directory
        }
        return Path.of("").toAbsolutePath();
    }
}
