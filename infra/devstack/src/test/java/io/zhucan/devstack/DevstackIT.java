package io.zhucan.devstack;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The whole platform as a user gets it: {@code ./platform up} from an empty state folder (a
 * temporary one: a developer's .platform/ is never touched), {@code status}, {@code demo},
 * {@code down}, then a warm {@code up} on the same state and {@code down} again; after each down
 * no process of the stack may be left. Runs on the default ports and fails with the launcher's
 * message when one is taken. Needs the service and gateway jars, which the reactor builds first.
 *
 * <p>Maven profile devstack-it, on by default; {@code -Dskip.devstack} leaves it out.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DevstackIT {

    private static final Path REPO = RepoFiles.repo();
    private static Path home;

    @BeforeAll
    static void emptyStateFolder() throws IOException {
        home = Files.createTempDirectory("zhucan-platform-it");
    }

    @AfterAll
    static void stopEverythingAndDeleteTheState() throws IOException {
        try {
            platform(Duration.ofMinutes(3), "down");
        } finally {
            // the last resort if down itself failed: this run's processes carry the temp folder in their command line
            Processes.mentioning(home.toString()).forEach(ProcessHandle::destroyForcibly);
            if (Files.exists(home)) {
                PostgresComponent.deleteTree(home);
            }
        }
    }

    @Test
    @Order(1)
    void cold_up_starts_every_component_and_waits_until_healthy() {
        Result up = platform(Duration.ofMinutes(10), "up");
        assertThat(up.exitCode()).as("./platform up failed:\n" + up.output()).isZero();
        assertThat(up.output()).contains("cold start").contains("The platform is up in");
        report("cold start", up);
    }

    @Test
    @Order(2)
    void status_shows_every_component_up() {
        Result status = platform(Duration.ofMinutes(1), "status");
        assertThat(status.exitCode()).as(status.output()).isZero();
        for (Component c : Topology.components(Settings.from(java.util.Map.of(), REPO))) {
            assertThat(status.output()).as(c.name()).containsPattern("(?m)^" + c.name() + "\\s+UP\\s");
        }
    }

    @Test
    @Order(3)
    void the_demo_runs_the_flagship_flow() {
        Result demo = platform(Duration.ofMinutes(3), "demo");
        assertThat(demo.exitCode()).as("./platform demo failed:\n" + demo.output()).isZero();
        assertThat(demo.output()).contains("The flagship flow works");
    }

    @Test
    @Order(4)
    void down_leaves_no_process_behind() {
        Result down = platform(Duration.ofMinutes(3), "down");
        assertThat(down.exitCode()).as(down.output()).isZero();
        assertThat(leftovers()).as("processes of the stack after down").isEmpty();
    }

    @Test
    @Order(5)
    void a_warm_up_reuses_the_state_and_down_again_leaves_nothing() {
        Result up = platform(Duration.ofMinutes(8), "up");
        assertThat(up.exitCode()).as("warm ./platform up failed:\n" + up.output()).isZero();
        assertThat(up.output()).contains("warm start");
        report("warm start", up);
        Result status = platform(Duration.ofMinutes(1), "status");
        // the topics the services created on the cold start are still in the broker's log
        assertThat(status.output()).containsPattern("kafka\\s+UP .*\\((1[2-9]|[2-9]\\d) topics\\)");

        Result down = platform(Duration.ofMinutes(3), "down");
        assertThat(down.exitCode()).as(down.output()).isZero();
        assertThat(leftovers()).isEmpty();
    }

    private static List<ProcessHandle> leftovers() {
        return Processes.mentioning(home.toString());
    }

    /** The launcher's summary line, once more under the test's name: the figures docs/performance.md quotes. */
    private static void report(String what, Result up) {
        Matcher summary = Pattern.compile("The platform is up in .*").matcher(up.output());
        if (summary.find()) {
            System.out.printf("DevstackIT %s: %s%n", what, summary.group());
        }
    }

    record Result(int exitCode, String output) {
    }

    /** Runs ./platform with the temporary state folder, its output echoed to the test log as it comes. */
    private static Result platform(Duration timeout, String... args) {
        List<String> command = new ArrayList<>(List.of("bash", REPO.resolve("platform").toString()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).directory(REPO.toFile()).redirectErrorStream(true);
        builder.environment().put("ZHUCAN_PLATFORM_HOME", home.toString());
        builder.environment().put("ZHUCAN_PLATFORM_SKIP_BUILD", "1"); // the reactor built the jars already
        builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
        StringBuilder output = new StringBuilder();
        try {
            Process process = builder.start();
            Thread reader = Thread.ofPlatform().start(() -> {
                try (BufferedReader in = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                    for (String line; (line = in.readLine()) != null; ) {
                        System.out.println("[./platform " + args[0] + "] " + line);
                        synchronized (output) {
                            output.append(line).append('\n');
                        }
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
            if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                process.destroy(); // the launcher's shutdown hook stops what an interrupted up started
                process.waitFor(1, TimeUnit.MINUTES);
                reader.join(Duration.ofSeconds(5));
                return new Result(-1, output + "\n(timed out after " + timeout + ")");
            }
            reader.join(Duration.ofSeconds(10));
            synchronized (output) {
                return new Result(process.exitValue(), output.toString());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
