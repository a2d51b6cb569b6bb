package io.zhucan.subsidy.payment;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** Payment instructions, unique per entitlement and month (port). */
public interface PaymentInstructions {

    /** The id of the {@code size}-th entitlement after {@code after} (the end of the next chunk), if there are that many. */
    Optional<UUID> chunkEnd(UUID after, int size);

    /**
     * Instructs {@code month} for the entitlements with ids in ({@code after}, {@code upTo}] (open end
     * when null) that are payable in that month, set-based; entitlements already instructed for the
     * month are skipped by the unique key. Writes the {@code PaymentInstructed} event of each created
     * instruction to the outbox in the same statement ({@code announcedAt} its time), and returns only
     * the instructions this call created.
     */
    List<Instruction> instructRange(YearMonth month, UUID after, @Nullable UUID upTo, Instant announcedAt);

    /**
     * Failed instructions with attempts left whose month the entitlement still covers go out again
     * (same instruction id, attempt + 1).
     */
    List<Instruction> reinstructFailed(int maxAttempts, int limit);

    /** Entitlements instructed for {@code month} (not failed) that no longer cover it and no overpayment claims. */
    List<UUID> instructedNotCovered(YearMonth month);

    /** Failed instructions of the entitlement from {@code from} on become CANCELLED; returns them. */
    List<Instruction> cancelFailed(UUID entitlementId, YearMonth from, String reason);

    Optional<Instruction> find(UUID instructionId);

    Optional<Instruction> lock(UUID instructionId);

    void settle(UUID instructionId, InstructionStatus status, @Nullable String failureReason, LocalDate settledOn);
}
