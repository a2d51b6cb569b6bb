package io.zhucan.devstack;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.module.ModuleDescriptor;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * Keycloak from its distribution on Maven Central ({@code org.keycloak:keycloak-quarkus-dist}, zip,
 * copied into target/keycloak by Maven), unpacked once into {@code keycloak/keycloak-<version>} and
 * run with {@code kc.sh start-dev} on the launcher's JDK. The realm file of the repository is
 * imported at start; Keycloak's own data (dev-file H2) stays in the unpacked folder. When the realm
 * file changes, Keycloak's data is dropped so the new realm is imported (--import-realm never
 * overwrites an existing realm).
 */
final class KeycloakComponent implements Component {

    private static final String ADMIN = "admin";

    private final Settings settings;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    KeycloakComponent(Settings settings) {
        this.settings = settings;
    }

    @Override
    public String name() {
        return "keycloak";
    }

    @Override
    public List<Integer> ports() {
        return List.of(Topology.KEYCLOAK_PORT);
    }

    @Override
    public Set<String> dependsOn() {
        return Set.of();
    }

    @Override
    public List<String> missing() {
        List<String> missing = new ArrayList<>();
        if (findDistZip().isEmpty()) {
            missing.add("the Keycloak distribution is missing in " + settings.devstackTarget().resolve("keycloak")
                    + ": build the launcher (./mvnw -B -DskipTests install -pl infra/devstack)");
        }
        if (!Files.isRegularFile(realmFile())) {
            missing.add("the realm file " + realmFile() + " is missing");
        }
        return missing;
    }

    private Path distZip() {
        return findDistZip().orElseThrow(() -> new IllegalStateException(missing().getFirst()));
    }

    private Optional<Path> findDistZip() {
        Path folder = settings.devstackTarget().resolve("keycloak");
        try (Stream<Path> files = Files.exists(folder) ? Files.list(folder) : Stream.empty()) {
            // after a version bump target/keycloak holds the old zip too (install without clean): the newest wins
            return files.filter(f -> f.getFileName().toString().matches("keycloak-quarkus-dist-.+\\.zip"))
                    .max(Comparator.comparing(KeycloakComponent::versionOf));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Path dist() {
        return settings.home().resolve("keycloak").resolve("keycloak-" + versionOf(distZip()));
    }

    private static ModuleDescriptor.Version versionOf(Path zip) {
        String name = zip.getFileName().toString();
        return ModuleDescriptor.Version.parse(name.substring("keycloak-quarkus-dist-".length(), name.length() - ".zip".length()));
    }

    private Path realmFile() {
        return settings.repo().resolve(Topology.REALM_FILE);
    }

    @Override
    public Optional<String> prepare(Console console) {
        List<String> done = new ArrayList<>();
        Path dist = dist();
        if (!Files.isRegularFile(dist.resolve(".unpacked"))) {
            unzip(distZip(), dist.getParent());
            try {
                Files.writeString(dist.resolve(".unpacked"), distZip().getFileName().toString());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            done.add("unpacked " + dist.getFileName() + "; Keycloak builds itself now (a minute or more)");
        }
        if (importRealm(dist)) {
            done.add("imports realm " + Topology.REALM);
        }
        return done.isEmpty() ? Optional.empty() : Optional.of(String.join(", ", done));
    }

    /** Puts the realm file where --import-realm reads it; true when Keycloak will import it this time. */
    private boolean importRealm(Path dist) {
        Path realm = realmFile();
        try {
            Path imports = Files.createDirectories(dist.resolve("data/import"));
            Path imported = imports.resolve(realm.getFileName());
            boolean fresh = !Files.isDirectory(dist.resolve("data/h2"));
            if (!fresh && (!Files.exists(imported) || Files.mismatch(realm, imported) != -1L)) {
                // --import-realm skips a realm that exists: start from an empty Keycloak database instead
                PostgresComponent.deleteTree(dist.resolve("data/h2"));
                fresh = true;
            }
            Files.copy(realm, imported, StandardCopyOption.REPLACE_EXISTING);
            return fresh;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public Launch launch() {
        Path dist = dist();
        List<String> command = List.of("sh", dist.resolve("bin/kc.sh").toString(), "start-dev",
                "--http-host=" + Settings.HOST,
                "--http-port=" + Topology.KEYCLOAK_PORT,
                // tokens always carry this issuer, whoever asks: the services expect exactly it
                "--hostname=" + Topology.KEYCLOAK_URL,
                "--import-realm",
                settings.javaMarker()); // kc.sh passes -D options on to the JVM
        return Launch.of(command, dist, settings.javaMarker()).withEnv(Map.of(
                "JAVA_HOME", settings.javaHome().toString(),
                "JAVA_OPTS_KC_HEAP", "-Xms64m -Xmx512m",
                // C1 only: measured on two cores, the first start (with Keycloak's build) 128 → 94 s, a warm start 45 → 20 s
                "JAVA_OPTS_APPEND", "-XX:TieredStopAtLevel=1",
                // the admin console's first user, created on the first start only
                "KC_BOOTSTRAP_ADMIN_USERNAME", ADMIN,
                "KC_BOOTSTRAP_ADMIN_PASSWORD", ADMIN));
    }

    @Override
    public Optional<String> checkHealth() {
        URI uri = URI.create("http://" + Settings.HOST + ":" + Topology.KEYCLOAK_PORT
                + "/realms/" + Topology.REALM + "/.well-known/openid-configuration");
        try {
            HttpResponse<Void> response = http.send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(3)).build(),
                    HttpResponse.BodyHandlers.discarding());
            return response.statusCode() == 200 ? Optional.empty()
                    : Optional.of("realm " + Topology.REALM + " answers " + response.statusCode());
        } catch (IOException e) {
            return Optional.of("no answer from " + uri);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.of("interrupted");
        }
    }

    @Override
    public Duration startTimeout() {
        return Duration.ofMinutes(5); // the first start builds Keycloak: over a minute on two cores
    }

    @Override
    public String endpoint() {
        return Topology.KEYCLOAK_URL + "  (realm " + Topology.REALM + "; admin console " + Topology.KEYCLOAK_URL
                + "/admin " + ADMIN + "/" + ADMIN + ")";
    }

    private static void unzip(Path zip, Path target) {
        try (ZipFile file = new ZipFile(zip.toFile())) {
            for (ZipEntry entry : file.stream().toList()) {
                Path path = target.resolve(entry.getName()).normalize();
                if (!path.startsWith(target)) {
                    throw new IOException("zip entry outside the target folder: " + entry.getName());
                }
                if (entry.isDirectory()) {
                    Files.createDirectories(path);
                    continue;
                }
                Files.createDirectories(path.getParent());
                try (InputStream in = file.getInputStream(entry)) {
                    Files.copy(in, path, StandardCopyOption.REPLACE_EXISTING);
                }
                if (path.getFileName().toString().endsWith(".sh")) {
                    path.toFile().setExecutable(true);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("could not unpack " + zip, e);
        }
    }
}
