package io.zhucan.platform.testing;

import org.testcontainers.kafka.KafkaContainer;
import org.testcontainers.postgresql.PostgreSQLContainer;

/**
 * The opt-in alternative where a Docker engine exists ({@code -Dzhucan.test.infrastructure=testcontainers}):
 * the same PostgreSQL and Kafka, from their official images. Containers are stopped by Ryuk when the JVM exits.
 */
final class ContainerInfrastructure {

    static final String POSTGRES_IMAGE = "postgres:17-alpine";
    static final String KAFKA_IMAGE = "apache/kafka:4.1.1";

    static TestDatabase postgres() {
        PostgreSQLContainer container = new PostgreSQLContainer(POSTGRES_IMAGE)
                .withDatabaseName("zhucan_test")
                .withCommand("postgres", "-c", "max_connections=300", "-c", "fsync=off");
        container.start();
        return new TestDatabase() {
            @Override
            public String jdbcUrl() {
                return container.getJdbcUrl();
            }

            @Override
            public String username() {
                return container.getUsername();
            }

            @Override
            public String password() {
                return container.getPassword();
            }
        };
    }

    static TestBroker kafka() {
        KafkaContainer container = new KafkaContainer(KAFKA_IMAGE)
                .withEnv("KAFKA_AUTO_CREATE_TOPICS_ENABLE", "false");
        container.start();
        return new TestBroker() {
            @Override
            public String bootstrapServers() {
                return container.getBootstrapServers();
            }

            @Override
            public void stop() {
                container.getDockerClient().pauseContainerCmd(container.getContainerId()).exec();
            }

            @Override
            public void restart() {
                container.getDockerClient().unpauseContainerCmd(container.getContainerId()).exec();
            }
        };
    }

    private ContainerInfrastructure() {
    }
}
