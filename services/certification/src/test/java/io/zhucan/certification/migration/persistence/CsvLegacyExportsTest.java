package io.zhucan.certification.migration.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.zhucan.certification.migration.LegacyColumn;
import io.zhucan.certification.migration.LegacyExports;
import io.zhucan.certification.migration.LegacyRow;
import io.zhucan.platform.domain.NotFoundException;
import io.zhucan.platform.domain.RuleViolationException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** RFC 4180 as the legacy system writes it, and only plain names of the import directory. */
class CsvLegacyExportsTest {

    static final String HEADER = String.join(",", LegacyColumn.HEADER);

    @TempDir
    Path dir;

    @Test
    void quotedFieldsWithCommasQuotesAndLineBreaksAreOneFieldEach() throws Exception {
        Files.writeString(dir.resolve("a.csv"), "\uFEFF" + HEADER + "\r\n"
                + "330102199003070027,\"欧阳,\"\"娜\"\"\n二\",330102,,33010219900307002742,PHYSICAL,GRADE_2,"
                + "2020-01-01,2029-12-31,,\n"
                + "330102199003070035,王芳,330102,330102001,33010219900307003542,PHYSICAL,GRADE_2,2020-01-01,"
                + "2029-12-31,2026-11,2026-11\r\n", StandardCharsets.UTF_8);

        List<LegacyRow> rows = new ArrayList<>();
        try (LegacyExports.Export export = new CsvLegacyExports(dir).open("a.csv")) {
            export.forEachRemaining(rows::add);
        }

        assertThat(rows).hasSize(2);
        assertThat(rows.get(0).number()).isEqualTo(2);
        assertThat(rows.get(0).get(LegacyColumn.NAME)).isEqualTo("欧阳,\"娜\"\n二");
        assertThat(rows.get(0).hasLayoutWidth()).isTrue();
        assertThat(rows.get(1).number()).isEqualTo(3);
        assertThat(rows.get(1).get(LegacyColumn.NURSING_PAID_THROUGH)).isEqualTo("2026-11");
    }

    @Test
    void onlyAPlainNameOfAFileThereWithTheLayoutsHeaderIsOpened() throws Exception {
        Files.writeString(dir.resolve("short.csv"), "id_number,name\r\n");
        CsvLegacyExports exports = new CsvLegacyExports(dir);

        assertThatThrownBy(() -> exports.open("../short.csv")).isInstanceOf(RuleViolationException.class);
        assertThatThrownBy(() -> exports.open("/etc/passwd")).isInstanceOf(RuleViolationException.class);
        assertThatThrownBy(() -> exports.open("missing.csv")).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> exports.open("short.csv")).isInstanceOf(RuleViolationException.class)
                .hasMessageContaining(HEADER);
    }

    @Test
    void bytesThatAreNotUtf8StopTheFileAtTheirRow() throws Exception {
        Path file = dir.resolve("latin1.csv");
        Files.writeString(file, HEADER + "\r\n330102199003070027,ok,330102,,33010219900307002742,PHYSICAL,GRADE_2,"
                + "2020-01-01,2029-12-31,,\r\n");
        Files.write(file, new byte[] {'3', '3', ',', (byte) 0xE9, (byte) 0xFF, '\r', '\n'},
                java.nio.file.StandardOpenOption.APPEND);

        // decoded a few kilobytes ahead: in a file this small, already while the header is read
        assertThatThrownBy(() -> {
            try (LegacyExports.Export export = new CsvLegacyExports(dir).open("latin1.csv")) {
                export.forEachRemaining(row -> { });
            }
        }).isInstanceOf(LegacyExports.UnreadableExportException.class);
    }
}
