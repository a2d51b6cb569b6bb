package io.zhucan.platform.messaging;

import io.zhucan.platform.testing.TestDatabase;
import io.zhucan.platform.testing.TestInfrastructure;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The test database unreachable, as in a failover: its connections are cut and new ones refused
 * until {@link #close()}. Done from the server's maintenance database, so the same SQL works on
 * the embedded server and on a container.
 */
final class TestDatabaseOutage implements AutoCloseable {

    private static final String DATABASE = "zhucan_test";

    private TestDatabaseOutage() {
    }

    static TestDatabaseOutage begin() {
        execute("ALTER DATABASE " + DATABASE + " ALLOW_CONNECTIONS false",
                "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '" + DATABASE + "'");
        return new TestDatabaseOutage();
    }

    @Override
    public void close() {
        execute("ALTER DATABASE " + DATABASE + " ALLOW_CONNECTIONS true");
    }

    private static void execute(String... statements) {
        TestDatabase database = TestInfrastructure.database();
        String maintenance = database.jdbcUrl().replaceFirst("/" + DATABASE + "(?=\\?|$)", "/postgres");
        try (Connection connection = DriverManager.getConnection(maintenance, database.username(), database.password());
                Statement statement = connection.createStatement()) {
            for (String sql : statements) {
                statement.execute(sql);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not change the test database's availability", e);
        }
    }
}
