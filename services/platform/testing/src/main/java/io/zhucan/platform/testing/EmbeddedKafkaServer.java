package io.zhucan.platform.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.util.Map;
import kafka.server.BrokerServer;
import org.springframework.kafka.test.EmbeddedKafkaKraftBroker;

/**
 * One real Kafka broker per test JVM: spring-kafka-test's KRaft broker (the only embedded broker
 * since Kafka 4). The port is fixed at start so the broker can be stopped and restarted in place.
 */
final class EmbeddedKafkaServer implements TestBroker {

    private final EmbeddedKafkaKraftBroker broker;

    EmbeddedKafkaServer() {
        broker = new EmbeddedKafkaKraftBroker(1, 1);
        broker.kafkaPorts(freePort());
        broker.brokerProperties(Map.of(
                "auto.create.topics.enable", "false",
                "group.initial.rebalance.delay.ms", "0",
                "offsets.topic.num.partitions", "5"));
        broker.afterPropertiesSet();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            TestInfrastructure.awaitContextsClosed();
            broker.destroy();
        }, "embedded-kafka-stop"));
    }

    @Override
    public String bootstrapServers() {
        return broker.getBrokersAsString();
    }

    @Override
    public void stop() {
        BrokerServer server = theBroker();
        server.shutdown();
        server.awaitShutdown();
    }

    @Override
    public void restart() {
        theBroker().startup();
    }

    private BrokerServer theBroker() {
        return broker.getCluster().brokers().values().iterator().next();
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
