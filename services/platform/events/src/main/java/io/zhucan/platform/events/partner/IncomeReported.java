package io.zhucan.platform.events.partner;

import io.zhucan.platform.events.EventType;
import io.zhucan.platform.events.MaskedText;
import io.zhucan.platform.events.PartnerFact;
import java.time.Instant;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * Civil affairs: the monthly income it assessed for a person, from a date — the household's
 * per-capita income and, where assessed, the person's own (fen). Used where a region words the
 * living allowance by income (seed 004, 平湖: household per-capita income within the near-low-income
 * range, or own income for persons of working age).
 */
public record IncomeReported(
        String factId,
        Instant occurredAt,
        String idNumber,
        long householdPerCapitaMonthlyFen,
        @Nullable Long ownMonthlyFen,
        LocalDate effectiveFrom) implements PartnerFact {

    public static final EventType<IncomeReported> TYPE =
            PartnerEvents.civilAffairs("income.reported", IncomeReported.class);

    public IncomeReported {
        if (householdPerCapitaMonthlyFen < 0 || ownMonthlyFen != null && ownMonthlyFen < 0) {
            throw new IllegalArgumentException("incomes are not negative");
        }
    }

    @Override
    public String partner() {
        return PartnerEvents.CIVIL_AFFAIRS;
    }

    /** Printed with the ID number masked: it is personal data. */
    @Override
    public String toString() {
        return MaskedText.of(this);
    }
}
