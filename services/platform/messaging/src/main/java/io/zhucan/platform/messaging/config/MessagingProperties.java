package io.zhucan.platform.messaging.config;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the platform messaging library ({@code zhucan.messaging.*}).
 *
 * @param topics topic creation at start-up (local stack and tests; a cluster uses Strimzi topics)
 *     and how long topics and dead-letter topics keep records
 * @param consumer back-off of retries; {@code maxRetries} bounds only failures of unknown kind
 *     (transient ones are retried until they pass, permanent ones parked at once)
 * @param inbox how long processed event ids are kept: at least as long as the topics keep records,
 *     or a replay from offset zero would apply old events again (checked at start-up)
 * @param deadLetters how long resolved dead letters are kept, and the secret of the key pseudonyms
 * @param relay the outbox relay: events per batch, how often it looks for events committed by
 *     another instance (its own commits wake it at once), and the back-off of a failing batch
 * @param faults failure injection for reliability tests (off by default)
 */
@ConfigurationProperties("zhucan.messaging")
public record MessagingProperties(
        @DefaultValue Topics topics,
        @DefaultValue Consumer consumer,
        @DefaultValue Inbox inbox,
        @DefaultValue DeadLetters deadLetters,
        @DefaultValue Relay relay,
        @DefaultValue Faults faults) {

    public MessagingProperties {
        if (inbox.retention().compareTo(topics.retention()) < 0) {
            throw new IllegalArgumentException("zhucan.messaging.inbox.retention (" + inbox.retention()
                    + ") must be at least zhucan.messaging.topics.retention (" + topics.retention() + ")");
        }
    }

    public record Topics(
            @DefaultValue("true") boolean create,
            @DefaultValue("6") int partitions,
            @DefaultValue("1") short replicas,
            @DefaultValue("365d") Duration retention,
            @DefaultValue("90d") Duration deadLetterRetention) {
    }

    public record Consumer(
            @DefaultValue("4") int maxRetries,
            @DefaultValue("500ms") Duration initialBackOff,
            @DefaultValue("30s") Duration maxBackOff) {
    }

    public record Inbox(@DefaultValue("400d") Duration retention) {
    }

    public record DeadLetters(@DefaultValue("90d") Duration retention, @DefaultValue("") String keySecret) {
    }

    public record Relay(
            @DefaultValue("5000") int batchSize,
            @DefaultValue("200ms") Duration pollInterval,
            @DefaultValue("200ms") Duration initialBackOff,
            @DefaultValue("30s") Duration maxBackOff) {
    }

    public record Faults(@DefaultValue("0") int relayCrashesAfterSend) {
    }
}
