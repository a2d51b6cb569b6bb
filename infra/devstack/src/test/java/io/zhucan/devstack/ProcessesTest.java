package io.zhucan.devstack;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProcessesTest {

    @TempDir
    Path dir;

    @Test
    void a_marker_matches_whole_arguments_only() {
        String marker = "-Dzhucan.devstack.home=/repo/.platform";
        assertThat(Processes.hasMarker("java -Xmx512m " + marker + " -jar app.jar", marker)).isTrue();
        assertThat(Processes.hasMarker("sh kc.sh start-dev " + marker, marker)).isTrue();
        assertThat(Processes.hasMarker("java -Dzhucan.devstack.home=/repo/.platform-it -jar app.jar", marker))
                .as("another stack's state folder").isFalse();
    }

    @Test
    void stopping_a_tree_ends_the_children_even_when_the_root_ignores_the_signal() {
        // the root ignores TERM and its child would outlive it: both must be gone after the grace period
        Process process = Processes.start(List.of("sh", "-c", "trap '' TERM; sleep 600 & wait", "tree-test", dir.toString()),
                dir, Map.of(), dir.resolve("tree.log"));
        ProcessHandle root = process.toHandle();
        assertThat(Poll.until(Duration.ofSeconds(5), Duration.ofMillis(50), () -> root.descendants().findAny().isPresent())).isTrue();
        List<ProcessHandle> tree = List.copyOf(Processes.tree(root));

        int killed = Processes.stopTree(root, Processes.Signal.TERM, Duration.ofSeconds(1));

        assertThat(killed).isGreaterThanOrEqualTo(1);
        assertThat(tree).noneMatch(ProcessHandle::isAlive);
    }
}
