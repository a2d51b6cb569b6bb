package io.zhucan.profile;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.postgresql.PGConnection;

/**
 * The raw floor of a rebuild, measured in the benchmark's own run: reading the same records with a
 * plain consumer (no decoding, no database), and writing the same read-model rows with COPY into
 * tables of the same keys and indexes (no Kafka, no Java per row). Their sum is the floor.
 */
final class RebuildFloor {

    private final String bootstrapServers;
    private final DataSource dataSource;

    RebuildFloor(String bootstrapServers, DataSource dataSource) {
        this.bootstrapServers = bootstrapServers;
        this.dataSource = dataSource;
    }

    /** Seconds for a plain consumer to read {@code records} records of the topics from offset zero. */
    double consume(List<String> topics, long records) {
        Map<String, Object> settings = Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ConsumerConfig.GROUP_ID_CONFIG, "floor-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 2_000);
        long started = System.nanoTime();
        try (var consumer = new KafkaConsumer<>(settings, new StringDeserializer(), new ByteArrayDeserializer())) {
            List<TopicPartition> partitions = topics.stream().flatMap(topic -> consumer.partitionsFor(topic).stream()
                    .map(p -> new TopicPartition(topic, p.partition()))).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            long read = 0;
            while (read < records) {
                read += consumer.poll(Duration.ofSeconds(1)).count();
            }
        }
        return RebuildBenchmark.seconds(started);
    }

    /** Seconds to COPY the generation's rows of the tables into copies of them (exported first, not timed). */
    double copy(int generation, List<String> tables) throws SQLException, IOException {
        double seconds = 0;
        try (Connection connection = dataSource.getConnection(); Statement sql = connection.createStatement()) {
            var copy = connection.unwrap(PGConnection.class).getCopyAPI();
            for (String table : tables) {
                Path file = Files.createTempFile("floor-" + table, ".copy");
                try (OutputStream out = Files.newOutputStream(file)) {
                    copy.copyOut("COPY (SELECT * FROM " + table + " WHERE generation = " + generation + ") TO STDOUT", out);
                }
                sql.execute("CREATE TABLE floor_" + table + " (LIKE " + table + " INCLUDING ALL)");
                long started = System.nanoTime();
                try (InputStream in = Files.newInputStream(file)) {
                    copy.copyIn("COPY floor_" + table + " FROM STDIN", in);
                }
                seconds += (System.nanoTime() - started) / 1e9;
                sql.execute("DROP TABLE floor_" + table);
                Files.delete(file);
            }
        }
        return Math.round(seconds * 100) / 100.0;
    }
}
