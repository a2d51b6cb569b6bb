package io.zhucan.subsidy.payment.application;

import io.zhucan.platform.events.vocabulary.Allowance;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** Port: payment instructions (unique per entitlement and month) and payment runs. */
public interface PaymentStore {

    /** The id of the {@code size}-th entitlement after {@code after} (the end of the next chunk), if there are that many. */
    Optional<UUID> chunkEnd(UUID after, int size);

    /**
     * Instructs {@code month} for the entitlements with ids in ({@code after}, {@code upTo}] (open end
     * when null) that are payable in that month, set-based; entitlements already instructed for the
     * month are skipped by the unique key. Returns only the instructions this call created.
     */
    List<Instruction> instructRange(YearMonth month, UUID after, @Nullable UUID upTo);

    /** Failed instructions with attempts left go out again (same instruction id, attempt + 1). */
    List<Instruction> reinstructFailed(int maxAttempts, int limit);

    Optional<Instruction> lock(UUID instructionId);

    void settle(UUID instructionId, String status, @Nullable String failureReason, LocalDate settledOn);

    RunView begin(YearMonth month, String startedBy);

    void progress(YearMonth month, long instructed, long retried);

    void complete(YearMonth month);

    void failed(YearMonth month, String error);

    Optional<RunView> run(YearMonth month);

    List<RunView> runs(int limit);

    record Instruction(UUID id, UUID entitlementId, UUID personId, Allowance allowance, YearMonth month, long amountFen,
            String county, String certificateNumber, String status, int attempt) {
    }

    record RunView(YearMonth month, String status, Instant startedAt, String startedBy, @Nullable Instant completedAt,
            long instructed, long retried, int runs, @Nullable String lastError) {
    }
}
