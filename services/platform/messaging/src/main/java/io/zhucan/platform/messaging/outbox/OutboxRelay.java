package io.zhucan.platform.messaging.outbox;

import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/**
 * Runs the relay on one thread for as long as the service runs: batch after batch while the backlog
 * lasts, then it waits for a commit's wake-up ({@link RelaySignal}) or the poll interval. A failing
 * batch (broker or database away) is retried with back-off for as long as it takes.
 */
public class OutboxRelay implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(OutboxRelay.class);

    private final KafkaRelay batches;
    private final RelaySignal signal;
    private final Duration pollInterval;
    private final Duration initialBackOff;
    private final Duration maxBackOff;
    private volatile boolean running;
    private Thread thread;

    public OutboxRelay(KafkaRelay batches, RelaySignal signal, Duration pollInterval, Duration initialBackOff,
            Duration maxBackOff) {
        this.batches = batches;
        this.signal = signal;
        this.pollInterval = pollInterval;
        this.initialBackOff = initialBackOff;
        this.maxBackOff = maxBackOff;
    }

    @Override
    public synchronized void start() {
        if (running) {
            return;
        }
        running = true;
        thread = Thread.ofPlatform().name("outbox-relay").daemon().start(this::relay);
    }

    /** Returns once the batch in progress (if any) has finished. */
    @Override
    public synchronized void stop() {
        running = false;
        signal.wakeUp();
        try {
            thread.join(Duration.ofSeconds(60));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    private void relay() {
        Duration backOff = initialBackOff;
        while (running) {
            try {
                int relayed = batches.relayNextBatch();
                backOff = initialBackOff;
                if (relayed < batches.batchSize()) {
                    signal.await(pollInterval);
                }
            } catch (InterruptedException e) {
                return;
            } catch (RuntimeException e) {
                log.warn("outbox relay batch failed, retrying in {}: {}", backOff, e.toString());
                try {
                    signal.await(backOff); // a stop ends the pause
                } catch (InterruptedException interrupted) {
                    return;
                }
                backOff = backOff.multipliedBy(2).compareTo(maxBackOff) > 0 ? maxBackOff : backOff.multipliedBy(2);
            }
        }
    }
}
