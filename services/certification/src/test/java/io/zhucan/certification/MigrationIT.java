package io.zhucan.certification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.zhucan.certification.certificate.ValidityPolicy;
import io.zhucan.certification.migration.LegacyExportGenerator;
import io.zhucan.certification.migration.LegacyExportGenerator.BadRow;
import io.zhucan.certification.migration.LegacyExportGenerator.Placed;
import io.zhucan.certification.support.Actors;
import io.zhucan.certification.support.CertificationIntegrationTest;
import io.zhucan.platform.events.EventCodec;
import io.zhucan.platform.events.Topics;
import io.zhucan.platform.events.certification.CertificateIssued;
import io.zhucan.platform.events.vocabulary.ResidentIdNumbers;
import io.zhucan.platform.testing.TestApi;
import io.zhucan.platform.testing.TestApi.Response;
import io.zhucan.platform.testing.TopicReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The migration of legacy holders end to end (docs/migration.md): a generated export with every kind
 * of bad row, imported through the operator's endpoint, its report, the rows and the events it
 * writes (checked against the schema, since their payload is built in SQL), a re-run, and an import
 * whose database connection is killed in the middle of a chunk and then resumed.
 */
@CertificationIntegrationTest
class MigrationIT {

    /** The file's dates follow the province's rules (a county's own would apply where it set some). */
    private static final String PROVINCE = "330000";

    static final String MIGRATIONS = "/api/certification/admin/migrations";

    @LocalServerPort int port;
    @Autowired JdbcClient jdbc;
    @Autowired ValidityPolicy validity;
    @Autowired Clock clock;
    @Value("${zhucan.certification.migration.directory}") Path directory;

    private TestApi api;
    private final List<Path> files = new ArrayList<>();

    @BeforeEach
    void setUp() throws IOException {
        api = new TestApi(port);
        Files.createDirectories(directory);
    }

    @AfterEach
    void removeTheImportedHolders() throws IOException {
        // the holders of these files are test data: other tests (and other seeds) may draw the same numbers
        for (Path file : files) {
            List<String> ids = Files.readAllLines(file).stream().skip(1).map(l -> l.split(",", -1)[0]).toList();
            jdbc.sql("DELETE FROM certificate WHERE person_id IN (SELECT id FROM person WHERE id_number IN (:ids))")
                    .param("ids", ids).update();
            jdbc.sql("DELETE FROM person WHERE id_number IN (:ids)").param("ids", ids).update();
            Files.delete(file);
        }
    }

    @Test
    void anExportWithEveryKindOfBadRowIsImportedRowByRowAndItsRejectionsReported() throws Exception {
        Path file = file("bad-rows.csv");
        List<Placed> bad = generator(101).write(file, 3_000, 2);
        List<Placed> rejected = bad.stream().filter(p -> p.kind().rejectedByCertification()).toList();

        Response started = api.as(Actors.operator()).post(MIGRATIONS, Map.of("file", "bad-rows.csv", "chunkSize", 500));
        assertThat(started.status()).isEqualTo(202);
        assertThat(started.headers().getLocation()).hasToString(MIGRATIONS + "/" + started.field("/id"));
        Response done = completed(started.field("/id"));

        assertThat(done.field("/totalRows")).isEqualTo("3000");
        assertThat(done.field("/rowsRead")).isEqualTo("3000");
        assertThat(done.field("/rejected")).isEqualTo(String.valueOf(rejected.size()));
        assertThat(done.field("/imported")).isEqualTo(String.valueOf(3_000 - rejected.size()));
        assertThat(done.field("/skipped")).isEqualTo("0");
        assertThat(done.field("/percent")).isEqualTo("100.0");

        Response report = api.as(Actors.operator()).get(MIGRATIONS + "/{id}/rejections?limit=10000", done.field("/id"));
        assertThat(report.body().valueStream().map(r -> r.get("row").asInt() + ":" + r.get("column").asString()).toList())
                .containsExactlyInAnyOrderElementsOf(rejected.stream().map(p -> p.row() + ":" + p.kind().column).toList());
        List<String[]> rows = rows(file);
        for (String[] row : rows) {
            assertThat(report.text()).doesNotContain(row[0]); // ID numbers masked
            if (row.length > 1 && row[1].length() > 1) {
                assertThat(report.text()).doesNotContain(row[1]); // names never
            }
        }
        assertThat(report.body().valueStream().filter(r -> r.get("column").asString().equals("id_number")
                && r.get("reason").asString().startsWith("duplicate of row"))).hasSize(2);

        // every good row is a person with their township and a VALID certificate with the file's dates
        Set<Integer> badRows = rejected.stream().map(Placed::row).collect(Collectors.toSet());
        Map<String, Map<String, Object>> imported = jdbc.sql("""
                        SELECT p.id_number, p.household_township, c.number, c.status, c.issued_on, c.valid_until,
                               c.household_county, c.category, c.grade
                        FROM person p JOIN certificate c ON c.person_id = p.id WHERE p.id_number IN (:ids)""")
                .param("ids", rows.stream().map(r -> r[0]).toList()).query().listOfRows().stream()
                .collect(Collectors.toMap(r -> r.get("id_number").toString(), r -> r));
        assertThat(imported).hasSize(3_000 - rejected.size()); // a duplicate's ID number once, from its first row
        for (int i = 0; i < rows.size(); i++) {
            String[] row = rows.get(i);
            if (badRows.contains(i + 2)) {
                continue;
            }
            Map<String, Object> db = imported.get(row[0]);
            assertThat(db).as("row %d", i + 2).isNotNull();
            assertThat(db.get("status")).isEqualTo("VALID");
            assertThat(db.get("number").toString()).isEqualTo(row[4]);
            assertThat(db.get("household_county").toString()).isEqualTo(row[2]);
            assertThat(db.get("household_township") == null ? "" : db.get("household_township").toString()).isEqualTo(row[3]);
            assertThat(db.get("category") + "/" + db.get("grade")).isEqualTo(row[5] + "/" + row[6]);
            assertThat(db.get("issued_on").toString() + "/" + db.get("valid_until")).isEqualTo(row[7] + "/" + row[8]);
        }

        // one CertificateIssued (migrated) per certificate, valid against its schema and true to the rows
        List<CertificateIssued> events = issuedBy(done.field("/id"), imported.size());
        assertThat(events).hasSize(imported.size());
        Map<String, String[]> byId = rows.stream().collect(Collectors.toMap(r -> r[0], r -> r, (a, b) -> a));
        for (CertificateIssued e : events) {
            String[] row = byId.get(ResidentIdNumbers.ofCertificateNumber(e.certificateNumber()));
            assertThat(e.wasMigrated()).isTrue();
            assertThat(e.certificateNumber()).isEqualTo(row[4]);
            assertThat(e.householdCounty()).isEqualTo(row[2]);
            assertThat(e.householdTownship() == null ? "" : e.householdTownship()).isEqualTo(row[3]);
            assertThat(e.issuedOn() + "/" + e.validUntil()).isEqualTo(row[7] + "/" + row[8]);
            assertThat(e.birthDate()).isEqualTo(ResidentIdNumbers.birthDateOf(row[0]));
            assertThat(e.sex()).isEqualTo(ResidentIdNumbers.sexOf(row[0]));
            assertThat(e.disabilities()).singleElement().satisfies(d -> assertThat(d.category().name()).isEqualTo(row[5]));
            assertThat(jdbc.sql("SELECT person_id FROM certificate WHERE id = :id").param("id", e.certificateId())
                    .query(UUID.class).single()).isEqualTo(e.personId());
        }
    }

    @Test
    void aReRunOfTheSameFileSkipsEveryHolderItImportedBefore() throws Exception {
        Path file = file("rerun.csv");
        generator(202).write(file, 800, 0);
        Response first = completed(start("rerun.csv", 200));
        assertThat(first.field("/imported")).isEqualTo("800");

        Response again = completed(start("rerun.csv", 300));

        assertThat(again.field("/imported")).isEqualTo("0");
        assertThat(again.field("/skipped")).isEqualTo("800");
        assertThat(again.field("/rejected")).isEqualTo("0");
        assertThat(jdbc.sql("""
                        SELECT count(*) FROM certificate c JOIN person p ON p.id = c.person_id WHERE p.id_number IN (:ids)""")
                .param("ids", rows(file).stream().map(r -> r[0]).toList()).query(Long.class).single()).isEqualTo(800);
        assertThat(issuedBy(again.field("/id"), 0)).isEmpty();
    }

    @Test
    void anImportWhoseConnectionIsKilledMidChunkResumesAfterItsLastCheckpoint() throws Exception {
        Path file = file("killed.csv");
        generator(303).write(file, 40_000, 0);
        String id = start("killed.csv", 400);

        await().atMost(Duration.ofMinutes(1)).pollInterval(Duration.ofMillis(20))
                .until(() -> chunks(id) >= 3);
        // what a kill -9 of the service does to the chunk in flight: its transaction dies with its connection
        await().atMost(Duration.ofMinutes(1)).pollInterval(Duration.ofMillis(5)).until(() -> jdbc.sql("""
                        SELECT count(*) FROM (SELECT pg_terminate_backend(pid) FROM pg_stat_activity
                                              WHERE application_name = 'zhucan-migration') t""")
                .query(Long.class).single() > 0);
        Response failed = await().atMost(Duration.ofMinutes(1)).until(() -> progress(id),
                r -> !r.field("/status").equals("RUNNING"));
        assertThat(failed.field("/status")).isEqualTo("FAILED");
        assertThat(failed.field("/failure")).doesNotMatch(".*\\d{17}.*");
        int read = Integer.parseInt(failed.field("/rowsRead"));
        assertThat(read).isLessThan(40_000).isEqualTo(chunks(id) * 400);

        Response resumed = api.as(Actors.operator()).post(MIGRATIONS + "/{id}/resume", Map.of(), id);
        assertThat(resumed.status()).isEqualTo(202);
        Response done = completed(id);

        assertThat(done.field("/imported")).isEqualTo("40000");
        assertThat(done.field("/skipped")).isEqualTo("0"); // the killed chunk left nothing behind
        assertThat(jdbc.sql("SELECT chunk_no FROM migration_chunk WHERE import_id = :id ORDER BY chunk_no")
                .param("id", UUID.fromString(id)).query(Integer.class).list())
                .as("one checkpoint a chunk, none lost or repeated").containsExactlyElementsOf(
                        java.util.stream.IntStream.rangeClosed(1, 100).boxed().toList());
        List<CertificateIssued> events = issuedBy(id, 40_000);
        assertThat(events).hasSize(40_000);
        assertThat(events.stream().map(CertificateIssued::certificateId).distinct()).hasSize(40_000);
    }

    @Test
    void onlyAnOperatorImportsAndOnlyAPlainNameOfTheImportDirectoryWithTheLayoutsHeader() throws Exception {
        Path wrongHeader = file("wrong-header.csv");
        Files.writeString(wrongHeader, "id_number,name\r\n330102199003070027,王芳\r\n");

        assertThat(api.as(Actors.caseworker(Actors.SHANGCHENG)).post(MIGRATIONS, Map.of("file", "wrong-header.csv"))
                .status()).isEqualTo(403);
        assertThat(api.as(Actors.caseworker(Actors.SHANGCHENG)).get(MIGRATIONS).status()).isEqualTo(403);
        Response outside = api.as(Actors.operator()).post(MIGRATIONS, Map.of("file", "../../etc/passwd"));
        assertThat(outside.status()).isEqualTo(422);
        assertThat(outside.field("/rule")).isEqualTo("file");
        assertThat(api.as(Actors.operator()).post(MIGRATIONS, Map.of("file", "missing.csv")).status()).isEqualTo(404);
        Response header = api.as(Actors.operator()).post(MIGRATIONS, Map.of("file", "wrong-header.csv"));
        assertThat(header.status()).isEqualTo(422);
        assertThat(header.field("/rule")).isEqualTo("layout");
        assertThat(api.as(Actors.operator()).post(MIGRATIONS, Map.of("file", "x.csv", "chunkSize", 5)).status())
                .isEqualTo(400);
    }

    @Test
    void aFileThatCannotBeReadOnFailsAtItsRowKeepingTheRowsBefore() throws Exception {
        Path file = file("broken.csv");
        generator(404).write(file, 600, 0);
        Files.writeString(file, "\"unclosed,quote\r\n", java.nio.file.StandardOpenOption.APPEND);

        String id = start("broken.csv", 200);
        Response stopped = await().atMost(Duration.ofMinutes(1)).until(() -> progress(id),
                r -> !r.field("/status").equals("RUNNING"));

        assertThat(stopped.field("/status")).isEqualTo("FAILED");
        assertThat(stopped.field("/failure")).contains("from row 602");
        assertThat(stopped.field("/imported")).isEqualTo("600");
    }

    private String start(String fileName, int chunkSize) {
        Response started = api.as(Actors.operator()).post(MIGRATIONS, Map.of("file", fileName, "chunkSize", chunkSize));
        assertThat(started.status()).as(started.text()).isEqualTo(202);
        return started.field("/id");
    }

    private Response completed(String id) {
        Response done = await().atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofMillis(100))
                .until(() -> progress(id), r -> !r.field("/status").equals("RUNNING"));
        assertThat(done.field("/status")).as(done.text()).isEqualTo("COMPLETED");
        return done;
    }

    private Response progress(String id) {
        return api.as(Actors.operator()).get(MIGRATIONS + "/{id}", id);
    }

    private int chunks(String id) {
        return jdbc.sql("SELECT count(*) FROM migration_chunk WHERE import_id = :id").param("id", UUID.fromString(id))
                .query(Integer.class).single();
    }

    /** The CertificateIssued events of one import on Kafka (its id is their applicationId), decoded with their schema. */
    private static List<CertificateIssued> issuedBy(String importId, int expected) {
        EventCodec codec = new EventCodec();
        return TopicReader.records(Topics.CERTIFICATION,
                        r -> CertificateIssued.TYPE.name().equals(TopicReader.header(r, "ce_type"))
                                && new String(r.value(), java.nio.charset.StandardCharsets.UTF_8).contains(importId),
                        expected, Duration.ofMinutes(2)).stream()
                .map(ConsumerRecord::value).map(v -> (CertificateIssued) codec.fromJson(CertificateIssued.TYPE, v))
                .toList();
    }

    private Path file(String name) {
        Path file = directory.resolve(name);
        files.add(file);
        return file;
    }

    private LegacyExportGenerator generator(long seed) {
        return new LegacyExportGenerator(seed, LocalDate.now(clock), (age, category) -> validity.forHolder(PROVINCE,
                LocalDate.now(clock), age, category).period());
    }

    private static List<String[]> rows(Path file) throws IOException {
        return Files.readAllLines(file).stream().skip(1).map(l -> l.split(",", -1)).toList();
    }
}
