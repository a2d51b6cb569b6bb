package io.zhucan.platform.messaging.consumer;

import io.zhucan.platform.events.InvalidEventException;
import io.zhucan.platform.events.Topics;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.internals.RecordHeader;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.listener.DeadLetterPublishingRecoverer;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.kafka.listener.ListenerExecutionFailedException;
import org.springframework.kafka.support.ExponentialBackOffWithMaxRetries;

/**
 * Consumer error handling: bounded retries with exponential back-off for failures that may pass
 * (database down, deadlock), then the record goes to {@code <topic>.DLT}, same partition, with the
 * reason in headers; invalid events go there at once. Either way the partition moves on.
 */
public final class DeadLetterRouting {

    /** Short reason, added next to Spring's {@code kafka_dlt-exception-*} headers. */
    public static final String REASON_HEADER = "zhucan-dlt-reason";

    public static DefaultErrorHandler errorHandler(KafkaTemplate<String, byte[]> template, int maxRetries,
            Duration initialInterval, Duration maxInterval) {
        DeadLetterPublishingRecoverer recoverer = new DeadLetterPublishingRecoverer(template,
                (record, exception) -> new TopicPartition(Topics.deadLetter(record.topic()), record.partition()));
        recoverer.setHeadersFunction((record, exception) -> {
            Throwable cause = exception instanceof ListenerExecutionFailedException && exception.getCause() != null
                    ? exception.getCause() : exception;
            String reason = cause.getClass().getSimpleName() + ": " + cause.getMessage();
            return new RecordHeaders(new RecordHeader[] {
                    new RecordHeader(REASON_HEADER, reason.getBytes(StandardCharsets.UTF_8))});
        });
        ExponentialBackOffWithMaxRetries backOff = new ExponentialBackOffWithMaxRetries(maxRetries);
        backOff.setInitialInterval(initialInterval.toMillis());
        backOff.setMultiplier(2.0);
        backOff.setMaxInterval(maxInterval.toMillis());
        DefaultErrorHandler handler = new DefaultErrorHandler(recoverer, backOff);
        handler.addNotRetryableExceptions(InvalidEventException.class);
        return handler;
    }

    private DeadLetterRouting() {
    }
}
