package io.zhucan.devstack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tukaani.xz.LZMA2Options;
import org.tukaani.xz.XZOutputStream;

/** The entry types zonky's archive holds: directories, files with their mode, symbolic links, long names. */
class TarXzTest {

    @TempDir
    Path target;

    @Test
    void unpacks_directories_files_with_their_mode_symlinks_and_long_names() throws IOException {
        String longName = "share/" + "x".repeat(120) + ".sql";
        byte[] archive = txz(
                entry("bin/", '5', 0755, new byte[0], ""),
                entry("bin/postgres", '0', 0755, "#!binary".getBytes(StandardCharsets.UTF_8), ""),
                entry("lib/libpq.so.5.17", '0', 0644, "lib".getBytes(StandardCharsets.UTF_8), ""),
                entry("lib/libpq.so", '2', 0777, new byte[0], "libpq.so.5.17"),
                entry("././@LongLink", 'L', 0644, (longName + "\0").getBytes(StandardCharsets.UTF_8), ""),
                entry(longName.substring(0, 99), '0', 0644, "sql".getBytes(StandardCharsets.UTF_8), ""));

        TarXz.extract(new ByteArrayInputStream(archive), target);

        assertThat(target.resolve("bin/postgres")).hasContent("#!binary").isExecutable();
        assertThat(Files.isSymbolicLink(target.resolve("lib/libpq.so"))).isTrue();
        assertThat(target.resolve("lib/libpq.so")).hasContent("lib");
        assertThat(target.resolve(longName)).hasContent("sql");
    }

    @Test
    void refuses_an_entry_outside_the_target() throws IOException {
        byte[] archive = txz(entry("../escape", '0', 0644, "x".getBytes(StandardCharsets.UTF_8), ""));
        assertThatThrownBy(() -> TarXz.extract(new ByteArrayInputStream(archive), target))
                .isInstanceOf(UncheckedIOException.class).hasRootCauseMessage("archive entry outside the target folder: ../escape");
    }

    private static byte[] entry(String name, char type, int mode, byte[] data, String link) {
        byte[] header = new byte[512];
        put(header, 0, name);
        put(header, 100, String.format("%07o", mode));
        put(header, 124, String.format("%011o", data.length));
        header[156] = (byte) type;
        put(header, 157, link);
        put(header, 257, "ustar");
        int padded = (data.length + 511) / 512 * 512;
        byte[] entry = new byte[512 + padded];
        System.arraycopy(header, 0, entry, 0, 512);
        System.arraycopy(data, 0, entry, 512, data.length);
        return entry;
    }

    private static void put(byte[] header, int offset, String value) {
        byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
        System.arraycopy(bytes, 0, header, offset, bytes.length);
    }

    private static byte[] txz(byte[]... entries) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (XZOutputStream xz = new XZOutputStream(bytes, new LZMA2Options())) {
            for (byte[] e : entries) {
                xz.write(e);
            }
            xz.write(new byte[1024]); // end of archive: two zero blocks
        }
        return bytes.toByteArray();
    }
}
