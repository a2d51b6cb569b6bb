package io.zhucan.platform.messaging;

import io.zhucan.platform.messaging.outbox.KafkaRelay;
import io.zhucan.platform.messaging.outbox.OutboxRelay;
import io.zhucan.platform.messaging.outbox.RelayFaults;
import io.zhucan.platform.messaging.outbox.TraceContexts;
import io.zhucan.platform.messaging.outbox.RelaySignal;
import java.time.Duration;
import java.util.Map;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The outbox relay alone in a JVM of its own, so that a test can kill it with SIGKILL: the library's
 * relay classes with the library's producer settings. Arguments: JDBC URL, user, password,
 * bootstrap servers, batch size.
 */
public final class RelayProcess {

    public static void main(String[] args) throws InterruptedException {
        var dataSource = new DriverManagerDataSource(args[0], args[1], args[2]);
        var producers = new DefaultKafkaProducerFactory<String, byte[]>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, args[3],
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class,
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class,
                ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true,
                ProducerConfig.MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION, 5,
                ProducerConfig.COMPRESSION_TYPE_CONFIG, "lz4",
                ProducerConfig.BATCH_SIZE_CONFIG, 262_144));
        var batches = new KafkaRelay(new JdbcTemplate(dataSource),
                new TransactionTemplate(new DataSourceTransactionManager(dataSource)), new KafkaTemplate<>(producers),
                new RelayFaults(0), TraceContexts.none(), Integer.parseInt(args[4]));
        new OutboxRelay(batches, new RelaySignal(), Duration.ofMillis(50), Duration.ofMillis(200), Duration.ofSeconds(1))
                .start();
        System.out.println("relay started");
        Thread.currentThread().join(); // the relay's thread is a daemon: live until killed
    }

    private RelayProcess() {
    }
}
