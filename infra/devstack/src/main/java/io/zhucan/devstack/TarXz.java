package io.zhucan.devstack;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import org.tukaani.xz.XZInputStream;

/**
 * Unpacks the .txz archive inside zonky's PostgreSQL binaries jar. The archive holds plain files,
 * directories and symbolic links (libpq.so -> libpq.so.5.17) in ustar format, which is all this
 * reads; no system tar or xz needed.
 */
final class TarXz {

    private static final int BLOCK = 512;

    private TarXz() {
    }

    static void extract(InputStream txz, Path target) {
        try (InputStream in = new BufferedInputStream(new XZInputStream(new BufferedInputStream(txz)))) {
            String longName = null;
            while (true) {
                byte[] header = in.readNBytes(BLOCK);
                if (header.length < BLOCK || isZero(header)) {
                    return;
                }
                String name = longName != null ? longName : fullName(header);
                longName = null;
                long size = octal(header, 124, 12);
                char type = (char) header[156];
                Path path = target.resolve(name).normalize();
                if (!path.startsWith(target)) {
                    throw new IOException("archive entry outside the target folder: " + name);
                }
                switch (type) {
                    case 'L' -> longName = new String(readPadded(in, size), StandardCharsets.UTF_8).trim();
                    case '5' -> Files.createDirectories(path);
                    case '2' -> {
                        Files.createDirectories(path.getParent());
                        Files.deleteIfExists(path);
                        Files.createSymbolicLink(path, Path.of(string(header, 157, 100)));
                    }
                    case '0', '\0' -> {
                        Files.createDirectories(path.getParent());
                        Files.copy(new java.io.ByteArrayInputStream(readPadded(in, size)), path,
                                StandardCopyOption.REPLACE_EXISTING);
                        setMode(path, (int) octal(header, 100, 8));
                    }
                    default -> readPadded(in, size); // pax headers and the like: nothing this archive needs
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("could not unpack the PostgreSQL binaries", e);
        }
    }

    private static byte[] readPadded(InputStream in, long size) throws IOException {
        byte[] data = in.readNBytes((int) size);
        long padding = (BLOCK - size % BLOCK) % BLOCK;
        in.skipNBytes(padding);
        return data;
    }

    private static String fullName(byte[] header) {
        String prefix = string(header, 345, 155); // ustar: long paths are split into prefix/name
        String name = string(header, 0, 100);
        return prefix.isEmpty() ? name : prefix + "/" + name;
    }

    private static String string(byte[] header, int offset, int length) {
        int end = offset;
        while (end < offset + length && header[end] != 0) {
            end++;
        }
        return new String(header, offset, end - offset, StandardCharsets.UTF_8);
    }

    private static long octal(byte[] header, int offset, int length) {
        String s = string(header, offset, length).trim();
        return s.isEmpty() ? 0 : Long.parseLong(s, 8);
    }

    private static boolean isZero(byte[] block) {
        byte[] zero = new byte[block.length];
        return Arrays.equals(block, zero);
    }

    private static void setMode(Path path, int mode) throws IOException {
        Set<PosixFilePermission> perms = EnumSet.noneOf(PosixFilePermission.class);
        PosixFilePermission[] bits = {
            PosixFilePermission.OTHERS_EXECUTE, PosixFilePermission.OTHERS_WRITE, PosixFilePermission.OTHERS_READ,
            PosixFilePermission.GROUP_EXECUTE, PosixFilePermission.GROUP_WRITE, PosixFilePermission.GROUP_READ,
            PosixFilePermission.OWNER_EXECUTE, PosixFilePermission.OWNER_WRITE, PosixFilePermission.OWNER_READ};
        for (int i = 0; i < bits.length; i++) {
            if ((mode & (1 << i)) != 0) {
                perms.add(bits[i]);
            }
        }
        Files.setPosixFilePermissions(path, perms);
    }
}
