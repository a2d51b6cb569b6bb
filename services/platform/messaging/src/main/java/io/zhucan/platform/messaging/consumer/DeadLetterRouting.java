package io.zhucan.platform.messaging.consumer;

import io.zhucan.platform.events.InvalidEventException;
import io.zhucan.platform.messaging.deadletter.Failures;
import io.zhucan.platform.messaging.deadletter.HeldBehindParkedRecord;
import io.zhucan.platform.messaging.deadletter.ParkingRecoverer;
import io.zhucan.platform.messaging.deadletter.Reasons;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.KafkaException;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.kafka.support.ExponentialBackOffWithMaxRetries;
import org.springframework.util.backoff.BackOff;
import org.springframework.util.backoff.ExponentialBackOff;
import org.springframework.util.backoff.FixedBackOff;

/**
 * Consumer error handling by the kind of failure ({@link Failures}): a transient one is retried
 * with back-off for as long as it lasts, the partition waiting (a database failover parks
 * nothing and reorders nothing); a permanent one is parked at once; anything else after a few
 * retries. Parking ({@link ParkingRecoverer}) holds the person's later records behind it.
 */
public final class DeadLetterRouting {

    private static final Logger log = LoggerFactory.getLogger(DeadLetterRouting.class);

    public static DefaultErrorHandler errorHandler(ParkingRecoverer parking, int maxRetries, Duration initialInterval,
            Duration maxInterval) {
        ExponentialBackOffWithMaxRetries fewRetries = new ExponentialBackOffWithMaxRetries(maxRetries);
        configure(fewRetries, initialInterval, maxInterval);
        ExponentialBackOff untilItPasses = new ExponentialBackOff();
        configure(untilItPasses, initialInterval, maxInterval);
        BackOff parkAtOnce = new FixedBackOff(0, 0);
        DefaultErrorHandler handler = new DefaultErrorHandler(parking, fewRetries);
        handler.setBackOffFunction((record, exception) -> switch (Failures.of(exception)) {
            case TRANSIENT -> untilItPasses;
            case PERMANENT -> parkAtOnce;
            case UNKNOWN -> fewRetries;
        });
        handler.addNotRetryableExceptions(InvalidEventException.class, HeldBehindParkedRecord.class);
        // the container would log each failure's stack trace, whose messages may quote personal data
        handler.setLogLevel(KafkaException.Level.DEBUG);
        handler.setRetryListeners((record, exception, attempt) -> log.warn("{}-{}@{} failed (delivery {}): {}",
                record.topic(), record.partition(), record.offset(), attempt, Reasons.of(exception)));
        return handler;
    }

    private static void configure(ExponentialBackOff backOff, Duration initialInterval, Duration maxInterval) {
        backOff.setInitialInterval(initialInterval.toMillis());
        backOff.setMultiplier(2.0);
        backOff.setMaxInterval(maxInterval.toMillis());
    }

    private DeadLetterRouting() {
    }
}
