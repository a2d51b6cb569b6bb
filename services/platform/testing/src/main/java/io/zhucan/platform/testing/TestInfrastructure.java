package io.zhucan.platform.testing;

import java.util.Locale;
import java.util.concurrent.TimeUnit;

/**
 * The real servers a test JVM shares: one PostgreSQL, one Kafka broker, one token issuer. Embedded
 * by default (no Docker needed); {@code -Dzhucan.test.infrastructure=testcontainers} (or the
 * environment variable {@code ZHUCAN_TEST_INFRASTRUCTURE}) switches database and broker to
 * Testcontainers.
 */
public final class TestInfrastructure {

    public static final String SWITCH = "zhucan.test.infrastructure";

    private static TestDatabase database;
    private static TestBroker broker;
    private static TestJwtIssuer jwtIssuer;

    public static synchronized TestDatabase database() {
        if (database == null) {
            database = useContainers() ? ContainerInfrastructure.postgres() : new EmbeddedPostgresServer();
        }
        return database;
    }

    public static synchronized TestBroker broker() {
        if (broker == null) {
            broker = useContainers() ? ContainerInfrastructure.kafka() : new EmbeddedKafkaServer();
        }
        return broker;
    }

    private static final Object CONTEXTS = new Object();
    private static int openContexts;

    /** Servers stop only after the application contexts using them have closed (clean consumer shutdown). */
    static void contextStarted() {
        synchronized (CONTEXTS) {
            openContexts++;
        }
    }

    static void contextClosed() {
        synchronized (CONTEXTS) {
            openContexts--;
            CONTEXTS.notifyAll();
        }
    }

    static void awaitContextsClosed() {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        synchronized (CONTEXTS) {
            while (openContexts > 0 && System.nanoTime() < deadline) {
                try {
                    CONTEXTS.wait(100);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
    }

    public static synchronized TestJwtIssuer jwtIssuer() {
        if (jwtIssuer == null) {
            jwtIssuer = new TestJwtIssuer();
        }
        return jwtIssuer;
    }

    static boolean useContainers() {
        String choice = System.getProperty(SWITCH, System.getenv().getOrDefault("ZHUCAN_TEST_INFRASTRUCTURE", "embedded"));
        return switch (choice.toLowerCase(Locale.ROOT)) {
            case "embedded" -> false;
            case "testcontainers" -> true;
            default -> throw new IllegalArgumentException(SWITCH + " must be 'embedded' or 'testcontainers', not " + choice);
        };
    }

    private TestInfrastructure() {
    }
}
