package io.zhucan.devstack;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * One process of the local stack. A kind of component (PostgreSQL, Kafka, Keycloak, a Spring Boot
 * service) knows how to prepare its state once, how to start, when it is healthy and how it stops;
 * {@link Stack} does the rest the same way for all of them.
 */
interface Component {

    String name();

    /** Every port it binds on 127.0.0.1; checked before it starts. */
    List<Integer> ports();

    /** Components that must be healthy before this one starts. */
    Set<String> dependsOn();

    /** What must exist before it can start (a jar, a distribution), as messages for the user; empty when ready. */
    default List<String> missing() {
        return List.of();
    }

    /**
     * One-time work before the first start (unpack binaries, initdb, format the Kafka log) and
     * anything that must be fresh at every start (config files).
     *
     * @return what was done the first time ("extracted the binaries, initdb"), empty on a warm start
     */
    default Optional<String> prepare(Console console) {
        return Optional.empty();
    }

    Launch launch();

    /** Empty when healthy, else what is still missing (shown when the start times out). */
    Optional<String> checkHealth();

    /** Runs once the component is healthy, before its dependents start (PostgreSQL: create the databases). */
    default void afterHealthy(Console console) {
    }

    Duration startTimeout();

    /** The polite way to stop it; whatever is left after the grace period is killed. */
    default Processes.Signal stopSignal() {
        return Processes.Signal.TERM;
    }

    /** What a user connects to, printed by up and status. */
    String endpoint();
}
