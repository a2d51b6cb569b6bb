package io.zhucan.devstack;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/** Is a port free on 127.0.0.1, and if not, which process holds it. */
final class Ports {

    private Ports() {
    }

    static boolean isFree(int port) {
        try (ServerSocket socket = new ServerSocket()) {
            // as the servers do: a connection in TIME_WAIT from the last run must not count as taken
            socket.setReuseAddress(true);
            socket.bind(new InetSocketAddress(InetAddress.getByName(Settings.HOST), port));
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    /** "port 8080 is taken by pid 1234 (java -jar other.jar)", or without the process if it cannot be found. */
    static String describeTaken(int port) {
        return owner(port)
                .map(p -> "port " + port + " is taken by pid " + p.pid() + " (" + Processes.commandLine(p) + ")")
                .orElse("port " + port + " is taken by another process");
    }

    /** On Linux: the LISTEN socket's inode in /proc/net/tcp*, then the process holding that inode. */
    static Optional<ProcessHandle> owner(int port) {
        Set<String> inodes = listeningInodes(port);
        if (inodes.isEmpty()) {
            return Optional.empty();
        }
        try (Stream<Path> procs = Files.list(Path.of("/proc"))) {
            return procs.filter(p -> p.getFileName().toString().chars().allMatch(Character::isDigit))
                    .filter(p -> holdsAny(p.resolve("fd"), inodes))
                    .findFirst()
                    .flatMap(p -> ProcessHandle.of(Long.parseLong(p.getFileName().toString())));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private static Set<String> listeningInodes(int port) {
        Set<String> inodes = new HashSet<>();
        String hexPort = String.format(Locale.ROOT, ":%04X", port);
        for (String table : List.of("/proc/net/tcp", "/proc/net/tcp6")) {
            try {
                for (String line : Files.readAllLines(Path.of(table))) {
                    String[] f = line.trim().split("\\s+");
                    // local_address is f[1] (ADDR:PORT), st is f[3] (0A = LISTEN), inode is f[9]
                    if (f.length > 9 && f[1].endsWith(hexPort) && f[3].equals("0A")) {
                        inodes.add(f[9]);
                    }
                }
            } catch (IOException e) {
                // not Linux, or not readable: the message goes without the process
            }
        }
        return inodes;
    }

    private static boolean holdsAny(Path fdDir, Set<String> inodes) {
        try (Stream<Path> fds = Files.list(fdDir)) {
            return fds.anyMatch(fd -> {
                try {
                    String target = Files.readSymbolicLink(fd).toString();
                    return target.startsWith("socket:[") && inodes.contains(target.substring(8, target.length() - 1));
                } catch (IOException e) {
                    return false;
                }
            });
        } catch (IOException e) {
            return false;
        }
    }
}
