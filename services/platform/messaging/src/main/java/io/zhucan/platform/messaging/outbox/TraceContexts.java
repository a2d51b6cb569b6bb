package io.zhucan.platform.messaging.outbox;

import io.micrometer.tracing.Span;
import io.micrometer.tracing.TraceContext;
import io.micrometer.tracing.Tracer;
import io.micrometer.tracing.propagation.Propagator;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * The trace an event belongs to, across the outbox: taken from the publishing request's span as a
 * W3C {@code traceparent} (stored with the row), and made current again around the relay's send, so
 * the record's headers and the consumer's span continue the request's trace. Without tracing (no
 * tracer, or no span) there is nothing to carry.
 */
public class TraceContexts {

    static final String TRACEPARENT = "traceparent";

    private final Tracer tracer;
    private final Propagator propagator;

    public TraceContexts(Tracer tracer, Propagator propagator) {
        this.tracer = tracer;
        this.propagator = propagator;
    }

    public static TraceContexts none() {
        return new TraceContexts(Tracer.NOOP, Propagator.NOOP);
    }

    /** The current span's traceparent, or null outside one. */
    public @Nullable String current() {
        Span span = tracer.currentSpan();
        if (span == null) {
            return null;
        }
        TraceContext context = span.context();
        Map<String, String> carrier = new HashMap<>();
        propagator.inject(context, carrier, Map::put);
        return carrier.get(TRACEPARENT);
    }

    /** Runs {@code work} in a span of the stored trace ({@code traceparent} null: as it is). */
    public <T> T within(@Nullable String traceparent, String name, Supplier<T> work) {
        if (traceparent == null) {
            return work.get();
        }
        Span span = propagator.extract(Map.of(TRACEPARENT, traceparent), Map::get).name(name).start();
        try (Tracer.SpanInScope scope = tracer.withSpan(span)) {
            return work.get();
        } finally {
            span.end();
        }
    }
}
