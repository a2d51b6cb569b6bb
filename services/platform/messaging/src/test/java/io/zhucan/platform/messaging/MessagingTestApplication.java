package io.zhucan.platform.messaging;

import io.zhucan.platform.events.Topics;
import io.zhucan.platform.events.certification.CertificateRenewed;
import io.zhucan.platform.messaging.consumer.EventDispatcher;
import io.zhucan.platform.messaging.consumer.EventDispatchers;
import io.zhucan.platform.messaging.outbox.EventPublisher;
import java.sql.SQLTransientConnectionException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.micrometer.tracing.Span;
import io.micrometer.tracing.Tracer;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** A minimal service that uses the messaging library the way the real services do. */
@SpringBootApplication
public class MessagingTestApplication {

    /** The registry the messaging meters count into (a service has actuator's). */
    @Bean
    SimpleMeterRegistry meterRegistry() {
        return new SimpleMeterRegistry();
    }

    /** Producer side: a state change and its event in one transaction. */
    @Component
    public static class Renewals {

        private final JdbcClient jdbc;
        private final EventPublisher events;

        Renewals(JdbcClient jdbc, EventPublisher events) {
            this.jdbc = jdbc;
            this.events = events;
        }

        @Transactional
        public CertificateRenewed renew(UUID personId, LocalDate validUntil) {
            UUID id = UUID.randomUUID();
            jdbc.sql("INSERT INTO test_state (id, person_id, created_at) VALUES (:id, :person, now())")
                    .param("id", id).param("person", personId).update();
            CertificateRenewed event = new CertificateRenewed(UUID.randomUUID(), Instant.now(), personId, id, "330102",
                    LocalDate.now(), validUntil);
            events.publish(event);
            return event;
        }

        /** Many state changes and events in one transaction (benchmark set-up). */
        @Transactional
        public void renewAll(List<UUID> personIds, LocalDate validUntil) {
            personIds.forEach(person -> renew(person, validUntil));
        }

        @Transactional
        public void renewThenFail(UUID personId) {
            renew(personId, LocalDate.now().plusYears(10));
            throw new IllegalStateException("business rule failed after the event was written");
        }
    }

    /** Consumer side: a listener that only translates and delegates, with failure hooks for tests. */
    @Component
    public static class RenewalListener {

        /** Failures of a kind that passes (the database unreachable for a while). */
        final AtomicInteger transientFailuresBeforeEffect = new AtomicInteger();
        /** Failures of unknown kind (a business rule, a bug): a few retries, then parked. */
        final AtomicInteger failuresBeforeEffect = new AtomicInteger();
        /** Persons whose events fail for good, with the message of the failure (which may quote personal data). */
        final Map<UUID, String> failingPersons = new ConcurrentHashMap<>();
        final AtomicInteger crashesAfterEffect = new AtomicInteger();
        /** The trace each person's effect ran in (the consumer's span). */
        final Map<UUID, String> traceOfEffect = new ConcurrentHashMap<>();
        private final JdbcClient jdbc;
        private final EventDispatcher dispatcher;
        private final Tracer tracer;

        RenewalListener(JdbcClient jdbc, EventDispatchers dispatchers, Tracer tracer) {
            this.jdbc = jdbc;
            this.tracer = tracer;
            this.dispatcher = dispatchers.dispatcher().on(CertificateRenewed.TYPE, this::record);
        }

        @KafkaListener(topics = Topics.CERTIFICATION)
        void on(ConsumerRecord<String, byte[]> record) {
            dispatcher.dispatch(record);
            if (crashesAfterEffect.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
                // the effect is committed but the offset is not: Kafka delivers the record again
                throw new IllegalStateException("consumer died before committing its offset");
            }
        }

        private void record(CertificateRenewed event) {
            Span span = tracer.currentSpan();
            if (span != null) {
                traceOfEffect.put(event.personId(), span.context().traceId());
            }
            if (transientFailuresBeforeEffect.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
                throw new CannotGetJdbcConnectionException("database briefly unavailable",
                        new SQLTransientConnectionException("connection is not available, request timed out"));
            }
            if (failingPersons.containsKey(event.personId())) {
                throw new IllegalStateException(failingPersons.get(event.personId()));
            }
            if (failuresBeforeEffect.getAndUpdate(n -> n == Integer.MAX_VALUE ? n : Math.max(0, n - 1)) > 0) {
                throw new IllegalStateException("business rule failed");
            }
            jdbc.sql("INSERT INTO consumer_effect (event_id, person_id, marker) VALUES (:id, :person, :marker)")
                    .param("id", event.eventId()).param("person", event.personId()).param("marker", event.validUntil())
                    .update();
        }
    }
}
