package io.zhucan.devstack;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/** Starting detached processes, recognising them later, stopping their whole process tree. */
final class Processes {

    private static final boolean LINUX = System.getProperty("os.name").toLowerCase().contains("linux");

    private Processes() {
    }

    /**
     * Starts {@code command} detached from the launcher: its own session (setsid, so Ctrl-C in the
     * terminal or the launcher's exit does not reach it), stdin from /dev/null, stdout and stderr
     * appended to {@code log}.
     */
    static Process start(List<String> command, Path workDir, Map<String, String> env, Path log) {
        List<String> full = new ArrayList<>();
        // setsid execs the command in place (the launcher's child is no process-group leader), so the pid stays ours
        findOnPath("setsid").ifPresent(setsid -> full.add(setsid.toString()));
        full.addAll(command);
        ProcessBuilder builder = new ProcessBuilder(full)
                .directory(workDir.toFile())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
                .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
        builder.environment().putAll(env);
        try {
            return builder.start();
        } catch (IOException e) {
            throw new UncheckedIOException("could not start " + command.getFirst(), e);
        }
    }

    /** Runs a short command to completion (initdb, the Kafka storage format) with its output in {@code log}. */
    static int run(List<String> command, Path workDir, Path log, Duration timeout) {
        ProcessBuilder builder = new ProcessBuilder(command)
                .directory(workDir.toFile())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
                .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
        try {
            Process process = builder.start();
            if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                process.descendants().forEach(ProcessHandle::destroyForcibly);
                process.destroyForcibly();
                throw new IllegalStateException(command.getFirst() + " did not finish within " + Console.seconds(timeout));
            }
            return process.exitValue();
        } catch (IOException e) {
            throw new UncheckedIOException("could not run " + command.getFirst(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Poll.Aborted("interrupted");
        }
    }

    static Optional<Path> findOnPath(String program) {
        String path = System.getenv("PATH");
        if (path == null) {
            return Optional.empty();
        }
        return Stream.of(path.split(File.pathSeparator))
                .map(dir -> Path.of(dir, program))
                .filter(Files::isExecutable)
                .findFirst();
    }

    /** The full command line: /proc/<pid>/cmdline on Linux (never truncated), else what the JDK knows. */
    static String commandLine(ProcessHandle process) {
        if (LINUX) {
            try {
                byte[] raw = Files.readAllBytes(Path.of("/proc", Long.toString(process.pid()), "cmdline"));
                return new String(raw, StandardCharsets.UTF_8).replace('\0', ' ').trim();
            } catch (IOException e) {
                return "";
            }
        }
        return process.info().commandLine().orElse("");
    }

    /** The process and everything it started, as far as they are still alive. */
    static Set<ProcessHandle> tree(ProcessHandle root) {
        Set<ProcessHandle> tree = new LinkedHashSet<>();
        if (root.isAlive()) {
            tree.add(root);
        }
        root.descendants().forEach(tree::add);
        return tree;
    }

    /**
     * Stops a process tree: the polite signal to the root (it passes it on: kc.sh forwards TERM to
     * Keycloak, the postmaster stops its backends), then waits; whatever is still alive after
     * {@code grace} is killed. Descendants are remembered before signalling, because once the root
     * is gone they are re-parented and no longer its descendants.
     *
     * @return the number of processes that had to be killed
     */
    static int stopTree(ProcessHandle root, Signal signal, Duration grace) {
        Set<ProcessHandle> tree = tree(root);
        signal.send(root);
        boolean ended = Poll.until(grace, Duration.ofMillis(100), () -> {
            if (root.isAlive()) {
                root.descendants().forEach(tree::add);
            }
            return tree.stream().noneMatch(ProcessHandle::isAlive);
        });
        if (ended) {
            return 0;
        }
        List<ProcessHandle> alive = tree.stream().filter(ProcessHandle::isAlive).toList();
        alive.forEach(ProcessHandle::destroyForcibly);
        Poll.until(Duration.ofSeconds(10), Duration.ofMillis(100), () -> alive.stream().noneMatch(ProcessHandle::isAlive));
        return alive.size();
    }

    /** Resident memory of the processes, in bytes: VmRSS from /proc on Linux, `ps -o rss=` elsewhere. */
    static long residentBytes(Set<ProcessHandle> processes) {
        long total = 0;
        for (ProcessHandle p : processes) {
            total += LINUX ? linuxRss(p.pid()) : psRss(p.pid());
        }
        return total;
    }

    /**
     * Proportional set size, Linux only (0 elsewhere): shared pages divided among the processes that
     * share them. RSS counts PostgreSQL's shared buffers once per backend; PSS counts them once.
     */
    static long proportionalBytes(Set<ProcessHandle> processes) {
        long total = 0;
        for (ProcessHandle p : processes) {
            total += LINUX ? kilobytes(Path.of("/proc", Long.toString(p.pid()), "smaps_rollup"), "Pss:") * 1024 : 0;
        }
        return total;
    }

    private static long linuxRss(long pid) {
        return kilobytes(Path.of("/proc", Long.toString(pid), "status"), "VmRSS:") * 1024;
    }

    /** The kB value of the line starting with {@code key} in a /proc file, 0 if the process ended meanwhile. */
    private static long kilobytes(Path procFile, String key) {
        try {
            for (String line : Files.readAllLines(procFile)) {
                if (line.startsWith(key)) {
                    return Long.parseLong(line.replaceAll("\\D", ""));
                }
            }
        } catch (IOException | NumberFormatException e) {
            // ended meanwhile, or not readable
        }
        return 0;
    }

    private static long psRss(long pid) {
        try {
            Process ps = new ProcessBuilder("ps", "-o", "rss=", "-p", Long.toString(pid)).start();
            String out = new String(ps.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
            ps.waitFor();
            return out.isEmpty() ? 0 : Long.parseLong(out) * 1024;
        } catch (IOException | NumberFormatException e) {
            return 0;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 0;
        }
    }

    /**
     * Every live process, except this launcher, with {@code marker} as whole arguments of its command
     * line: the marker of {@code .platform} must not match a stack in {@code .platform-other}.
     */
    static List<ProcessHandle> withMarker(String marker) {
        return others(p -> hasMarker(commandLine(p), marker));
    }

    /** Every live process, except this launcher, whose command line mentions {@code text} anywhere. */
    static List<ProcessHandle> mentioning(String text) {
        return others(p -> commandLine(p).contains(text));
    }

    static boolean hasMarker(String commandLine, String marker) {
        return (" " + commandLine + " ").contains(" " + marker + " ");
    }

    private static List<ProcessHandle> others(java.util.function.Predicate<ProcessHandle> filter) {
        long self = ProcessHandle.current().pid();
        return ProcessHandle.allProcesses().filter(p -> p.pid() != self).filter(filter).toList();
    }

    static Instant startInstant(ProcessHandle process) {
        return process.info().startInstant().orElse(Instant.EPOCH);
    }

    /** How a component is asked to stop. */
    enum Signal {
        /** SIGTERM: the JVMs run their shutdown hooks (Spring closes its context, Kafka flushes its log). */
        TERM,
        /** SIGINT: PostgreSQL's "fast" shutdown: roll back open transactions, checkpoint, exit. */
        INT;

        void send(ProcessHandle process) {
            if (this == TERM) {
                process.destroy();
                return;
            }
            try {
                new ProcessBuilder("kill", "-" + name(), Long.toString(process.pid())).inheritIO().start().waitFor();
            } catch (IOException e) {
                process.destroy();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
