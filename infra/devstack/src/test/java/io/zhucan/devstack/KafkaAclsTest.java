package io.zhucan.devstack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.zhucan.platform.messaging.deadletter.OriginalRecords;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.CommonClientConfigs;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.errors.GroupAuthorizationException;
import org.apache.kafka.common.errors.SaslAuthenticationException;
import org.apache.kafka.common.errors.TopicAuthorizationException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.kafka.core.DefaultKafkaConsumerFactory;

/**
 * The platform's grants (infra/kafka/acls.txt) on a real broker: a kafka_2.13 process with SASL and
 * the StandardAuthorizer (KafkaSasl), the ACLs made by KafkaAcls from the same file the KafkaUsers
 * are checked against. A wrong grant fails here, not in production.
 */
class KafkaAclsTest {

    static final String CERTIFICATION = "zhucan.certification.events";
    static final String SUBSIDY = "zhucan.subsidy.events";
    static final String CIVIL_AFFAIRS = "partner.civil-affairs.facts";
    static final String FOR_CIVIL_AFFAIRS = "zhucan.subsidy.civil-affairs";

    @TempDir
    static Path dir;
    static Process broker;
    static String bootstrap;

    @BeforeAll
    static void startBrokerWithThePlatformsAcls() throws Exception {
        int port = freePort();
        int controller = freePort();
        bootstrap = Settings.HOST + ":" + port;
        List<KafkaAcls.Rule> rules = KafkaAcls.read(RepoFiles.repo().resolve(KafkaAcls.FILE));
        Path config = dir.resolve("server.properties");
        Files.writeString(config, KafkaSasl.serverProperties(dir.resolve("data"), port, controller, 1,
                List.copyOf(KafkaAcls.principals(rules))));
        Process format = java("kafka.tools.StorageTool", "format", "--config", config.toString(), "--standalone",
                "--cluster-id", "kV9E1Q8EVicY3qPLdxj2Qg").start();
        assertThat(format.waitFor(2, TimeUnit.MINUTES)).isTrue();
        assertThat(format.exitValue()).as(Files.readString(dir.resolve("format.log"))).isZero();
        broker = java("kafka.Kafka", config.toString()).start();
        try (Admin admin = Admin.create(as(KafkaSasl.ADMIN))) {
            awaitBroker(admin);
            admin.createTopics(List.of(CERTIFICATION, SUBSIDY, CIVIL_AFFAIRS, FOR_CIVIL_AFFAIRS, FOR_CIVIL_AFFAIRS + ".DLT",
                    CERTIFICATION + ".DLT").stream()
                    .map(t -> new NewTopic(t, 1, (short) 1)).toList()).all().get();
            admin.createAcls(rules.stream().map(KafkaAcls.Rule::binding).toList()).all().get();
        }
    }

    @AfterAll
    static void stopBroker() throws InterruptedException {
        if (broker != null) {
            broker.destroy();
            if (!broker.waitFor(30, TimeUnit.SECONDS)) {
                broker.destroyForcibly();
            }
        }
    }

    @Test
    void aServiceWritesItsOwnTopicAndIsRefusedOnAnothersTopic() throws Exception {
        send("certification", CERTIFICATION);
        assertThatThrownBy(() -> send("subsidy", CERTIFICATION)).hasCauseInstanceOf(TopicAuthorizationException.class);
        assertThatThrownBy(() -> send("profile", SUBSIDY)).hasCauseInstanceOf(TopicAuthorizationException.class);
    }

    @Test
    void aPartnerWritesOnlyItsFactsTopicAndReadsOnlyWhatIsMeantForIt() throws Exception {
        send("civil-affairs", CIVIL_AFFAIRS);
        assertThatThrownBy(() -> send("civil-affairs", CERTIFICATION)).hasCauseInstanceOf(TopicAuthorizationException.class);
        assertThatThrownBy(() -> poll("civil-affairs", "civil-affairs", CERTIFICATION))
                .isInstanceOfAny(TopicAuthorizationException.class, GroupAuthorizationException.class);
        send("subsidy", FOR_CIVIL_AFFAIRS);
        poll("civil-affairs", "civil-affairs-payments", FOR_CIVIL_AFFAIRS);
        // the internal subsidy topic, whose reasons may name health-insurance facts, is not for civil affairs
        assertThatThrownBy(() -> poll("civil-affairs", "civil-affairs-payments", SUBSIDY))
                .isInstanceOf(TopicAuthorizationException.class);
        assertThatThrownBy(() -> send("civil-affairs", FOR_CIVIL_AFFAIRS + ".DLT"))
                .hasCauseInstanceOf(TopicAuthorizationException.class);
    }

    @Test
    void aConsumerReadsWhatItIsGrantedInItsOwnGroupAndParksOnTheDeadLetterTopic() throws Exception {
        poll("subsidy", "subsidy", CERTIFICATION);
        send("subsidy", CERTIFICATION + ".DLT");
        assertThatThrownBy(() -> poll("subsidy", "certification", CIVIL_AFFAIRS))
                .isInstanceOf(GroupAuthorizationException.class);
        assertThatThrownBy(() -> poll("employment", "employment", SUBSIDY)).isInstanceOf(TopicAuthorizationException.class);
    }

    /**
     * A dead-letter replay (ADR 0013) reads the parked record at its offset, as the consumer's own
     * principal, and hands it to the consumer in the service: it needs Read on the topic, which
     * the consumer has, and never Write, which it has not.
     */
    @Test
    void aReplayReadsTheParkedRecordAtItsOffsetAsTheConsumerWhoMayNotWriteTheTopic() throws Exception {
        long offset = sendAs("certification", CERTIFICATION, "parked person");
        sendAs("certification", CERTIFICATION, "someone after");
        Map<String, Object> config = new HashMap<>(as("subsidy"));
        config.put(ConsumerConfig.GROUP_ID_CONFIG, "subsidy");
        var consumers = new DefaultKafkaConsumerFactory<>(config, new StringDeserializer(), new ByteArrayDeserializer());

        var parked = new OriginalRecords(consumers).read(CERTIFICATION, 0, offset);

        assertThat(parked.key()).isEqualTo("parked person");
        assertThat(parked.offset()).isEqualTo(offset);
        assertThatThrownBy(() -> send("subsidy", CERTIFICATION)).hasCauseInstanceOf(TopicAuthorizationException.class);
        // parked again, if it fails again: on the dead-letter topic of what it reads
        send("subsidy", CERTIFICATION + ".DLT");
    }

    @Test
    void aClientWithoutTheRightPasswordIsNotLetIn() {
        Map<String, Object> config = new HashMap<>(as("certification"));
        config.put("sasl.jaas.config", "org.apache.kafka.common.security.plain.PlainLoginModule required "
                + "username=\"certification\" password=\"guessed\";");
        config.putAll(producerSerializers());
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(config)) {
            assertThatThrownBy(() -> producer.send(new ProducerRecord<>(CERTIFICATION, "k", "v")).get(30, TimeUnit.SECONDS))
                    .hasCauseInstanceOf(SaslAuthenticationException.class);
        }
    }

    private static void send(String principal, String topic) throws Exception {
        sendAs(principal, topic, "person");
    }

    /** @return the offset of the record sent */
    private static long sendAs(String principal, String topic, String key) throws Exception {
        Map<String, Object> config = new HashMap<>(as(principal));
        config.putAll(producerSerializers());
        config.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, 15_000);
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(config)) {
            return producer.send(new ProducerRecord<>(topic, key, "event")).get(30, TimeUnit.SECONDS).offset();
        }
    }

    private static void poll(String principal, String group, String topic) {
        Map<String, Object> config = new HashMap<>(as(principal));
        config.put(ConsumerConfig.GROUP_ID_CONFIG, group);
        config.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        config.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class);
        config.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class);
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(config)) {
            consumer.subscribe(List.of(topic));
            long until = System.nanoTime() + Duration.ofSeconds(10).toNanos();
            while (System.nanoTime() < until && consumer.assignment().isEmpty()) {
                consumer.poll(Duration.ofMillis(200));
            }
            assertThat(consumer.assignment()).as(principal + " joined " + group + " on " + topic).isNotEmpty();
        }
    }

    private static Map<String, Object> producerSerializers() {
        return Map.of(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class,
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
    }

    private static Map<String, Object> as(String principal) {
        Map<String, Object> config = new HashMap<>(KafkaSasl.clientProperties(principal));
        config.put(CommonClientConfigs.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        return config;
    }

    /** The launcher's own wait (Poll), as for ./platform's broker: healthy once it describes its cluster. */
    private static void awaitBroker(Admin admin) {
        boolean up = Poll.until(Duration.ofSeconds(90), Duration.ofMillis(500), () -> {
            try {
                admin.describeCluster().nodes().get(3, TimeUnit.SECONDS);
                return Optional.of(true);
            } catch (Exception notYet) {
                return Optional.<Boolean>empty();
            }
        }, () -> broker.isAlive() ? Optional.empty() : Optional.of("the broker exited")).isPresent();
        if (!up) {
            throw new IllegalStateException("the broker did not start, see " + dir.resolve("kafka.log"));
        }
    }

    private static ProcessBuilder java(String... mainAndArgs) {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m", "-cp", System.getProperty("java.class.path")));
        command.addAll(List.of(mainAndArgs));
        String log = mainAndArgs[0].equals("kafka.Kafka") ? "kafka.log" : "format.log";
        return new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(dir.resolve(log).toFile());
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
