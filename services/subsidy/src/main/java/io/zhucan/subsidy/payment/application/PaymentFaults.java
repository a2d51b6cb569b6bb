package io.zhucan.subsidy.payment.application;

import io.zhucan.subsidy.payment.Instruction;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Failure injection for the payment-run tests, off unless armed: the run dies right after a chunk
 * committed, as a killed process would ({@code zhucan.subsidy.faults.payment-run-crash-after-chunks}).
 */
@Component
public class PaymentFaults {

    private final AtomicInteger chunksBeforeCrash;
    private final AtomicReference<@Nullable Hold> hold = new AtomicReference<>();

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

    /**
     * The next chunk that instructs {@code entitlementId} stops before it commits until the hold is
     * released: a test interleaves another transaction with the run deterministically.
     */
    public Hold holdChunkInstructing(UUID entitlementId) {
        Hold armed = new Hold(entitlementId, new CountDownLatch(1), new CountDownLatch(1));
        hold.set(armed);
        return armed;
    }

    void insideChunk(List<Instruction> created) {
        Hold armed = hold.get();
        if (armed != null && created.stream().anyMatch(i -> i.entitlementId().equals(armed.entitlementId()))
                && hold.compareAndSet(armed, null)) {
            armed.reached().countDown();
            try {
                armed.released().await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** A chunk held open: {@code reached} once it waits, {@code released} lets it commit. */
    public record Hold(UUID entitlementId, CountDownLatch reached, CountDownLatch released) {
    }

    /** Thrown by an armed {@link PaymentFaults}. */
    public static class SimulatedCrash extends RuntimeException {
        SimulatedCrash(String message) {
            super(message);
        }
    }
}
