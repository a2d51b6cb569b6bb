package io.zhucan.devstack.demo;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Predicate;
import io.zhucan.devstack.Poll;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * Watches the platform's topics while the demo runs, as a partner system would: every CloudEvent
 * (binary mode: the type is the ce_type header, the key the person) published after the demo began.
 * This is how the demo shows which event caused each step, instead of assuming it.
 */
final class EventTap implements AutoCloseable {

    /** One event seen on a topic. */
    record Observed(String topic, String key, String type, Instant seenAt, JsonObject payload) {

        @Override
        public String toString() {
            return type + " (topic " + topic + ")";
        }
    }

    private final KafkaConsumer<String, byte[]> consumer;
    private final List<Observed> seen = new CopyOnWriteArrayList<>();
    private final Thread poller;
    private volatile boolean running = true;

    /** {@code security}: the client's SASL settings (the broker authenticates everyone, as in the cluster). */
    EventTap(String bootstrapServers, Map<String, String> security, List<String> topics) {
        Map<String, Object> config = new HashMap<>(security);
        config.putAll(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ConsumerConfig.CLIENT_ID_CONFIG, "platform-demo",
                ConsumerConfig.REQUEST_TIMEOUT_MS_CONFIG, 5000,
                ConsumerConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 10000));
        consumer = new KafkaConsumer<>(config, new StringDeserializer(), new ByteArrayDeserializer());
        Set<String> existing = consumer.listTopics(Duration.ofSeconds(10)).keySet();
        List<TopicPartition> partitions = new ArrayList<>();
        for (String topic : topics) {
            if (!existing.contains(topic)) {
                consumer.close();
                throw new DemoFailure("topic " + topic + " does not exist: ./platform up creates it. Is the platform up?");
            }
            consumer.partitionsFor(topic).forEach(p -> partitions.add(new TopicPartition(p.topic(), p.partition())));
        }
        // no consumer group: read every partition from its current end, so only this demo's events count
        consumer.assign(partitions);
        consumer.seekToEnd(partitions);
        partitions.forEach(consumer::position); // resolve the end offsets now, before the first request
        poller = Thread.ofPlatform().daemon().name("demo-event-tap").start(this::poll);
    }

    private void poll() {
        try {
            while (running) {
                for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(100))) {
                    seen.add(observed(record));
                }
            }
        } catch (WakeupException e) {
            // close() was called
        }
    }

    private static Observed observed(ConsumerRecord<String, byte[]> record) {
        Header type = record.headers().lastHeader("ce_type");
        JsonObject payload;
        try {
            payload = JsonParser.parseString(new String(record.value(), StandardCharsets.UTF_8)).getAsJsonObject();
        } catch (RuntimeException e) {
            payload = new JsonObject();
        }
        return new Observed(record.topic(), record.key(),
                type == null ? "(no ce_type header)" : new String(type.value(), StandardCharsets.UTF_8),
                Instant.now(), payload);
    }

    /** The first event of {@code type} about {@code key} (a person id, or an ID number on partner topics). */
    Observed await(String type, String key, Duration timeout) {
        return awaitAll(type, key, 1, timeout).getFirst();
    }

    /** At least {@code count} events of {@code type} about {@code key}. */
    List<Observed> awaitAll(String type, String key, int count, Duration timeout) {
        Predicate<Observed> match = o -> o.type().equals(type) && key.equals(o.key());
        Optional<List<Observed>> found = Poll.until(timeout, Duration.ofMillis(25), () -> {
            List<Observed> matching = seen.stream().filter(match).toList();
            return matching.size() >= count ? Optional.of(matching) : Optional.empty();
        }, Optional::empty);
        return found.orElseThrow(() -> new DemoFailure("no " + (count > 1 ? count + "× " : "") + type + " about " + key
                + " within " + timeout.toSeconds() + " s; seen: " + typesAbout(key)));
    }

    /** How many events of {@code type} about {@code key} were seen so far. */
    long count(String type, String key) {
        return seen.stream().filter(o -> o.type().equals(type) && key.equals(o.key())).count();
    }

    private List<String> typesAbout(String key) {
        return seen.stream().filter(o -> key.equals(o.key())).map(Observed::type).toList();
    }

    @Override
    public void close() {
        running = false;
        consumer.wakeup();
        try {
            poller.join(Duration.ofSeconds(5));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        consumer.close(Duration.ofSeconds(2));
    }
}
