package io.zhucan.platform.messaging.config;

import io.zhucan.platform.events.EventCodec;
import io.zhucan.platform.events.Topics;
import io.zhucan.platform.messaging.consumer.DeadLetterRouting;
import io.zhucan.platform.messaging.consumer.EventDispatchers;
import io.zhucan.platform.messaging.deadletter.DeadLetterController;
import io.zhucan.platform.messaging.deadletter.DeadLetterPurge;
import io.zhucan.platform.messaging.deadletter.DeadLetterReplayer;
import io.zhucan.platform.messaging.deadletter.DeadLetterStore;
import io.zhucan.platform.messaging.deadletter.KeyPseudonyms;
import io.zhucan.platform.messaging.deadletter.OriginalRecords;
import io.zhucan.platform.messaging.deadletter.ParkingRecoverer;
import io.zhucan.platform.messaging.inbox.Inbox;
import io.zhucan.platform.messaging.inbox.InboxPurge;
import io.zhucan.platform.messaging.metrics.MessagingMetrics;
import io.zhucan.platform.messaging.outbox.EventPublisher;
import io.zhucan.platform.messaging.outbox.KafkaRelay;
import io.zhucan.platform.messaging.outbox.OutboxBacklog;
import io.zhucan.platform.messaging.outbox.TraceContexts;
import io.zhucan.platform.messaging.outbox.OutboxRelay;
import io.zhucan.platform.messaging.outbox.RelaySignal;
import io.zhucan.platform.messaging.outbox.RelayFaults;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Metrics;
import io.micrometer.core.instrument.binder.MeterBinder;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.PropertySource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.core.ConsumerFactory;
import org.springframework.kafka.core.KafkaAdmin;
import io.micrometer.tracing.Tracer;
import io.micrometer.tracing.propagation.Propagator;
import javax.sql.DataSource;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.provider.jdbctemplate.JdbcTemplateLockProvider;
import net.javacrumbs.shedlock.spring.annotation.EnableSchedulerLock;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Reliable messaging for every service: outbox publishing and relay, idempotent consumption,
 * retries and dead letters. See docs/adr/0002 and docs/architecture.md.
 */
@AutoConfiguration(afterName = {
        "org.springframework.boot.kafka.autoconfigure.KafkaAutoConfiguration",
        "org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration"})
@EnableConfigurationProperties(MessagingProperties.class)
@PropertySource("classpath:zhucan-messaging-defaults.properties")
public class MessagingAutoConfiguration {

    @Bean
    EventCodec eventCodec() {
        return new EventCodec();
    }

    @Bean
    RelaySignal relaySignal() {
        return new RelaySignal();
    }

    /** The request's trace across the outbox; none when tracing is off (no Tracer or Propagator bean). */
    @Bean
    TraceContexts traceContexts(ObjectProvider<Tracer> tracer, ObjectProvider<Propagator> propagator) {
        Tracer t = tracer.getIfAvailable();
        Propagator p = propagator.getIfAvailable();
        return t == null || p == null ? TraceContexts.none() : new TraceContexts(t, p);
    }

    @Bean
    EventPublisher eventPublisher(JdbcTemplate jdbc, EventCodec codec, RelaySignal signal, TraceContexts traces) {
        return new EventPublisher(jdbc, codec, signal, traces);
    }

    @Bean
    RelayFaults relayFaults(MessagingProperties properties) {
        return new RelayFaults(properties.faults().relayCrashesAfterSend());
    }

    @Bean
    KafkaRelay kafkaRelay(JdbcTemplate jdbc, TransactionTemplate transaction, KafkaTemplate<String, byte[]> kafka,
            RelayFaults faults, TraceContexts traces, MessagingProperties properties) {
        return new KafkaRelay(jdbc, transaction, kafka, faults, traces, properties.relay().batchSize());
    }

    @Bean
    OutboxRelay outboxRelay(KafkaRelay batches, RelaySignal signal, MessagingProperties properties) {
        var relay = properties.relay();
        return new OutboxRelay(batches, signal, relay.pollInterval(), relay.initialBackOff(), relay.maxBackOff());
    }

    @Bean
    OutboxBacklog outboxBacklog(JdbcClient jdbc) {
        return new OutboxBacklog(jdbc);
    }

    @Bean
    Inbox inbox(JdbcClient jdbc, TransactionTemplate transaction) {
        return new Inbox(jdbc, transaction);
    }

    @Bean
    InboxPurge inboxPurge(JdbcClient jdbc, MessagingProperties properties) {
        return new InboxPurge(jdbc, properties.inbox().retention());
    }

    /** Boot's registry (actuator), or Micrometer's global one where a service runs without actuator. */
    @Bean
    MessagingMetrics messagingMetrics(ObjectProvider<MeterRegistry> registry) {
        return new MessagingMetrics(registry.getIfAvailable(() -> Metrics.globalRegistry));
    }

    @Bean
    EventDispatchers eventDispatchers(@Value("${spring.kafka.consumer.group-id}") String group, Inbox inbox,
            EventCodec codec, DeadLetterStore deadLetters, KeyPseudonyms pseudonyms, MessagingMetrics metrics) {
        return new EventDispatchers(group, inbox, codec, deadLetters, pseudonyms, metrics);
    }

    /** Picked up by Boot's listener container factory. */
    @Bean
    DefaultErrorHandler kafkaErrorHandler(ParkingRecoverer parking, MessagingProperties properties) {
        var consumer = properties.consumer();
        return DeadLetterRouting.errorHandler(parking, consumer.maxRetries(), consumer.initialBackOff(),
                consumer.maxBackOff());
    }

    @Bean
    KeyPseudonyms deadLetterKeyPseudonyms(MessagingProperties properties) {
        return new KeyPseudonyms(properties.deadLetters().keySecret());
    }

    @Bean
    DeadLetterStore deadLetterStore(JdbcClient jdbc) {
        return new DeadLetterStore(jdbc);
    }

    @Bean
    ParkingRecoverer parkingRecoverer(DeadLetterStore store, KeyPseudonyms pseudonyms,
            @Value("${spring.kafka.consumer.group-id}") String group, KafkaTemplate<String, byte[]> kafka,
            MessagingMetrics metrics) {
        return new ParkingRecoverer(store, pseudonyms, group, kafka, metrics);
    }

    @Bean
    DeadLetterPurge deadLetterPurge(DeadLetterStore store, MessagingProperties properties) {
        return new DeadLetterPurge(store, properties.deadLetters().retention());
    }

    @Bean
    @SuppressWarnings("unchecked")
    DeadLetterReplayer deadLetterReplayer(DeadLetterStore store, ConsumerFactory<?, ?> consumers,
            EventDispatchers dispatchers, ParkingRecoverer parking) {
        return new DeadLetterReplayer(store, new OriginalRecords((ConsumerFactory<String, byte[]>) consumers), dispatchers,
                parking);
    }

    /**
     * Every platform topic and its dead-letter twin, same partition count, with their retention
     * (local stack and tests; in a cluster the Strimzi topics say the same).
     */
    @Bean
    @ConditionalOnBooleanProperty(name = "zhucan.messaging.topics.create", matchIfMissing = true)
    KafkaAdmin.NewTopics platformTopics(MessagingProperties properties) {
        var topics = properties.topics();
        List<NewTopic> all = new ArrayList<>();
        for (String topic : Topics.ALL) {
            all.add(new NewTopic(topic, topics.partitions(), topics.replicas())
                    .configs(Map.of(TopicConfig.RETENTION_MS_CONFIG, String.valueOf(topics.retention().toMillis()))));
            all.add(new NewTopic(Topics.deadLetter(topic), topics.partitions(), topics.replicas()).configs(Map.of(
                    TopicConfig.RETENTION_MS_CONFIG, String.valueOf(topics.deadLetterRetention().toMillis()))));
        }
        return new KafkaAdmin.NewTopics(all.toArray(NewTopic[]::new));
    }

    @Bean
    MeterBinder outboxBacklogMetric(OutboxBacklog backlog) {
        return registry -> Gauge.builder("zhucan.outbox.backlog", backlog, OutboxBacklog::pending)
                .description("events committed and not yet published by the outbox relay")
                .register(registry);
    }

    @Bean
    MeterBinder openDeadLettersMetric(DeadLetterStore store) {
        return registry -> Gauge.builder("zhucan.dead.letters.open", store, DeadLetterStore::open)
                .description("records parked or being replayed: each holds back its person's later records")
                .register(registry);
    }

    /**
     * Scheduled jobs run once per cluster, not once per replica (docs/adr/0010): a {@code @SchedulerLock}
     * job takes its row in the {@code shedlock} table (platform migration V0_1_4) or is skipped. The
     * database's clock decides expiry, so replicas whose clocks drift agree.
     */
    @Configuration(proxyBeanMethods = false)
    @EnableSchedulerLock(defaultLockAtMostFor = "PT1H")
    static class SchedulerLocks {

        @Bean
        @ConditionalOnMissingBean
        LockProvider lockProvider(DataSource dataSource) {
            return new JdbcTemplateLockProvider(JdbcTemplateLockProvider.Configuration.builder()
                    .withJdbcTemplate(new JdbcTemplate(dataSource))
                    .usingDbTime()
                    .build());
        }
    }

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
    @ConditionalOnClass(name = "org.springframework.web.bind.annotation.RestController")
    static class DeadLetterApi {

        @Bean
        DeadLetterController deadLetterController(DeadLetterStore store, DeadLetterReplayer replayer) {
            return new DeadLetterController(store, replayer);
        }
    }
}
