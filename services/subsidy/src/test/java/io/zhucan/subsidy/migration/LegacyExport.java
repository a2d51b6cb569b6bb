package io.zhucan.subsidy.migration;

import io.zhucan.platform.events.vocabulary.ResidentIdNumbers;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Writes a legacy export in the agreed layout: valid ID numbers of Zhejiang counties, names (some
 * quoted, with a comma), certificates, and paid-through months (a few never paid). For the tests and
 * the 1.2 M-row benchmark; seeded, so the same size gives the same file.
 */
public final class LegacyExport {

    private static final List<String> COUNTIES = List.of("330102", "330106", "330482", "330212", "330113", "331127");
    private static final String[] CATEGORIES = {"VISUAL", "HEARING", "SPEECH", "PHYSICAL", "INTELLECTUAL", "MENTAL",
            "MULTIPLE"};

    public static String header() {
        return String.join(",", LegacyRows.HEADER);
    }

    /** The n-th person's ID number (distinct for every n below 36 million). */
    public static String idNumber(long n) {
        String county = COUNTIES.get((int) (n % COUNTIES.size()));
        LocalDate birth = LocalDate.of(1940, 1, 1).plusDays((n / COUNTIES.size()) / 1000 % 25000);
        String first17 = county + birth.toString().replace("-", "") + String.format("%03d", (n / COUNTIES.size()) % 1000);
        return first17 + ResidentIdNumbers.checkCharacter(first17);
    }

    /** Rows for persons {@code first} .. {@code first + rows - 1}, then {@code extraLines} as they are. */
    public static void write(Path file, long first, long rows, YearMonth paidThrough, List<String> extraLines)
            throws IOException {
        SplittableRandom random = new SplittableRandom(rows);
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write(header());
            out.write("\r\n");
            for (long n = first; n < first + rows; n++) {
                out.write(row(n, random, paidThrough));
                out.write("\r\n");
            }
            for (String line : extraLines) {
                out.write(line);
                out.write("\r\n");
            }
        }
    }

    private static String row(long n, SplittableRandom random, YearMonth paidThrough) {
        String id = idNumber(n);
        int grade = 1 + random.nextInt(4);
        int category = random.nextInt(CATEGORIES.length);
        String name = n % 50 == 0 ? "\"欧阳, 小" + n % 10 + "\"" : "王" + (char) ('一' + random.nextInt(200));
        LocalDate issued = LocalDate.of(2012, 1, 1).plusDays(random.nextInt(4000));
        String living = random.nextInt(10) < 3 ? paidThrough.toString() : "";
        String nursing = grade <= 2 ? paidThrough.minusMonths(random.nextInt(2)).toString() : "";
        return id + "," + name + "," + id.substring(0, 6) + "," + id.substring(0, 6) + "001," + id + (category + 1)
                + grade + "," + CATEGORIES[category] + ",GRADE_" + grade + "," + issued + "," + issued.plusYears(10)
                + "," + living + "," + nursing;
    }

    private LegacyExport() {
    }
}
