package io.zhucan.subsidy.payment;

import io.zhucan.platform.events.vocabulary.Allowance;
import io.zhucan.platform.events.vocabulary.ResidentIdNumber;
import java.time.YearMonth;
import java.util.UUID;

/** One payment instruction: an entitlement's month, at its amount, attempt by attempt. Printed, the certificate number is masked. */
public record Instruction(UUID id, UUID entitlementId, UUID personId, Allowance allowance, YearMonth month,
        long amountFen, String county, String certificateNumber, InstructionStatus status, int attempt) {

    /** Whether a settlement report about this instruction names the same person. */
    public boolean isFor(String idNumber) {
        return ResidentIdNumber.ofCertificateNumber(certificateNumber).value().equals(idNumber);
    }

    public boolean awaitsResult() {
        return status == InstructionStatus.INSTRUCTED;
    }

    @Override
    public String toString() {
        return "Instruction[" + id + ", entitlement " + entitlementId + ", " + allowance + " " + month + ", "
                + amountFen + " fen, " + status + " (attempt " + attempt + ")]";
    }
}
