package io.zhucan.platform.messaging.config;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the platform messaging library ({@code zhucan.messaging.*}).
 *
 * @param topics topic creation at start-up (local stack and tests; a cluster uses Strimzi topics)
 * @param consumer consumer retries before a record goes to its dead-letter topic
 * @param inbox how long processed event ids are kept
 * @param faults failure injection for reliability tests (off by default)
 */
@ConfigurationProperties("zhucan.messaging")
public record MessagingProperties(
        @DefaultValue Topics topics,
        @DefaultValue Consumer consumer,
        @DefaultValue Inbox inbox,
        @DefaultValue Faults faults) {

    public record Topics(
            @DefaultValue("true") boolean create,
            @DefaultValue("6") int partitions,
            @DefaultValue("1") short replicas) {
    }

    public record Consumer(
            @DefaultValue("4") int maxRetries,
            @DefaultValue("500ms") Duration initialBackOff,
            @DefaultValue("8s") Duration maxBackOff) {
    }

    public record Inbox(@DefaultValue("30d") Duration retention) {
    }

    public record Faults(@DefaultValue("0") int relayCrashesAfterSend) {
    }
}
