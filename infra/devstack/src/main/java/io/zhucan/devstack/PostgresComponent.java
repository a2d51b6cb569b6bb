package io.zhucan.devstack;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.jar.JarFile;

/**
 * PostgreSQL from zonky's binaries (the same ones the tests use): unpacked once into
 * {@code postgres/bin|lib|share}, {@code initdb} once into {@code postgres/data}, then the postmaster
 * as its own process on 127.0.0.1. The superuser is {@code zhucan/zhucan} (as POSTGRES_USER in the
 * docker-compose file); one database per service is created when missing.
 *
 * <p>PostgreSQL refuses to run as root. Where the launcher runs as root (CI, containers), initdb and
 * postgres run in a new user namespace ({@code unshare -U}): inside it the process is not uid 0, and
 * the root-owned data folder appears owned by that same unmapped user, so every check passes. That
 * is what zonky's EmbeddedPostgres does too.
 */
final class PostgresComponent implements Component {

    private final Settings settings;
    private final List<String> databases;

    PostgresComponent(Settings settings, List<String> databases) {
        this.settings = settings;
        this.databases = databases;
    }

    @Override
    public String name() {
        return "postgres";
    }

    @Override
    public List<Integer> ports() {
        return List.of(Topology.POSTGRES_PORT);
    }

    @Override
    public Set<String> dependsOn() {
        return Set.of();
    }

    private Path dir() {
        return settings.home().resolve("postgres");
    }

    private Path data() {
        return dir().resolve("data");
    }

    private Path binary(String name) {
        return dir().resolve("bin").resolve(name);
    }

    private Path binariesJar() {
        return settings.devstackTarget().resolve("postgres/postgres-binaries.jar");
    }

    @Override
    public List<String> missing() {
        return Files.isRegularFile(binariesJar()) ? List.of()
                : List.of(binariesJar() + " is missing: build the launcher (./mvnw -B -DskipTests install -pl infra/devstack)");
    }

    @Override
    public Optional<String> prepare(Console console) {
        List<String> done = new ArrayList<>();
        if (extractBinaries()) {
            done.add("unpacked the binaries");
        }
        if (!Files.isRegularFile(data().resolve("PG_VERSION"))) {
            initdb();
            done.add("initdb");
        }
        return done.isEmpty() ? Optional.empty() : Optional.of(String.join(", ", done));
    }

    /** Unpacks when the binaries are missing or the jar changed (a new PostgreSQL minor version). */
    private boolean extractBinaries() {
        Path jar = binariesJar();
        Path stamp = dir().resolve("binaries.sha256");
        String digest = sha256(jar);
        try {
            if (Files.isExecutable(binary("postgres")) && Files.isRegularFile(stamp)
                    && Files.readString(stamp).equals(digest)) {
                return false;
            }
            for (String sub : List.of("bin", "lib", "share")) {
                deleteTree(dir().resolve(sub));
            }
            Files.createDirectories(dir());
            try (JarFile jarFile = new JarFile(jar.toFile())) {
                var entry = jarFile.stream().filter(e -> e.getName().endsWith(".txz")).findFirst()
                        .orElseThrow(() -> new IllegalStateException(jar + " holds no .txz archive"));
                try (InputStream in = jarFile.getInputStream(entry)) {
                    TarXz.extract(in, dir());
                }
            }
            Files.writeString(stamp, digest);
            return true;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void initdb() {
        try {
            deleteTree(data()); // a half-made folder from an interrupted first start
            Files.createDirectories(data());
            Path passwordFile = dir().resolve("initdb-password");
            Files.writeString(passwordFile, Topology.DB_PASSWORD + "\n");
            List<String> command = asUnprivileged(List.of(binary("initdb").toString(),
                    "-D", data().toString(), "-U", Topology.DB_USER, "--pwfile=" + passwordFile,
                    "-A", "scram-sha-256", "-E", "UTF-8", "--locale=C"));
            int exit = Processes.run(command, dir(), settings.log(name()), Duration.ofMinutes(2));
            Files.deleteIfExists(passwordFile);
            if (exit != 0) {
                throw new IllegalStateException("initdb failed (exit " + exit + "), see " + settings.log(name()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public Launch launch() {
        List<String> command = asUnprivileged(List.of(binary("postgres").toString(),
                "-D", data().toString(),
                "-c", "listen_addresses=" + Settings.HOST,
                "-c", "port=" + Topology.POSTGRES_PORT,
                "-c", "unix_socket_directories=", // TCP on 127.0.0.1 only, no socket file in /tmp
                "-c", "max_connections=200"));
        // the data folder is in the command line: "-D <home>/postgres/data" marks the postmaster as ours
        return Launch.of(command, dir(), data().toString());
    }

    @Override
    public Processes.Signal stopSignal() {
        return Processes.Signal.INT;
    }

    @Override
    public Optional<String> checkHealth() {
        try (Connection ignored = connect("postgres")) {
            return Optional.empty();
        } catch (SQLException e) {
            return Optional.of("no connection on " + Settings.HOST + ":" + Topology.POSTGRES_PORT + " (" + e.getMessage() + ")");
        }
    }

    @Override
    public void afterHealthy(Console console) {
        List<String> created = new ArrayList<>();
        try (Connection c = connect("postgres");
             PreparedStatement exists = c.prepareStatement("SELECT 1 FROM pg_database WHERE datname = ?");
             Statement create = c.createStatement()) {
            for (String database : databases) {
                exists.setString(1, database);
                try (var rs = exists.executeQuery()) {
                    if (!rs.next()) {
                        // names come from Topology (lower-case identifiers), never from input
                        create.execute("CREATE DATABASE \"" + database + "\" OWNER " + Topology.DB_USER);
                        created.add(database);
                    }
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not create the service databases: " + e.getMessage(), e);
        }
        if (!created.isEmpty()) {
            console.step(name(), "created databases " + String.join(", ", created));
        }
    }

    private Connection connect(String database) throws SQLException {
        Properties p = new Properties();
        p.setProperty("user", Topology.DB_USER);
        p.setProperty("password", Topology.DB_PASSWORD);
        p.setProperty("connectTimeout", "2");
        return DriverManager.getConnection(jdbcUrl(database), p);
    }

    static String jdbcUrl(String database) {
        return "jdbc:postgresql://localhost:" + Topology.POSTGRES_PORT + "/" + database;
    }

    @Override
    public Duration startTimeout() {
        return Duration.ofSeconds(60);
    }

    @Override
    public String endpoint() {
        return jdbcUrl("<service>") + "  (" + Topology.DB_USER + "/" + Topology.DB_PASSWORD + "; "
                + String.join(", ", databases) + ")";
    }

    /** Prefixes {@code unshare -U} when running as root, see the class comment. */
    private static List<String> asUnprivileged(List<String> command) {
        if (!Unix.isRoot()) {
            return command;
        }
        Path unshare = Processes.findOnPath("unshare").orElseThrow(() -> new IllegalStateException(
                "PostgreSQL cannot run as root and `unshare` (util-linux) is not installed: "
                        + "run ./platform as a normal user, or install util-linux"));
        if (!Unix.userNamespacesWork(unshare)) {
            throw new IllegalStateException("PostgreSQL cannot run as root and this machine does not allow "
                    + "user namespaces (`unshare -U true` failed): run ./platform as a normal user");
        }
        List<String> wrapped = new ArrayList<>(List.of(unshare.toString(), "-U"));
        wrapped.addAll(command);
        return wrapped;
    }

    private static String sha256(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            byte[] buffer = new byte[1 << 16];
            for (int n; (n = in.read(buffer)) > 0; ) {
                md.update(buffer, 0, n);
            }
            return HexFormat.of().formatHex(md.digest());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        try (var paths = Files.walk(root)) {
            for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
