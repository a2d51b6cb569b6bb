package io.zhucan.subsidy.migration;

import io.zhucan.platform.events.vocabulary.ResidentIdNumber;
import java.time.YearMonth;
import org.jspecify.annotations.Nullable;

/**
 * One accepted row of the legacy export as subsidy reads it: whose (the ID number; the name is never
 * read) and the last month the legacy system paid each allowance (null: it never paid it).
 */
public record LegacyPaidThrough(long row, ResidentIdNumber idNumber, @Nullable YearMonth living,
        @Nullable YearMonth nursing) {
}
