package io.zhucan.devstack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.Properties;

/**
 * {@code pids/<component>.pid}: the process we started, its start time and a marker from its
 * command line. A pid alone is not enough to kill safely: after a reboot or a crash the number may
 * belong to someone else's process. Only a live process with the same start time and the marker in
 * its command line is ours.
 */
record PidFile(long pid, Instant started, String marker) {

    static PidFile of(ProcessHandle process, String marker) {
        return new PidFile(process.pid(), Processes.startInstant(process), marker);
    }

    static Optional<PidFile> read(Path file) {
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        Properties p = new Properties();
        try (var in = Files.newBufferedReader(file)) {
            p.load(in);
            return Optional.of(new PidFile(Long.parseLong(p.getProperty("pid")),
                    Instant.parse(p.getProperty("started")), p.getProperty("marker", "")));
        } catch (IOException | RuntimeException e) {
            return Optional.empty(); // unreadable: treated as not running
        }
    }

    void write(Path file) {
        Properties p = new Properties();
        p.setProperty("pid", Long.toString(pid));
        p.setProperty("started", started.toString());
        p.setProperty("marker", marker);
        try {
            Files.createDirectories(file.getParent());
            try (var out = Files.newBufferedWriter(file)) {
                p.store(out, "written by ./platform up; read by status and down");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The process, if it is still alive and still ours. */
    Optional<ProcessHandle> live() {
        return ProcessHandle.of(pid)
                .filter(ProcessHandle::isAlive)
                .filter(p -> Duration.between(started, Processes.startInstant(p)).abs().toMillis() < 1000)
                .filter(p -> Processes.hasMarker(Processes.commandLine(p), marker));
    }
}
