package io.zhucan.devstack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;

/**
 * A real Kafka broker from the kafka_2.13 jars Maven copied into {@code target/kafka-libs}: one
 * KRaft node that is broker and controller at once ({@code kafka.Kafka server.properties}, as
 * bin/kafka-server-start.sh does). The log is formatted once ({@code kafka.tools.StorageTool format
 * --standalone}); a restart finds {@code meta.properties} and reuses the log. Clients authenticate
 * (SASL) and the platform's ACLs apply, as in the cluster; topics are not auto-created: the launcher
 * creates the platform topics once the broker answers (6 partitions locally).
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

    /** With authentication and the platform's ACLs, as the cluster runs it ({@link KafkaSasl}, infra/kafka/acls.txt). */
    String serverProperties() {
        return "# written by ./platform up at every start; the broker's data is in " + logDir() + "\n"
                + KafkaSasl.serverProperties(logDir(), Topology.KAFKA_PORT, Topology.KAFKA_CONTROLLER_PORT,
                        Topology.KAFKA_LOCAL_PARTITIONS, List.copyOf(KafkaAcls.principals(acls())));
    }

    /** As the cluster's topics (infra/k8s/kafka/topics.yaml): a year, and 90 days for dead letters. */
    static final long RETENTION_MS = 31_536_000_000L;
    static final long DEAD_LETTER_RETENTION_MS = 7_776_000_000L;

    private List<KafkaAcls.Rule> acls() {
        return KafkaAcls.read(settings.repo().resolve(KafkaAcls.FILE));
    }

    /**
     * Once the broker answers: the platform topics and their dead-letter twins (a service may not
     * create another's topic any more) and the ACLs, both idempotent, as the admin.
     */
    @Override
    public void afterHealthy(Console console) {
        try (Admin admin = admin()) {
            Set<String> existing = admin.listTopics().names().get(10, TimeUnit.SECONDS);
            List<NewTopic> missing = KafkaAcls.topics(acls()).stream()
                    .filter(t -> !existing.contains(t))
                    .map(t -> new NewTopic(t, Topology.KAFKA_LOCAL_PARTITIONS, (short) 1).configs(Map.of(
                            "retention.ms", String.valueOf(t.endsWith(".DLT") ? DEAD_LETTER_RETENTION_MS : RETENTION_MS))))
                    .toList();
            admin.createTopics(missing).all().get(30, TimeUnit.SECONDS);
            admin.createAcls(acls().stream().map(KafkaAcls.Rule::binding).toList()).all().get(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("cannot create the platform topics and ACLs on Kafka: " + e, e);
        }
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
            // a fresh JVM's first SASL handshake takes seconds on a loaded 2-core machine
            int brokers = admin.describeCluster().nodes().get(10, TimeUnit.SECONDS).size();
            return brokers > 0 ? Optional.empty() : Optional.of("no broker registered yet");
        } catch (Exception e) {
            return Optional.of("broker not answering on " + Settings.HOST + ":" + Topology.KAFKA_PORT + " (" + e + ")");
        }
    }

    /** The platform topics the services created, for status. */
    Optional<Integer> topicCount() {
        try (Admin admin = admin()) {
            return Optional.of(admin.listTopics().names().get(10, TimeUnit.SECONDS).size());
        } catch (Exception e) {
            return Optional.empty();
        }
    }

    private static Admin admin() {
        Map<String, Object> config = new HashMap<>(KafkaSasl.clientProperties(KafkaSasl.ADMIN));
        config.putAll(Map.of(
                AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, Settings.HOST + ":" + Topology.KAFKA_PORT,
                AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 5000,
                AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 10000,
                AdminClientConfig.RECONNECT_BACKOFF_MAX_MS_CONFIG, 500));
        return Admin.create(config);
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
