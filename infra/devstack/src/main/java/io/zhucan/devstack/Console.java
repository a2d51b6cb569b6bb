package io.zhucan.devstack;

import java.io.PrintStream;
import java.time.Duration;
import java.util.Locale;

/** Progress lines, printed from several starter threads at once, so every line is one call. */
public final class Console {

    private final PrintStream out;

    Console(PrintStream out) {
        this.out = out;
    }

    static Console system() {
        return new Console(System.out);
    }

    public synchronized void line(String text) {
        out.println(text);
        out.flush();
    }

    public synchronized void line(String format, Object... args) {
        line(String.format(Locale.ROOT, format, args));
    }

    void step(String component, String text) {
        line("  ▸ %-14s %s", component, text);
    }

    void ok(String component, String text) {
        line("  ✓ %-14s %s", component, text);
    }

    void fail(String component, String text) {
        line("  ✗ %-14s %s", component, text);
    }

    public static String seconds(Duration d) {
        return String.format(Locale.ROOT, "%.1f s", d.toMillis() / 1000.0);
    }

    static String megabytes(long bytes) {
        return bytes >= 1024L * 1024 * 1024
                ? String.format(Locale.ROOT, "%.2f GB", bytes / (1024.0 * 1024 * 1024))
                : String.format(Locale.ROOT, "%d MB", bytes / (1024 * 1024));
    }
}
