package io.zhucan.devstack;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The orchestration of up, status and down with small shell processes instead of servers: start
 * order, pid files, "already running", a component that dies, and that down leaves no process.
 */
class StackTest {

    @TempDir
    Path home;

    private final ByteArrayOutputStream output = new ByteArrayOutputStream();
    private Settings settings;

    @AfterEach
    void noProcessLeft() {
        // whatever a failed assertion left behind: this test's processes carry the temp folder in their command line
        Processes.mentioning(home.toString()).forEach(ProcessHandle::destroyForcibly);
    }

    @Test
    void up_starts_in_dependency_order_status_reports_and_down_leaves_nothing() {
        Fake first = new Fake("first", Set.of(), false);
        Fake second = new Fake("second", Set.of("first"), false);
        Stack stack = stack(List.of(first, second));

        assertThat(stack.up(List.of())).as(output()).isZero();
        assertThat(Files.exists(home.resolve("pids/first.pid"))).isTrue();
        assertThat(first.readyAt()).isBefore(second.startedAt());
        assertThat(stack.status()).isZero();
        assertThat(output()).contains("2 of 2 components up");

        assertThat(stack.up(List.of())).isZero();
        assertThat(output()).contains("already running");

        assertThat(stack.down()).as(output()).isZero();
        assertThat(Processes.mentioning(home.toString())).isEmpty();
        assertThat(home.resolve("pids/first.pid")).doesNotExist();
        assertThat(stack.status()).isEqualTo(3);
    }

    @Test
    void a_component_that_dies_fails_up_and_what_was_started_is_stopped() {
        Fake first = new Fake("first", Set.of(), false);
        Fake broken = new Fake("broken", Set.of("first"), true);
        Stack stack = stack(List.of(first, broken));

        assertThat(stack.up(List.of())).isEqualTo(1);
        assertThat(output()).contains("broken exited with code 3", "Last lines of", "exiting on purpose");
        assertThat(Processes.mentioning(home.toString())).isEmpty();
    }

    @Test
    void reset_deletes_only_a_state_folder_the_platform_wrote() throws Exception {
        Stack stack = stack(List.of(new Fake("first", Set.of(), false)));
        assertThat(stack.up(List.of())).isZero();
        assertThat(stack.reset()).isZero();
        assertThat(home).doesNotExist();

        Files.createDirectories(home);
        Files.writeString(home.resolve("precious.txt"), "not ours");
        assertThat(stack.reset()).isEqualTo(1);
        assertThat(home.resolve("precious.txt")).exists();
    }

    private Stack stack(List<Component> components) {
        settings = Settings.from(Map.of("ZHUCAN_PLATFORM_HOME", home.toString()), RepoFiles.repo());
        return new Stack(settings, components, new Console(new PrintStream(output, true, StandardCharsets.UTF_8)));
    }

    private String output() {
        return output.toString(StandardCharsets.UTF_8);
    }

    /**
     * A shell that writes a ready file and waits, forwarding TERM to its child as kc.sh does; a
     * broken one exits at once. The temp folder in its command line is the marker.
     */
    private final class Fake implements Component {
        private final String name;
        private final Set<String> dependsOn;
        private final boolean broken;

        Fake(String name, Set<String> dependsOn, boolean broken) {
            this.name = name;
            this.dependsOn = dependsOn;
            this.broken = broken;
        }

        Path ready() {
            return home.resolve(name + ".ready");
        }

        java.time.Instant readyAt() {
            return modified(ready());
        }

        java.time.Instant startedAt() {
            return modified(home.resolve(name + ".started"));
        }

        private static java.time.Instant modified(Path p) {
            try {
                return Files.getLastModifiedTime(p).toInstant();
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }

        @Override
        public String name() {
            return name;
        }

        @Override
        public List<Integer> ports() {
            return List.of();
        }

        @Override
        public Set<String> dependsOn() {
            return dependsOn;
        }

        @Override
        public Launch launch() {
            String script = broken
                    ? "echo exiting on purpose; exit 3"
                    : "touch \"$1.started\"; sleep 0.2; touch \"$1.ready\"; trap 'kill $child; exit 0' TERM; sleep 600 & child=$!; wait";
            String marker = home.toString();
            return Launch.of(List.of("sh", "-c", script, marker, home.resolve(name).toString()), home, marker);
        }

        @Override
        public Optional<String> checkHealth() {
            return Files.exists(ready()) ? Optional.empty() : Optional.of("not ready");
        }

        @Override
        public Duration startTimeout() {
            return Duration.ofSeconds(20);
        }

        @Override
        public String endpoint() {
            return "-";
        }
    }
}
