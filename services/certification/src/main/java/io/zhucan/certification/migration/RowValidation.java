package io.zhucan.certification.migration;

import static io.zhucan.certification.migration.LegacyColumn.CATEGORY;
import static io.zhucan.certification.migration.LegacyColumn.CERTIFICATE_NUMBER;
import static io.zhucan.certification.migration.LegacyColumn.GRADE;
import static io.zhucan.certification.migration.LegacyColumn.HOUSEHOLD_COUNTY;
import static io.zhucan.certification.migration.LegacyColumn.HOUSEHOLD_TOWNSHIP;
import static io.zhucan.certification.migration.LegacyColumn.ID_NUMBER;
import static io.zhucan.certification.migration.LegacyColumn.ISSUED_ON;
import static io.zhucan.certification.migration.LegacyColumn.NAME;
import static io.zhucan.certification.migration.LegacyColumn.VALID_UNTIL;

import io.zhucan.certification.certificate.Certificate;
import io.zhucan.certification.region.Counties;
import io.zhucan.platform.events.vocabulary.DisabilityCategory;
import io.zhucan.platform.events.vocabulary.DisabilityGrade;
import io.zhucan.platform.events.vocabulary.ResidentIdNumber;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Checks the rows of one file in order, every column of a row (so one pass of the report shows all
 * that is wrong with it). The paid-through months are subsidy's columns and are checked by its import.
 */
public final class RowValidation {

    private static final Pattern COUNTY = Pattern.compile("\\d{6}");
    private static final Pattern TOWNSHIP = Pattern.compile("\\d{9}");
    private static final Pattern ID_NUMBER_SHAPE = Pattern.compile("\\d{17}[\\dX]");

    private final Counties counties;
    private final LocalDate today;
    private final SeenIdNumbers seen = new SeenIdNumbers();

    public RowValidation(Counties counties, LocalDate today) {
        this.counties = counties;
        this.today = today;
    }

    public RowCheck check(LegacyRow row) {
        if (!row.hasLayoutWidth()) {
            return new RowCheck.Rejected(List.of(new RowRejection(row.number(), RowRejection.WHOLE_ROW,
                    "has " + row.fields().size() + " fields, the layout has " + LegacyColumn.HEADER.size(), null)));
        }
        Problems problems = new Problems(row);
        ResidentIdNumber idNumber = problems.idNumber(row.get(ID_NUMBER), today);
        if (idNumber != null) {
            seen.firstRowBefore(idNumber, row.number())
                    .ifPresent(first -> problems.add(ID_NUMBER, "duplicate of row " + first));
        }
        String name = row.get(NAME);
        if (name.isEmpty() || name.length() > 100) {
            problems.add(NAME, name.isEmpty() ? "is empty" : "is longer than 100 characters");
        }
        String county = row.get(HOUSEHOLD_COUNTY);
        if (!COUNTY.matcher(county).matches() || !counties.exists(county)) {
            problems.add(HOUSEHOLD_COUNTY, "is not a county of Zhejiang (GB/T 2260)");
        }
        String township = row.get(HOUSEHOLD_TOWNSHIP);
        if (!township.isEmpty() && !TOWNSHIP.matcher(township).matches()) {
            problems.add(HOUSEHOLD_TOWNSHIP, "must be 9 digits or empty");
        } else if (!township.isEmpty() && !counties.hasTownship(county, township)) {
            problems.add(HOUSEHOLD_TOWNSHIP, "is not a township of the household county");
        }
        DisabilityCategory category = problems.enumValue(CATEGORY, DisabilityCategory.class);
        DisabilityGrade grade = problems.enumValue(GRADE, DisabilityGrade.class);
        String number = row.get(CERTIFICATE_NUMBER);
        if (idNumber != null && category != null && grade != null
                && !number.equals(Certificate.numberOf(idNumber, category, grade))) {
            problems.add(CERTIFICATE_NUMBER, "is not the ID number followed by the category and grade digits");
        }
        LocalDate issuedOn = problems.date(ISSUED_ON);
        LocalDate validUntil = problems.date(VALID_UNTIL);
        if (issuedOn != null && issuedOn.isAfter(today)) {
            problems.add(ISSUED_ON, "lies in the future");
        } else if (issuedOn != null && idNumber != null && issuedOn.isBefore(idNumber.birthDate())) {
            problems.add(ISSUED_ON, "lies before the holder's birth date");
        }
        if (issuedOn != null && validUntil != null && !validUntil.isAfter(issuedOn)) {
            problems.add(VALID_UNTIL, "is not after issued_on");
        }
        if (!problems.list.isEmpty()) {
            return new RowCheck.Rejected(problems.list);
        }
        return new RowCheck.Accepted(new MigratedHolder(row.number(), idNumber, name, county,
                township.isEmpty() ? null : township, number, category, grade, issuedOn, validUntil));
    }

    /** The problems of one row, each with the row's masked ID number. */
    private static final class Problems {

        private final LegacyRow row;
        private final List<RowRejection> list = new ArrayList<>();

        Problems(LegacyRow row) {
            this.row = row;
        }

        void add(LegacyColumn column, String reason) {
            list.add(new RowRejection(row.number(), column.header(), reason, masked(row.get(ID_NUMBER))));
        }

        @Nullable ResidentIdNumber idNumber(String raw, LocalDate today) {
            try {
                return ResidentIdNumber.parse(raw, today);
            } catch (ResidentIdNumber.InvalidResidentIdNumberException e) {
                add(ID_NUMBER, "ID number " + e.getMessage()); // the messages never repeat the number
                return null;
            }
        }

        <E extends Enum<E>> @Nullable E enumValue(LegacyColumn column, Class<E> type) {
            try {
                return Enum.valueOf(type, row.get(column));
            } catch (IllegalArgumentException e) {
                add(column, "is not one of " + java.util.Arrays.toString(type.getEnumConstants()));
                return null;
            }
        }

        @Nullable LocalDate date(LegacyColumn column) {
            try {
                return LocalDate.parse(row.get(column));
            } catch (java.time.format.DateTimeParseException e) {
                add(column, "is not a date (yyyy-MM-dd)");
                return null;
            }
        }

        /** {@code 330102199003070027} → {@code 330102********0027}; anything not of that shape is not shown. */
        private static @Nullable String masked(String raw) {
            String id = raw.toUpperCase();
            return ID_NUMBER_SHAPE.matcher(id).matches() ? id.substring(0, 6) + "********" + id.substring(14) : null;
        }
    }
}
