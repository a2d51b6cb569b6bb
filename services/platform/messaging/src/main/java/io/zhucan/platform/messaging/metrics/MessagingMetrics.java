package io.zhucan.platform.messaging.metrics;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * The messaging library's counters, on the dashboard of every service (docs/operations.md "What to
 * watch"): records consumed by outcome and records parked. Events published are Spring Kafka's
 * observation of every send ({@code spring.kafka.template}, per topic), the backlog and the open
 * dead letters are gauges ({@code zhucan.outbox.backlog}, {@code zhucan.dead.letters.open}).
 */
public final class MessagingMetrics {

    public static final String CONSUMED = "zhucan.events.consumed";
    public static final String PARKED = "zhucan.events.parked";

    /** What a consumed record did: applied its effect, was a duplicate (inbox), or had no handler here. */
    public enum Outcome {
        APPLIED, DUPLICATE, SKIPPED;

        String tag() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    private final MeterRegistry registry;

    public MessagingMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    public void consumed(String consumer, String topic, String type, Outcome outcome) {
        Counter.builder(CONSUMED).description("records consumed, by consumer, topic, event type and outcome")
                .tags("consumer", consumer, "topic", topic, "type", type, "outcome", outcome.tag())
                .register(registry).increment();
    }

    public void parked(String consumer, String topic) {
        Counter.builder(PARKED).description("records parked as dead letters (failed for good or held behind one)")
                .tags("consumer", consumer, "topic", topic)
                .register(registry).increment();
    }
}
