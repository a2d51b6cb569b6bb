package io.zhucan.subsidy.migration.application;

import io.zhucan.platform.domain.RuleViolationException;
import io.zhucan.subsidy.migration.LegacyRows;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.List;
import tools.jackson.databind.MappingIterator;
import tools.jackson.dataformat.csv.CsvMapper;
import tools.jackson.dataformat.csv.CsvReadFeature;
import tools.jackson.dataformat.csv.CsvSchema;

/** The legacy export on disk: its SHA-256 (which import it is) and its rows after the fixed header. */
final class LegacyFile {

    private static final CsvMapper CSV = CsvMapper.builder().enable(CsvReadFeature.WRAP_AS_ARRAY).build();

    static String sha256(Path file) {
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), MessageDigest.getInstance("SHA-256"))) {
            in.transferTo(java.io.OutputStream.nullOutputStream());
            return HexFormat.of().formatHex(((DigestInputStream) in).getMessageDigest().digest());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The data rows (UTF-8, RFC 4180); refused unless the header is exactly the agreed layout. */
    static MappingIterator<List<String>> rows(Path file) throws IOException {
        BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
        MappingIterator<List<String>> rows = CSV.readerForListOf(String.class).with(CsvSchema.emptySchema())
                .readValues(reader);
        String header = rows.hasNext() ? String.join(",", rows.next()) : "";
        if (!header.replaceFirst("^\uFEFF", "").equals(String.join(",", LegacyRows.HEADER))) { // a BOM is allowed
            rows.close();
            throw new RuleViolationException("legacy-export-header",
                    "the file's header is not the legacy export's: " + String.join(",", LegacyRows.HEADER));
        }
        return rows;
    }

    /** Skips {@code count} rows (those an earlier, interrupted import of the same file recorded). */
    static void skip(Iterator<?> rows, long count) {
        for (long i = 0; i < count && rows.hasNext(); i++) {
            rows.next();
        }
    }

    private LegacyFile() {
    }
}
