package io.zhucan.devstack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;

/**
 * A real Kafka broker from the kafka_2.13 jars Maven copied into {@code target/kafka-libs}: one
 * KRaft node that is broker and controller at once ({@code kafka.Kafka server.properties}, as
 * bin/kafka-server-start.sh does). The log is formatted once ({@code kafka.tools.StorageTool format
 * --standalone}); a restart finds {@code meta.properties} and reuses the log. Topics are not
 * auto-created: the services create the platform topics at start (6 partitions locally).
 */
final class KafkaComponent implements Component {

    private final Settings settings;

    KafkaComponent(Settings settings) {
        this.settings = settings;
    }

    @Override
    public String name() {
        return "kafka";
    }

    @Override
    public List<Integer> ports() {
        return List.of(Topology.KAFKA_PORT, Topology.KAFKA_CONTROLLER_PORT);
    }

    @Override
    public Set<String> dependsOn() {
        return Set.of();
    }

    private Path dir() {
        return settings.home().resolve("kafka");
    }

    private Path config() {
        return dir().resolve("server.properties");
    }

    private Path logDir() {
        return dir().resolve("data");
    }

    @Override
    public List<String> missing() {
        Path libs = settings.devstackTarget().resolve("kafka-libs");
        return Files.isDirectory(libs) ? List.of()
                : List.of(libs + " is missing: build the launcher (./mvnw -B -DskipTests install -pl infra/devstack)");
    }

    @Override
    public Optional<String> prepare(Console console) {
        try {
            Files.createDirectories(dir());
            Files.writeString(config(), serverProperties());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (Files.isRegularFile(logDir().resolve("meta.properties"))) {
            return Optional.empty();
        }
        List<String> command = java(List.of("kafka.tools.StorageTool", "format",
                "--config", config().toString(), "--standalone", "--cluster-id", clusterId()));
        int exit = Processes.run(command, dir(), settings.log(name()), Duration.ofMinutes(2));
        if (exit != 0) {
            throw new IllegalStateException("formatting the Kafka log failed (exit " + exit + "), see " + settings.log(name()));
        }
        return Optional.of("formatted the KRaft log");
    }

    String serverProperties() {
        String host = Settings.HOST;
        return """
                # written by ./platform up at every start; the broker's data is in %s
                process.roles=broker,controller
                node.id=1
                controller.quorum.bootstrap.servers=%s:%d
                listeners=PLAINTEXT://%s:%d,CONTROLLER://%s:%d
                advertised.listeners=PLAINTEXT://%s:%d,CONTROLLER://%s:%d
                controller.listener.names=CONTROLLER
                listener.security.protocol.map=PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT
                inter.broker.listener.name=PLAINTEXT
                """.formatted(logDir(), host, Topology.KAFKA_CONTROLLER_PORT,
                host, Topology.KAFKA_PORT, host, Topology.KAFKA_CONTROLLER_PORT,
                host, Topology.KAFKA_PORT, host, Topology.KAFKA_CONTROLLER_PORT)
                + singleNodeSettings(logDir(), Topology.KAFKA_LOCAL_PARTITIONS);
    }

    /** What a one-node local broker needs whatever its listeners: no auto-created topics, replication 1. */
    static String singleNodeSettings(Path logDir, int partitions) {
        return """
                log.dirs=%s
                auto.create.topics.enable=false
                num.partitions=%d
                offsets.topic.num.partitions=6
                offsets.topic.replication.factor=1
                transaction.state.log.replication.factor=1
                transaction.state.log.min.isr=1
                share.coordinator.state.topic.replication.factor=1
                share.coordinator.state.topic.min.isr=1
                group.initial.rebalance.delay.ms=0
                """.formatted(logDir, partitions);
    }

    @Override
    public Launch launch() {
        return Launch.of(java(List.of("kafka.Kafka", config().toString())), dir(), settings.javaMarker());
    }

    private List<String> java(List<String> mainAndArgs) {
        Path libs = settings.devstackTarget().resolve("kafka-libs");
        List<String> command = new ArrayList<>(List.of(settings.java().toString(),
                "-Xms128m", "-Xmx512m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1",
                settings.javaMarker(),
                // slf4j-simple: INFO, but not the hundreds of lines of every config dump
                "-Dorg.slf4j.simpleLogger.showDateTime=true",
                "-Dorg.slf4j.simpleLogger.dateTimeFormat=yyyy-MM-dd'T'HH:mm:ss.SSSXXX",
                "-Dorg.slf4j.simpleLogger.log.org.apache.kafka.common.config=warn",
                "-Dorg.slf4j.simpleLogger.log.org.apache.kafka.common.utils.AppInfoParser=warn",
                "-cp", libs + "/*"));
        command.addAll(mainAndArgs);
        return command;
    }

    @Override
    public Optional<String> checkHealth() {
        try (Admin admin = admin()) {
            int brokers = admin.describeCluster().nodes().get(3, TimeUnit.SECONDS).size();
            return brokers > 0 ? Optional.empty() : Optional.of("no broker registered yet");
        } catch (Exception e) {
            return Optional.of("broker not answering on " + Settings.HOST + ":" + Topology.KAFKA_PORT + " (" + e + ")");
        }
    }

    /** The platform topics the services created, for status. */
    Optional<Integer> topicCount() {
        try (Admin admin = admin()) {
            return Optional.of(admin.listTopics().names().get(3, TimeUnit.SECONDS).size());
        } catch (Exception e) {
            return Optional.empty();
        }
    }

    private static Admin admin() {
        return Admin.create(Map.of(
                AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, Settings.HOST + ":" + Topology.KAFKA_PORT,
                AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 2000,
                AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 3000,
                AdminClientConfig.RECONNECT_BACKOFF_MAX_MS_CONFIG, 500));
    }

    @Override
    public Duration startTimeout() {
        return Duration.ofSeconds(90);
    }

    @Override
    public String endpoint() {
        return "localhost:" + Topology.KAFKA_PORT;
    }

    /** A KRaft cluster id: 16 random bytes, URL-safe base64 (what `kafka-storage random-uuid` prints). */
    private static String clusterId() {
        byte[] bytes = new byte[16];
        String id;
        do {
            new SecureRandom().nextBytes(bytes);
            id = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        } while (id.startsWith("-")); // Kafka avoids ids a command line would read as an option
        return id;
    }
}
