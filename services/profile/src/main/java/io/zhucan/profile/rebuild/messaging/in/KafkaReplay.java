package io.zhucan.profile.rebuild.messaging.in;

import io.zhucan.platform.events.EventCatalog;
import io.zhucan.platform.events.EventCodec;
import io.zhucan.platform.events.Topics;
import io.zhucan.platform.messaging.consumer.EventDispatcher;
import io.zhucan.platform.messaging.consumer.EventDispatchers;
import io.zhucan.platform.messaging.deadletter.DeadLetterStore;
import io.zhucan.platform.messaging.deadletter.KeyPseudonyms;
import io.zhucan.platform.messaging.inbox.Inbox;
import io.zhucan.platform.messaging.metrics.MessagingMetrics;
import io.zhucan.profile.rebuild.Progress;
import io.zhucan.profile.rebuild.Replay;
import io.zhucan.profile.timeline.application.Projection;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.kafka.config.ConcurrentKafkaListenerContainerFactory;
import org.springframework.kafka.listener.ConcurrentMessageListenerContainer;
import org.springframework.kafka.listener.MessageListener;
import org.springframework.stereotype.Component;

/**
 * A replay is a listener container of its own consumer group ({@code profile-rebuild-<n>}), which
 * starts at offset zero (auto-offset-reset earliest), with the platform's error handling; its
 * inbox is its own too, so the live consumer's processed ids do not hide events from it.
 */
@Component
class KafkaReplay implements Replay {

    private static final String[] TOPICS = Topics.ALL.toArray(String[]::new);

    private final ConcurrentKafkaListenerContainerFactory<String, byte[]> containers;
    private final Projection projection;
    private final Inbox inbox;
    private final EventCodec codec;
    private final DeadLetterStore deadLetters;
    private final KeyPseudonyms pseudonyms;
    private final ConsumerLag lag;
    private final MessagingMetrics metrics;
    private final String service;
    private final Map<Integer, ConcurrentMessageListenerContainer<String, byte[]>> running = new ConcurrentHashMap<>();

    KafkaReplay(ConcurrentKafkaListenerContainerFactory<String, byte[]> containers, Projection projection, Inbox inbox,
            EventCodec codec, DeadLetterStore deadLetters, KeyPseudonyms pseudonyms, ConsumerLag lag,
            MessagingMetrics metrics, @Value("${spring.kafka.consumer.group-id}") String service) {
        this.containers = containers;
        this.projection = projection;
        this.inbox = inbox;
        this.codec = codec;
        this.deadLetters = deadLetters;
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
        EventDispatcher dispatcher = new EventDispatchers(group(generation), inbox, codec, deadLetters, pseudonyms,
                metrics).dispatcher();
        EventCatalog.ALL.forEach(type -> dispatcher.on(type, event -> projection.apply(generation, event)));
        ConcurrentMessageListenerContainer<String, byte[]> container = containers.createContainer(TOPICS);
        container.getContainerProperties().setGroupId(group(generation));
        container.getContainerProperties().setMessageListener(
                (MessageListener<String, byte[]>) (ConsumerRecord<String, byte[]> record) -> dispatcher.dispatch(record));
        container.setBeanName(group(generation));
        container.start();
        running.put(generation, container);
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
