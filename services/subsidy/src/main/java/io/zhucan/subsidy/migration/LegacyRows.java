package io.zhucan.subsidy.migration;

import io.zhucan.platform.events.vocabulary.ResidentIdNumber;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The legacy export's fixed layout (shared with certification's import of the same file) and the
 * row checks subsidy makes: a valid resident ID number, and each paid-through month {@code yyyy-MM} or
 * empty, no later than the next month (the legacy system pays in advance, at most one month ahead).
 */
public final class LegacyRows {

    public static final List<String> HEADER = List.of("id_number", "name", "household_county", "household_township",
            "certificate_number", "category", "grade", "issued_on", "valid_until", "living_paid_through",
            "nursing_paid_through");
    private static final int ID = 0;
    private static final int LIVING = 9;
    private static final int NURSING = 10;
    private static final Pattern MONTH = Pattern.compile("[0-9]{4}-(0[1-9]|1[0-2])");

    /** The row read, or why not (never both). */
    public record Checked(@Nullable LegacyPaidThrough accepted, @Nullable Rejection rejected) {
    }

    public static Checked check(long row, List<String> columns, LocalDate today) {
        if (columns.size() != HEADER.size()) {
            String id = columns.isEmpty() ? "" : columns.get(ID);
            return rejected(row, "columns: " + columns.size() + " instead of " + HEADER.size(), id);
        }
        List<String> problems = new ArrayList<>();
        ResidentIdNumber idNumber = null;
        try {
            idNumber = ResidentIdNumber.parse(columns.get(ID), today);
        } catch (IllegalArgumentException e) { // InvalidResidentIdNumberException: the reason stays generic
            problems.add("id_number: not a valid resident ID number");
        }
        YearMonth latest = YearMonth.from(today).plusMonths(1);
        YearMonth living = month(columns.get(LIVING), HEADER.get(LIVING), latest, problems);
        YearMonth nursing = month(columns.get(NURSING), HEADER.get(NURSING), latest, problems);
        if (!problems.isEmpty() || idNumber == null) {
            return rejected(row, String.join("; ", problems), columns.get(ID));
        }
        return new Checked(new LegacyPaidThrough(row, idNumber, living, nursing), null);
    }

    private static @Nullable YearMonth month(String value, String column, YearMonth latest, List<String> problems) {
        if (value.isEmpty()) {
            return null;
        }
        if (!MONTH.matcher(value).matches()) {
            problems.add(column + ": not a month yyyy-MM");
            return null;
        }
        YearMonth month = YearMonth.parse(value);
        if (month.isAfter(latest)) {
            problems.add(column + ": after " + latest);
        }
        return month;
    }

    private static Checked rejected(long row, String reason, String idNumber) {
        return new Checked(null, new Rejection(row, reason, Rejection.mask(idNumber.strip())));
    }

    private LegacyRows() {
    }
}
