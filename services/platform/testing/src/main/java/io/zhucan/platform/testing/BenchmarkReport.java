package io.zhucan.platform.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/** Writes a benchmark's figures to {@code target/bench/<name>.json} and prints them. */
public final class BenchmarkReport {

    public static void write(String name, Map<String, Object> figures) {
        Map<String, Object> sorted = new TreeMap<>(figures);
        sorted.put("machine", Runtime.getRuntime().availableProcessors() + " cores, JDK "
                + Runtime.version().feature() + ", " + Runtime.getRuntime().maxMemory() / (1 << 20) + " MiB max heap");
        StringBuilder json = new StringBuilder("{\n");
        sorted.forEach((key, value) -> json.append("  \"").append(key).append("\": ")
                .append(value instanceof Number || value instanceof Boolean
                        ? String.format(Locale.ROOT, "%s", value) : "\"" + value + "\"")
                .append(",\n"));
        json.setLength(json.length() - 2);
        json.append("\n}\n");
        try {
            Path dir = Path.of("target", "bench");
            Files.createDirectories(dir);
            Files.writeString(dir.resolve(name + ".json"), json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        System.out.println("BENCH " + name + " " + json);
    }

    /** The p-th percentile of sorted values (nearest rank). */
    public static long percentile(List<Long> sorted, double p) {
        if (sorted.isEmpty()) {
            return 0;
        }
        return sorted.get(Math.clamp((long) Math.ceil(p / 100.0 * sorted.size()) - 1, 0, sorted.size() - 1));
    }

    private BenchmarkReport() {
    }
}
