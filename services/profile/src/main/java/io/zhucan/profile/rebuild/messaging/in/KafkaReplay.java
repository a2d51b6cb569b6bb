package io.zhucan.profile.rebuild.messaging.in;

import io.zhucan.platform.events.EventCodec;
import io.zhucan.platform.events.Topics;
import io.zhucan.platform.messaging.deadletter.KeyPseudonyms;
import io.zhucan.platform.messaging.metrics.MessagingMetrics;
import io.zhucan.profile.rebuild.Progress;
import io.zhucan.profile.rebuild.Replay;
import io.zhucan.profile.timeline.application.Projection;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.kafka.config.ConcurrentKafkaListenerContainerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.listener.BatchListenerFailedException;
import org.springframework.kafka.listener.BatchMessageListener;
import org.springframework.kafka.listener.ConcurrentMessageListenerContainer;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A replay is a listener container of its own consumer group ({@code profile-rebuild-<n>}), which
 * starts at offset zero (auto-offset-reset earliest), with the platform's error handling. Each poll
 * is applied in one transaction with batched writes; if that fails, its records are applied one by
 * one, so the platform's error handling meets the failing record alone (retried while transient,
 * parked when permanent) and the records before it are kept.
 */
@Component
class KafkaReplay implements Replay {

    private static final String[] TOPICS = Topics.ALL.toArray(String[]::new);
    /** Larger polls than the live consumer's: each is one transaction of a few batched statements. */
    private static final String RECORDS_PER_POLL = "2000";

    private final ConcurrentKafkaListenerContainerFactory<String, byte[]> containers;
    private final Projection projection;
    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;
    private final EventCodec codec;
    private final KeyPseudonyms pseudonyms;
    private final ConsumerLag lag;
    private final MessagingMetrics metrics;
    private final String service;
    private final Map<Integer, ConcurrentMessageListenerContainer<String, byte[]>> running = new ConcurrentHashMap<>();

    KafkaReplay(ConcurrentKafkaListenerContainerFactory<String, byte[]> containers, Projection projection, JdbcClient jdbc,
            TransactionTemplate transaction, EventCodec codec, KeyPseudonyms pseudonyms, ConsumerLag lag,
            MessagingMetrics metrics, @Value("${spring.kafka.consumer.group-id}") String service) {
        this.containers = containers;
        this.projection = projection;
        this.jdbc = jdbc;
        this.transaction = transaction;
        this.codec = codec;
        this.pseudonyms = pseudonyms;
        this.lag = lag;
        this.metrics = metrics;
        this.service = service;
    }

    @Override
    public synchronized void start(int generation) {
        if (running.containsKey(generation)) {
            return;
        }
        ReplayReader reader = new ReplayReader(group(generation), jdbc, transaction, codec, pseudonyms, metrics);
        ConcurrentMessageListenerContainer<String, byte[]> container = containers.createContainer(TOPICS);
        container.getContainerProperties().setGroupId(group(generation));
        Properties poll = new Properties();
        poll.setProperty(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, RECORDS_PER_POLL);
        container.getContainerProperties().setKafkaConsumerProperties(poll);
        // batch listeners get no observation but a timer whose tags clash with the live listener's meter
        container.getContainerProperties().setMicrometerEnabled(false);
        container.getContainerProperties().setMessageListener((BatchMessageListener<String, byte[]>) records ->
                apply(generation, reader, records));
        container.setBeanName(group(generation));
        container.start();
        running.put(generation, container);
    }

    private void apply(int generation, ReplayReader reader, List<ConsumerRecord<String, byte[]>> records) {
        try {
            projection.applyAll(generation, () -> reader.events(records));
        } catch (RuntimeException batchFailed) {
            for (int i = 0; i < records.size(); i++) {
                List<ConsumerRecord<String, byte[]>> one = List.of(records.get(i));
                try {
                    projection.applyAll(generation, () -> reader.events(one));
                } catch (RuntimeException e) {
                    throw new BatchListenerFailedException(group(generation) + " failed on a record", e, i);
                }
            }
        }
    }

    @Override
    public boolean running(int generation) {
        return running.containsKey(generation);
    }

    @Override
    public Progress progress(int generation) {
        return lag.of(group(generation), TOPICS);
    }

    @Override
    public synchronized void stop(int generation) {
        var container = running.remove(generation);
        if (container != null) {
            container.stop();
        }
    }

    private String group(int generation) {
        return service + "-rebuild-" + generation;
    }
}
