package io.zhucan.e2e;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * A server the end-to-end tests run as a separate operating-system process (Keycloak, the gateway jar,
 * a service jar): output to a log file under {@code target/e2e-logs}, stopped with its whole process
 * tree (SIGTERM, then SIGKILL after a grace period).
 */
final class ManagedProcess implements AutoCloseable {

    private final String name;
    private final Process process;
    private final Path log;

    private ManagedProcess(String name, Process process, Path log) {
        this.name = name;
        this.process = process;
        this.log = log;
    }

    static ManagedProcess start(String name, List<String> command, Path workDir, Map<String, String> environment) {
        try {
            Path logs = Path.of(System.getProperty("zhucan.e2e.logs", "target/e2e-logs"));
            Files.createDirectories(logs);
            Path log = logs.resolve(name + ".log");
            ProcessBuilder builder = new ProcessBuilder(command).directory(workDir.toFile())
                    .redirectErrorStream(true).redirectOutput(log.toFile());
            builder.environment().putAll(environment);
            return new ManagedProcess(name, builder.start(), log);
        } catch (IOException e) {
            throw new UncheckedIOException("could not start " + name, e);
        }
    }

    /** The java of the JVM running the tests (21 or newer, as the build enforces). */
    static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    boolean isAlive() {
        return process.isAlive();
    }

    /** The last lines of the log, for failure messages. */
    String tail() {
        try {
            List<String> lines = Files.readAllLines(log);
            return name + " (" + log + "):\n" + String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
        } catch (IOException | RuntimeException e) {
            return name + ": no log (" + e + ")";
        }
    }

    @Override
    public void close() {
        List<ProcessHandle> tree = process.descendants().toList();
        process.destroy();
        tree.forEach(ProcessHandle::destroy);
        try {
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
        }
        tree.stream().filter(ProcessHandle::isAlive).forEach(ProcessHandle::destroyForcibly);
    }

    @Override
    public String toString() {
        return name + " (pid " + process.pid() + ")";
    }
}
