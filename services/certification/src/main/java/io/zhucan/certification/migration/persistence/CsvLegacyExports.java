package io.zhucan.certification.migration.persistence;

import io.zhucan.certification.migration.LegacyColumn;
import io.zhucan.certification.migration.LegacyExports;
import io.zhucan.certification.migration.LegacyRow;
import io.zhucan.platform.domain.NotFoundException;
import io.zhucan.platform.domain.RuleViolationException;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.NoSuchElementException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.MappingIterator;
import tools.jackson.dataformat.csv.CsvMapper;
import tools.jackson.dataformat.csv.CsvReadFeature;

/**
 * Export files in the import directory of the server ({@code zhucan.certification.migration.directory}):
 * an operator copies the file there (a 1.2 M-row file is ~150 MB, no request body) and names it.
 * Only plain names inside that directory are opened. RFC 4180 by Jackson's CSV reader, strict UTF-8.
 */
@Component
class CsvLegacyExports implements LegacyExports {

    private static final CsvMapper CSV = CsvMapper.builder().enable(CsvReadFeature.WRAP_AS_ARRAY).build();

    private final Path directory;

    CsvLegacyExports(@Value("${zhucan.certification.migration.directory}") Path directory) {
        this.directory = directory.toAbsolutePath().normalize();
    }

    @Override
    public Export open(String fileName) {
        if (!fileName.matches("[A-Za-z0-9][A-Za-z0-9._-]{0,200}")) {
            throw new RuleViolationException("file", "name a file of the import directory (letters, digits, . _ -)");
        }
        Path file = directory.resolve(fileName);
        if (!Files.isRegularFile(file)) {
            throw new NotFoundException("no file " + fileName + " in the import directory");
        }
        CsvExport export = new CsvExport(file);
        try {
            List<String> header = export.hasNext() ? export.next().fields() : List.of();
            if (!header.equals(LegacyColumn.HEADER) && !header.equals(withBom(LegacyColumn.HEADER))) {
                throw new RuleViolationException("layout", "the header row must be " + String.join(",", LegacyColumn.HEADER));
            }
        } catch (RuntimeException e) {
            export.close();
            throw e;
        }
        return export;
    }

    /** A file saved by a spreadsheet starts with a byte-order mark. */
    private static List<String> withBom(List<String> header) {
        String[] copy = header.toArray(String[]::new);
        copy[0] = "\uFEFF" + copy[0];
        return Arrays.asList(copy);
    }

    private static final class CsvExport implements Export {

        private final BufferedReader reader;
        private final MappingIterator<String[]> records;
        private int row;

        CsvExport(Path file) {
            try {
                this.reader = new BufferedReader(new InputStreamReader(Files.newInputStream(file),
                        StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                                .onUnmappableCharacter(CodingErrorAction.REPORT)), 1 << 16);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            try {
                this.records = CSV.readerFor(String[].class).readValues(reader); // reads ahead already
            } catch (JacksonException e) {
                close(reader);
                throw new UnreadableExportException(1, "broken quoting or bytes that are not UTF-8");
            }
        }

        @Override
        public boolean hasNext() {
            try {
                return records.hasNextValue();
            } catch (JacksonException e) {
                throw new UnreadableExportException(row + 1, "broken quoting or bytes that are not UTF-8");
            }
        }

        @Override
        public LegacyRow next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            try {
                return new LegacyRow(++row, Arrays.asList(records.nextValue()));
            } catch (JacksonException e) {
                throw new UnreadableExportException(row, "broken quoting or bytes that are not UTF-8");
            }
        }

        @Override
        public void close() {
            records.close();
            close(reader);
        }

        private static void close(BufferedReader reader) {
            try {
                reader.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
