package io.zhucan.platform.messaging.outbox;

import java.util.concurrent.atomic.AtomicInteger;

/**
 * Failure injection for reliability tests, off unless armed: makes the relay die right after a
 * successful send and before the outbox row is marked done, as a crash at that moment would.
 */
public class RelayFaults {

    private final AtomicInteger crashesAfterSend;

    public RelayFaults(int crashesAfterSend) {
        this.crashesAfterSend = new AtomicInteger(crashesAfterSend);
    }

    /** The next {@code times} sends are each followed by a simulated crash. */
    public void crashAfterSend(int times) {
        crashesAfterSend.set(times);
    }

    void afterSend(OutboxMessage message) {
        if (crashesAfterSend.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
            throw new SimulatedCrash("relay crashed after sending " + message.eventId() + " and before marking it sent");
        }
    }

    /** Thrown by an armed {@link RelayFaults}. */
    public static class SimulatedCrash extends RuntimeException {
        SimulatedCrash(String message) {
            super(message);
        }
    }
}
