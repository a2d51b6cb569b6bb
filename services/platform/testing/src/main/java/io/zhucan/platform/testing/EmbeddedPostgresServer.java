package io.zhucan.platform.testing;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Map;

/** One real PostgreSQL server (zonky binaries) per test JVM, started on first use. */
final class EmbeddedPostgresServer implements TestDatabase {

    private static final String DATABASE = "zhucan_test";
    private static final String SERVER_CONFIG = "zhucan.test.postgres.server-config";

    private final EmbeddedPostgres postgres;

    EmbeddedPostgresServer() {
        try {
            EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                    .setRegisterShutdownHook(false)
                    .setServerConfig("max_connections", "300")
                    .setServerConfig("fsync", "off")
                    .setServerConfig("synchronous_commit", "off");
            serverConfig().forEach(builder::setServerConfig);
            postgres = builder.start();
            try (Connection c = postgres.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
                s.execute("CREATE DATABASE " + DATABASE);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("could not start embedded PostgreSQL", e);
        } catch (SQLException e) {
            throw new IllegalStateException("could not create the test database", e);
        }
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            TestInfrastructure.awaitContextsClosed();
            close();
        }, "embedded-postgres-stop"));
    }

    /**
     * More settings from {@value #SERVER_CONFIG} ({@code name=value,…}): the benchmarks run the server
     * with the production manifests' memory settings (the bench profile in the root pom).
     */
    private static Map<String, String> serverConfig() {
        Map<String, String> settings = new LinkedHashMap<>();
        for (String setting : System.getProperty(SERVER_CONFIG, "").split(",")) {
            int equals = setting.indexOf('=');
            if (equals > 0) {
                settings.put(setting.substring(0, equals).strip(), setting.substring(equals + 1).strip());
            }
        }
        return settings;
    }

    @Override
    public String jdbcUrl() {
        return postgres.getJdbcUrl("postgres", DATABASE);
    }

    @Override
    public String username() {
        return "postgres";
    }

    @Override
    public String password() {
        return "postgres";
    }

    private void close() {
        try {
            postgres.close();
        } catch (IOException ignored) {
            // the JVM is exiting
        }
    }
}
