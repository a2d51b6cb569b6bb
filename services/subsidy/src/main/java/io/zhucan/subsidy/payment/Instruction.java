package io.zhucan.subsidy.payment;

import io.zhucan.platform.events.vocabulary.Allowance;
import io.zhucan.platform.events.vocabulary.ResidentIdNumber;
import java.time.YearMonth;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * One payment instruction: an entitlement's month, at its amount, attempt by attempt; {@code arrears}
 * when a later month's run paid it (补发). Printed, the certificate number is masked.
 */
public record Instruction(UUID id, UUID entitlementId, UUID personId, Allowance allowance, YearMonth month,
        long amountFen, String county, String certificateNumber, InstructionStatus status, int attempt,
        boolean arrears) {

    /** An instruction of its own month's run. */
    public Instruction(UUID id, UUID entitlementId, UUID personId, Allowance allowance, YearMonth month,
            long amountFen, String county, String certificateNumber, InstructionStatus status, int attempt) {
        this(id, entitlementId, personId, allowance, month, amountFen, county, certificateNumber, status, attempt, false);
    }

    /** Whether a settlement report about this instruction names the same person. */
    public boolean isFor(String idNumber) {
        return ResidentIdNumber.ofCertificateNumber(certificateNumber).value().equals(idNumber);
    }

    public boolean awaitsResult() {
        return status == InstructionStatus.INSTRUCTED;
    }

    /**
     * Whether a settlement report about {@code reportedAttempt} is about the attempt now waiting for
     * its result; a report for an attempt a later one superseded is stale. Null (a partner that does
     * not name attempts yet): the current one.
     */
    public boolean isCurrent(@Nullable Integer reportedAttempt) {
        return awaitsResult() && (reportedAttempt == null || reportedAttempt == attempt);
    }

    /** What a failure report means: the month goes out again, to a caseworker, or is dropped as no longer payable. */
    public AfterFailure afterFailure(boolean monthStillPayable, int maxAttempts) {
        if (!monthStillPayable) {
            return AfterFailure.CANCEL;
        }
        return attempt < maxAttempts ? AfterFailure.RETRY : AfterFailure.GIVE_UP;
    }

    /** The outcomes of {@link #afterFailure}. */
    public enum AfterFailure {
        /** Sent again by the next run. */
        RETRY,
        /** No attempts left: a caseworker's exception. */
        GIVE_UP,
        /** The entitlement no longer covers the month (death, cancellation...): never sent again. */
        CANCEL
    }

    @Override
    public String toString() {
        return "Instruction[" + id + ", entitlement " + entitlementId + ", " + allowance + " " + month + ", "
                + amountFen + " fen, " + status + " (attempt " + attempt + (arrears ? ", arrears" : "") + ")]";
    }
}
