package io.zhucan.subsidy.payment.application;

import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Failure injection for the payment-run tests, off unless armed: the run dies right after a chunk
 * committed, as a killed process would ({@code zhucan.subsidy.faults.payment-run-crash-after-chunks}).
 */
@Component
public class PaymentFaults {

    private final AtomicInteger chunksBeforeCrash;

    public PaymentFaults(@Value("${zhucan.subsidy.faults.payment-run-crash-after-chunks:-1}") int chunksBeforeCrash) {
        this.chunksBeforeCrash = new AtomicInteger(chunksBeforeCrash);
    }

    /** The run crashes after {@code chunks} more chunks have committed; -1 disarms. */
    public void crashAfterChunks(int chunks) {
        chunksBeforeCrash.set(chunks);
    }

    void afterChunk() {
        if (chunksBeforeCrash.get() >= 0 && chunksBeforeCrash.decrementAndGet() < 0) {
            chunksBeforeCrash.set(-1);
            throw new SimulatedCrash("payment run killed after a committed chunk");
        }
    }

    /** Thrown by an armed {@link PaymentFaults}. */
    public static class SimulatedCrash extends RuntimeException {
        SimulatedCrash(String message) {
            super(message);
        }
    }
}
