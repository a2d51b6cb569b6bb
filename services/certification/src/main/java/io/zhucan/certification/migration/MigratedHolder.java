package io.zhucan.certification.migration;

import io.zhucan.platform.events.vocabulary.DisabilityCategory;
import io.zhucan.platform.events.vocabulary.DisabilityGrade;
import io.zhucan.platform.events.vocabulary.ResidentIdNumber;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** A row that passed every check: a holder and their certificate as the legacy system has them. */
public record MigratedHolder(
        int row,
        ResidentIdNumber idNumber,
        String name,
        String householdCounty,
        @Nullable String householdTownship,
        String certificateNumber,
        DisabilityCategory category,
        DisabilityGrade grade,
        LocalDate issuedOn,
        LocalDate validUntil) {

    @Override
    public String toString() {
        return "MigratedHolder[row=" + row + ", idNumber=" + idNumber + "]"; // no name, no disability in logs
    }
}
