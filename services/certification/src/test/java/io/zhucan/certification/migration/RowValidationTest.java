package io.zhucan.certification.migration;

import static org.assertj.core.api.Assertions.assertThat;

import io.zhucan.certification.migration.LegacyExportGenerator.BadRow;
import io.zhucan.certification.migration.LegacyExportGenerator.Placed;
import io.zhucan.certification.region.Counties;
import io.zhucan.platform.domain.region.Divisions;
import io.zhucan.platform.events.vocabulary.DisabilityCategory;
import io.zhucan.platform.events.vocabulary.ResidentIdNumbers;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The row checks on a generated export with every kind of bad row, and the generator's realism. */
class RowValidationTest {

    static final LocalDate TODAY = LocalDate.of(2026, 12, 1);

    /** The counties and townships of the vendored divisions, as certification's table holds them. */
    static final Counties ZHEJIANG = new Counties() {
        @Override
        public Optional<String> nameOf(String countyCode) {
            return Divisions.zhejiang().isCounty(countyCode)
                    ? Divisions.zhejiang().find(countyCode).map(d -> d.name()) : Optional.empty();
        }

        @Override
        public boolean hasTownship(String countyCode, String townshipCode) {
            return Divisions.zhejiang().isTownshipOf(townshipCode, countyCode);
        }
    };

    @TempDir
    Path dir;

    @Test
    void everyBadRowIsRejectedForItsColumnAndEveryOtherRowAccepted() throws Exception {
        Path file = dir.resolve("export.csv");
        List<Placed> bad = generator(7).write(file, 5_000, 3);
        Map<Integer, BadRow> badRows = bad.stream().collect(Collectors.toMap(Placed::row, Placed::kind));
        assertThat(bad).hasSize(3 * BadRow.values().length);

        RowValidation validation = new RowValidation(ZHEJIANG, TODAY);
        List<String> lines = Files.readAllLines(file);
        assertThat(lines.getFirst()).isEqualTo(String.join(",", LegacyColumn.HEADER));
        int accepted = 0;
        for (int row = 2; row <= lines.size(); row++) {
            String[] fields = lines.get(row - 1).split(",", -1);
            RowCheck check = validation.check(new LegacyRow(row, Arrays.asList(fields)));
            BadRow kind = badRows.get(row);
            if (kind == null || !kind.rejectedByCertification()) {
                assertThat(check).as("row %d (%s)", row, kind).isInstanceOf(RowCheck.Accepted.class);
                accepted++;
                continue;
            }
            assertThat(check).as("row %d (%s)", row, kind).isInstanceOf(RowCheck.Rejected.class);
            List<RowRejection> rejections = ((RowCheck.Rejected) check).rejections();
            int current = row;
            String name = fields.length > 1 && !fields[1].isEmpty() ? fields[1] : "\u0000";
            assertThat(rejections).as("row %d (%s)", row, kind).singleElement().satisfies(r -> {
                assertThat(r.row()).isEqualTo(current);
                assertThat(r.column()).isEqualTo(kind.column);
                assertThat(r.reason()).doesNotContain(fields[0]).doesNotContain(name);
                if (r.maskedIdNumber() != null) {
                    assertThat(r.maskedIdNumber()).matches("\\d{6}\\*{8}\\d{3}[\\dX]");
                }
            });
        }
        assertThat(accepted).isEqualTo(5_000 - 3 * (BadRow.values().length - 1));
    }

    @Test
    void aDuplicateNamesTheRowItRepeats() {
        RowValidation validation = new RowValidation(ZHEJIANG, TODAY);
        String id = "330102199003070027".substring(0, 17);
        id = id + ResidentIdNumbers.checkCharacter(id);
        List<String> fields = List.of(id, "王芳", "330102", "", id + "42", "PHYSICAL", "GRADE_2", "2020-01-01",
                "2029-12-31", "", "");

        assertThat(validation.check(new LegacyRow(2, fields))).isInstanceOf(RowCheck.Accepted.class);
        RowCheck again = validation.check(new LegacyRow(9, fields));

        assertThat(((RowCheck.Rejected) again).rejections()).singleElement()
                .satisfies(r -> assertThat(r.reason()).isEqualTo("duplicate of row 2"));
    }

    @Test
    void theSameSeedWritesTheSameFile() throws Exception {
        generator(11).write(dir.resolve("a.csv"), 2_000, 1);
        generator(11).write(dir.resolve("b.csv"), 2_000, 1);
        generator(12).write(dir.resolve("c.csv"), 2_000, 1);

        assertThat(Files.mismatch(dir.resolve("a.csv"), dir.resolve("b.csv"))).isEqualTo(-1);
        assertThat(Files.mismatch(dir.resolve("a.csv"), dir.resolve("c.csv"))).isNotEqualTo(-1);
    }

    @Test
    void theFileLooksLikeTheProvince() throws Exception {
        Path file = dir.resolve("province.csv");
        generator(3).write(file, 60_000, 0);
        List<String[]> rows = Files.readAllLines(file).stream().skip(1).map(l -> l.split(",", -1)).toList();

        Map<String, Long> byCounty = rows.stream().collect(Collectors.groupingBy(r -> r[2], Collectors.counting()));
        assertThat(byCounty).hasSize(90);
        double hangzhou = share(rows, r -> r[2].startsWith("3301") ? "yes" : "no", "yes");
        assertThat(hangzhou).as("Hangzhou's share (18.5 % of the 2020 census)").isBetween(0.15, 0.22);
        assertThat(share(rows, r -> r[5], DisabilityCategory.PHYSICAL.name())).isBetween(0.45, 0.51);
        assertThat(share(rows, r -> r[3].isEmpty() ? "none" : "some", "none")).isBetween(0.06, 0.10);
        for (String[] r : rows) {
            assertThat(ResidentIdNumbers.isValid(r[0], TODAY)).isTrue();
            assertThat(Divisions.zhejiang().isTownshipOf(r[3], r[2]) || r[3].isEmpty()).isTrue();
            LocalDate issued = LocalDate.parse(r[7]);
            LocalDate until = LocalDate.parse(r[8]);
            int ageAtIssue = ResidentIdNumbers.birthDateOf(r[0]).until(issued).getYears();
            assertThat(until).isEqualTo(issued.plus(LegacyExportGenerator.seededValidity(ageAtIssue,
                    DisabilityCategory.valueOf(r[5]))).minusDays(1));
            assertThat(until).isAfterOrEqualTo(TODAY);
            assertThat(issued).isBeforeOrEqualTo(TODAY).isAfterOrEqualTo(ResidentIdNumbers.birthDateOf(r[0]));
            assertThat(r[4]).startsWith(r[0]);
            if (!r[10].isEmpty()) {
                assertThat(YearMonth.parse(r[10])).isEqualTo(YearMonth.from(TODAY).minusMonths(1));
            }
        }
        assertThat(rows.stream().map(r -> r[0]).distinct().count()).isEqualTo(rows.size());
    }

    private static double share(List<String[]> rows, Function<String[], String> key, String value) {
        return rows.stream().filter(r -> key.apply(r).equals(value)).count() / (double) rows.size();
    }

    private static LegacyExportGenerator generator(long seed) {
        return new LegacyExportGenerator(seed, TODAY, LegacyExportGenerator::seededValidity);
    }
}
