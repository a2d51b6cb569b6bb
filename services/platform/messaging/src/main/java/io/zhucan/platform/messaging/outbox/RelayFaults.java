package io.zhucan.platform.messaging.outbox;

import java.util.concurrent.atomic.AtomicInteger;

/**
 * Failure injection for reliability tests, off unless armed: makes the relay die right after a
 * batch was sent and acknowledged and before its outbox rows are deleted, as a crash at that moment would.
 */
public class RelayFaults {

    private final AtomicInteger crashesAfterSend;

    public RelayFaults(int crashesAfterSend) {
        this.crashesAfterSend = new AtomicInteger(crashesAfterSend);
    }

    /** The next {@code times} batches are each followed by a simulated crash. */
    public void crashAfterSend(int times) {
        crashesAfterSend.set(times);
    }

    void afterSend(int events) {
        if (crashesAfterSend.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
            throw new SimulatedCrash("relay crashed after sending " + events + " events and before deleting them");
        }
    }

    /** Thrown by an armed {@link RelayFaults}. */
    public static class SimulatedCrash extends RuntimeException {
        SimulatedCrash(String message) {
            super(message);
        }
    }
}
