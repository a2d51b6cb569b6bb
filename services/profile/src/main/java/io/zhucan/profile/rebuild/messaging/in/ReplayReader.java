package io.zhucan.profile.rebuild.messaging.in;

import io.zhucan.platform.events.EventCatalog;
import io.zhucan.platform.events.EventCodec;
import io.zhucan.platform.events.IntegrationEvent;
import io.zhucan.platform.messaging.consumer.EventDispatcher;
import io.zhucan.platform.messaging.consumer.EventDispatchers;
import io.zhucan.platform.messaging.deadletter.DeadLetter;
import io.zhucan.platform.messaging.deadletter.DeadLetterStore;
import io.zhucan.platform.messaging.deadletter.KeyPseudonyms;
import io.zhucan.platform.messaging.inbox.Inbox;
import io.zhucan.platform.messaging.metrics.MessagingMetrics;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Turns a replay's records into events with the platform's dispatcher, so they pass the same checks
 * as the live consumer's (a CloudEvent, a type that belongs to its topic and source, the type's
 * schema; unknown types skipped), but without the two look-ups per record a replay does not need:
 * <ul>
 * <li>no inbox row: the replay's effects are idempotent by the generation's timeline key (generation,
 * event id) — an inbox row per event would be millions of rows per rebuild;</li>
 * <li>no hold behind parked records: the platform's recoverer parks a replay's record under the
 * service's group, never under the replay's own consumer name, so that look-up finds nothing.</li>
 * </ul>
 */
final class ReplayReader {

    private final EventDispatchers dispatchers;

    ReplayReader(String consumer, JdbcClient jdbc, TransactionTemplate transaction, EventCodec codec,
            KeyPseudonyms pseudonyms, MessagingMetrics metrics) {
        this.dispatchers = new EventDispatchers(consumer, new TimelineKeyed(jdbc, transaction), codec,
                new NothingParked(jdbc), pseudonyms, metrics);
    }

    List<IntegrationEvent> events(List<ConsumerRecord<String, byte[]>> records) {
        List<IntegrationEvent> events = new ArrayList<>(records.size());
        EventDispatcher dispatcher = dispatchers.dispatcher();
        EventCatalog.ALL.forEach(type -> dispatcher.on(type, events::add));
        records.forEach(dispatcher::dispatch);
        return events;
    }

    private static final class TimelineKeyed extends Inbox {

        TimelineKeyed(JdbcClient jdbc, TransactionTemplate transaction) {
            super(jdbc, transaction);
        }

        @Override
        public boolean processOnce(String consumer, UUID eventId, Runnable effect) {
            effect.run();
            return true;
        }
    }

    private static final class NothingParked extends DeadLetterStore {

        NothingParked(JdbcClient jdbc) {
            super(jdbc);
        }

        @Override
        public List<DeadLetter> openFor(String consumer, String topic, String keyHash) {
            return List.of();
        }
    }
}
