package io.zhucan.certification.migration;

import io.zhucan.platform.domain.region.Division;
import io.zhucan.platform.domain.region.Divisions;
import io.zhucan.platform.events.vocabulary.DisabilityCategory;
import io.zhucan.platform.events.vocabulary.DisabilityGrade;
import io.zhucan.platform.events.vocabulary.ResidentIdNumbers;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.Period;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.function.BiFunction;

/**
 * Writes a legacy export in the layout of docs/migration.md that looks like the province's: valid ID
 * numbers (check character, birth dates by an age mix that leans old), the 90 counties weighted by
 * their city's population (2020 census) shared by township count, a township of the county for most,
 * a category/grade mix like the holders', dates inside certification's validity rules, paid-through
 * months for the allowances. The same seed writes the same file. Bad rows of every kind can be put
 * in; {@link #write} returns where each went and which column the import must name.
 */
public final class LegacyExportGenerator {

    /** Every kind of bad row, with the column an import's report names (the subsidy's are not certification's). */
    public enum BadRow {
        WRONG_FIELD_COUNT(RowRejection.WHOLE_ROW),
        ID_NUMBER_CHECK_CHARACTER("id_number"),
        ID_NUMBER_BORN_IN_FUTURE("id_number"),
        ID_NUMBER_MALFORMED("id_number"),
        ID_NUMBER_DUPLICATE("id_number"),
        NAME_EMPTY("name"),
        COUNTY_UNKNOWN("household_county"),
        TOWNSHIP_MALFORMED("household_township"),
        TOWNSHIP_OF_ANOTHER_COUNTY("household_township"),
        CATEGORY_UNKNOWN("category"),
        GRADE_UNKNOWN("grade"),
        CERTIFICATE_NUMBER_MISMATCH("certificate_number"),
        ISSUED_ON_NOT_A_DATE("issued_on"),
        ISSUED_ON_IN_FUTURE("issued_on"),
        ISSUED_ON_BEFORE_BIRTH("issued_on"),
        VALID_UNTIL_NOT_A_DATE("valid_until"),
        VALID_UNTIL_NOT_AFTER_ISSUE("valid_until"),
        /** Certification does not read the paid-through columns: subsidy's import rejects this one. */
        PAID_THROUGH_MALFORMED("living_paid_through");

        public final String column;

        BadRow(String column) {
            this.column = column;
        }

        public boolean rejectedByCertification() {
            return this != PAID_THROUGH_MALFORMED;
        }
    }

    /** Where a bad row went (the header is row 1). */
    public record Placed(int row, BadRow kind) {
    }

    /** 2020 census (第七次全国人口普查), residents in ten thousands per city of Zhejiang. */
    private static final Map<String, Double> CITY_POPULATION = Map.ofEntries(Map.entry("330100", 1193.6),
            Map.entry("330200", 940.4), Map.entry("330300", 957.3), Map.entry("330400", 540.1),
            Map.entry("330500", 336.8), Map.entry("330600", 527.1), Map.entry("330700", 705.1),
            Map.entry("330800", 227.6), Map.entry("330900", 115.8), Map.entry("331000", 662.3),
            Map.entry("331100", 250.7));
    private static final String SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何林罗高郑梁谢宋唐许韩冯邓曹彭曾肖田董潘袁蔡蒋余于杜叶程魏苏吕丁任沈姚卢钟姜崔谭陆范汪廖石金";
    private static final String GIVEN = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉兰建国志红梅海燕文斌浩宇欣怡子涵俊晨雪琳佳慧婷健波辉鹏飞亮成云峰凤琴春林";

    private final long seed;
    private final LocalDate today;
    private final BiFunction<Integer, DisabilityCategory, Period> validity;
    private final Map<String, Period> validityCache = new HashMap<>();
    private final TreeMap<Double, Division> countiesByWeight = new TreeMap<>();
    private final Map<String, List<String>> townships = new HashMap<>();
    private final List<Division> counties;

    /** {@code validity}: certification's rule for a holder's age at issue and category (the policy table). */
    public LegacyExportGenerator(long seed, LocalDate today, BiFunction<Integer, DisabilityCategory, Period> validity) {
        this.seed = seed;
        this.today = today;
        this.validity = validity;
        Divisions zhejiang = Divisions.zhejiang();
        this.counties = zhejiang.at(Division.Level.COUNTY);
        for (Division t : zhejiang.at(Division.Level.TOWNSHIP)) {
            townships.computeIfAbsent(t.parent(), c -> new ArrayList<>()).add(t.code());
        }
        Map<String, Integer> townshipsOfCity = new HashMap<>();
        counties.forEach(c -> townshipsOfCity.merge(c.parent(), townshipsOf(c), Integer::sum));
        double total = 0;
        for (Division c : counties) {
            total += CITY_POPULATION.get(c.parent()) * townshipsOf(c) / townshipsOfCity.get(c.parent());
            countiesByWeight.put(total, c);
        }
    }

    /** The demo rules certification seeds (V2): 2 years under 7, 5 under 18, 10 for adults. */
    public static Period seededValidity(int ageAtIssue, DisabilityCategory category) {
        return Period.ofYears(ageAtIssue < 7 ? 2 : ageAtIssue < 18 ? 5 : 10);
    }

    public List<String> counties() {
        return counties.stream().map(Division::code).toList();
    }

    /** Writes {@code rows} data rows, {@code badOfEachKind} of each kind of bad row among them. */
    public List<Placed> write(Path file, int rows, int badOfEachKind) {
        SplittableRandom random = new SplittableRandom(seed);
        Map<Integer, BadRow> bad = placeBadRows(random, rows, badOfEachKind);
        Set<Long> used = new HashSet<>();
        List<Placed> placed = new ArrayList<>();
        List<String[]> recentGood = new ArrayList<>();
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write(String.join(",", LegacyColumn.HEADER));
            out.write("\r\n");
            for (int row = 2; row < rows + 2; row++) {
                String[] fields = holder(random, used);
                BadRow kind = bad.get(row);
                if (kind == BadRow.ID_NUMBER_DUPLICATE && !recentGood.isEmpty()) {
                    fields = recentGood.get(random.nextInt(recentGood.size())).clone();
                } else if (kind != null) {
                    spoil(kind, fields, random);
                } else if (recentGood.size() < 1000) {
                    recentGood.add(fields);
                }
                if (kind != null) {
                    placed.add(new Placed(row, kind));
                }
                out.write(line(kind == BadRow.WRONG_FIELD_COUNT ? java.util.Arrays.copyOf(fields, 10) : fields));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return placed;
    }

    /** Bad rows at random places, never before row 20 (a duplicate needs good rows before it). */
    private static Map<Integer, BadRow> placeBadRows(SplittableRandom random, int rows, int each) {
        Map<Integer, BadRow> bad = new HashMap<>();
        for (BadRow kind : BadRow.values()) {
            for (int i = 0; i < each; i++) {
                int row;
                do {
                    row = 20 + random.nextInt(Math.max(1, rows - 18));
                } while (bad.containsKey(row) || row >= rows + 2);
                bad.put(row, kind);
            }
        }
        return bad;
    }

    private String[] holder(SplittableRandom random, Set<Long> used) {
        Division county = countiesByWeight.ceilingEntry(random.nextDouble() * countiesByWeight.lastKey()).getValue();
        LocalDate birth = birthDate(random);
        String idNumber;
        do {
            String region = random.nextInt(100) < 85 ? county.code() : counties.get(random.nextInt(counties.size())).code();
            String digits = region + birth.format(DateTimeFormatter.BASIC_ISO_DATE) + "%03d".formatted(random.nextInt(1000));
            idNumber = digits + ResidentIdNumbers.checkCharacter(digits);
        } while (!used.add(Long.parseLong(idNumber.substring(0, 17))));
        DisabilityCategory category = pick(random, DisabilityCategory.values(), 9, 9, 1, 48, 11, 14, 8);
        DisabilityGrade grade = pick(random, DisabilityGrade.values(), 14, 23, 30, 33);
        LocalDate issued = issuedOn(random, birth, category);
        LocalDate until = issued.plus(validityAt(birth, issued, category)).minusDays(1);
        List<String> ofCounty = townships.getOrDefault(county.code(), List.of());
        String township = ofCounty.isEmpty() || random.nextInt(100) < 8 ? "" : ofCounty.get(random.nextInt(ofCounty.size()));
        YearMonth lastPaid = YearMonth.from(today).minusMonths(1);
        String living = random.nextInt(100) < 22 ? lastPaid.minusMonths(random.nextInt(10) == 0 ? 1 + random.nextInt(5) : 0).toString() : "";
        String nursing = grade.isSevere() && random.nextInt(100) < 85 ? lastPaid.toString() : "";
        return new String[] {idNumber, name(random), county.code(), township,
                idNumber + category.digit() + grade.level(), category.name(), grade.name(), issued.toString(),
                until.toString(), living, nursing};
    }

    /** Ages of holders lean old: 0–17 6 %, 18–44 22 %, 45–59 28 %, 60–79 34 %, 80–99 10 %. */
    private LocalDate birthDate(SplittableRandom random) {
        int band = random.nextInt(100);
        int age = band < 6 ? random.nextInt(18) : band < 28 ? 18 + random.nextInt(27) : band < 56 ? 45 + random.nextInt(15)
                : band < 90 ? 60 + random.nextInt(20) : 80 + random.nextInt(20);
        return today.minusYears(age).minusDays(1 + random.nextInt(364));
    }

    /** An issue date whose validity still runs today (current holders), not before birth. */
    private LocalDate issuedOn(SplittableRandom random, LocalDate birth, DisabilityCategory category) {
        long lived = ChronoUnit.DAYS.between(birth, today);
        LocalDate issued = today.minusDays(random.nextLong(Math.min(lived, 3650)));
        while (issued.plus(validityAt(birth, issued, category)).minusDays(1).isBefore(today)) {
            issued = issued.plusDays(1 + random.nextLong(ChronoUnit.DAYS.between(issued, today) + 1));
        }
        return issued.isAfter(today) ? today : issued;
    }

    private Period validityAt(LocalDate birth, LocalDate issued, DisabilityCategory category) {
        int age = (int) ChronoUnit.YEARS.between(birth, issued);
        return validityCache.computeIfAbsent(age + "/" + category, k -> validity.apply(age, category));
    }

    private void spoil(BadRow kind, String[] f, SplittableRandom random) {
        String id = f[0];
        switch (kind) {
            case ID_NUMBER_CHECK_CHARACTER -> f[0] = id.substring(0, 17) + (id.charAt(17) == '0' ? '1' : '0');
            case ID_NUMBER_BORN_IN_FUTURE -> {
                String digits = id.substring(0, 6) + today.plusYears(1).format(DateTimeFormatter.BASIC_ISO_DATE)
                        + id.substring(14, 17);
                f[0] = digits + ResidentIdNumbers.checkCharacter(digits);
                f[4] = f[0] + f[4].substring(18);
            }
            case ID_NUMBER_MALFORMED -> f[0] = id.substring(0, 16);
            case NAME_EMPTY -> f[1] = "";
            case COUNTY_UNKNOWN -> {
                f[2] = "339999";
                f[3] = "";
            }
            case TOWNSHIP_MALFORMED -> f[3] = f[2] + "00";
            case TOWNSHIP_OF_ANOTHER_COUNTY -> f[3] = townships.entrySet().stream()
                    .filter(e -> !e.getKey().equals(f[2])).findFirst().orElseThrow().getValue().getFirst();
            case CATEGORY_UNKNOWN -> f[5] = "VISION";
            case GRADE_UNKNOWN -> f[6] = "GRADE_5";
            case CERTIFICATE_NUMBER_MISMATCH -> f[4] = f[4].substring(0, 19) + (f[4].charAt(19) == '1' ? '2' : '1');
            case ISSUED_ON_NOT_A_DATE -> f[7] = f[7].replace('-', '/');
            case ISSUED_ON_IN_FUTURE -> {
                f[7] = today.plusDays(1 + random.nextInt(30)).toString();
                f[8] = LocalDate.parse(f[7]).plusYears(10).toString();
            }
            case ISSUED_ON_BEFORE_BIRTH -> f[7] = ResidentIdNumbers.birthDateOf(id).minusDays(1).toString();
            case VALID_UNTIL_NOT_A_DATE -> f[8] = "31.12.2030";
            case VALID_UNTIL_NOT_AFTER_ISSUE -> f[8] = f[7];
            case PAID_THROUGH_MALFORMED -> f[9] = "2026-13";
            case WRONG_FIELD_COUNT, ID_NUMBER_DUPLICATE -> {
            }
        }
    }

    private static String name(SplittableRandom random) {
        StringBuilder name = new StringBuilder().append(SURNAMES.charAt(random.nextInt(SURNAMES.length())));
        int given = random.nextInt(100) < 70 ? 2 : 1;
        for (int i = 0; i < given; i++) {
            name.append(GIVEN.charAt(random.nextInt(GIVEN.length())));
        }
        return name.toString();
    }

    private static <E> E pick(SplittableRandom random, E[] values, int... percents) {
        int r = random.nextInt(100);
        for (int i = 0; i < values.length; i++) {
            r -= percents[i];
            if (r < 0) {
                return values[i];
            }
        }
        return values[values.length - 1];
    }

    /** RFC 4180: a field with a comma, quote or line break is quoted, its quotes doubled; CRLF ends a record. */
    private static String line(String[] fields) {
        StringBuilder line = new StringBuilder(160);
        for (int i = 0; i < fields.length; i++) {
            String f = fields[i];
            if (i > 0) {
                line.append(',');
            }
            boolean quoted = f.chars().anyMatch(c -> c == '"' || c == ',' || c == '\r' || c == '\n');
            line.append(quoted ? '"' + f.replace("\"", "\"\"") + '"' : f);
        }
        return line.append("\r\n").toString();
    }

    private int townshipsOf(Division county) {
        return Math.max(1, townships.getOrDefault(county.code(), List.of()).size());
    }
}
