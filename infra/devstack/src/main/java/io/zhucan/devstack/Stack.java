package io.zhucan.devstack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicReference;

/** up, down, status and reset: the same steps for every component, whatever its kind. */
final class Stack {

    private static final String HOME_README = "State of ./platform, the zhucan local stack.";
    private static final Duration STOP_GRACE = Duration.ofSeconds(30);

    private final Settings settings;
    private final List<Component> components;
    private final Console console;

    Stack(Settings settings, List<Component> components, Console console) {
        this.settings = settings;
        this.components = components;
        this.console = console;
    }

    // ---------------------------------------------------------------- up

    /**
     * Starts the requested components (all when none is named) and what they depend on; each one
     * as soon as its dependencies are healthy. Returns 0 when all are healthy. On a failure,
     * everything this run started is stopped again and the failing component's log tail printed.
     */
    int up(List<String> requested) {
        List<Component> selected = withDependencies(requested);
        Map<String, ProcessHandle> running = new LinkedHashMap<>();
        for (Component c : selected) {
            livePid(c).ifPresent(p -> running.put(c.name(), p));
        }
        if (running.size() == selected.size()) {
            console.line("The platform is already running (state in %s).", settings.home());
            status();
            return 0;
        }
        List<Component> toStart = selected.stream().filter(c -> !running.containsKey(c.name())).toList();
        List<String> missing = toStart.stream().flatMap(c -> c.missing().stream()).toList();
        if (!missing.isEmpty()) {
            console.line("Cannot start: something the platform needs is missing.");
            missing.forEach(m -> console.line("  %s", m));
            return 1;
        }
        List<String> taken = new ArrayList<>();
        for (Component c : toStart) {
            for (int port : c.ports()) {
                if (!Ports.isFree(port)) {
                    taken.add(c.name() + ": " + Ports.describeTaken(port));
                }
            }
        }
        if (!taken.isEmpty()) {
            console.line("Cannot start: ports the platform needs on %s are taken.", Settings.HOST);
            taken.forEach(t -> console.line("  %s", t));
            console.line("Stop that process (or a ./platform started from another folder: ./platform down there) and run ./platform up again.");
            return 1;
        }
        prepareHome();
        console.line("Starting the platform (state in %s, logs in %s)", settings.home(), settings.logs());
        running.forEach((name, p) -> console.ok(name, "already running (pid " + p.pid() + ")"));

        Run run = new Run();
        Thread onInterrupt = new Thread(() -> run.abort(Run.INTERRUPTED), "platform-up-interrupted");
        Runtime.getRuntime().addShutdownHook(onInterrupt);
        Instant start = Instant.now();
        try (ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor()) {
            Map<String, CompletableFuture<Void>> ready = new LinkedHashMap<>();
            for (Component c : selected) {
                if (running.containsKey(c.name())) {
                    ready.put(c.name(), CompletableFuture.completedFuture(null));
                    continue;
                }
                CompletableFuture<?>[] needs = c.dependsOn().stream()
                        .filter(ready::containsKey) // a dependency outside the selection is assumed to be up
                        .map(ready::get).toArray(CompletableFuture[]::new);
                ready.put(c.name(), CompletableFuture.allOf(needs).thenRunAsync(() -> run.start(c), threads));
            }
            try {
                CompletableFuture.allOf(ready.values().toArray(CompletableFuture[]::new)).join();
            } catch (CompletionException e) {
                run.abort(rootMessage(e));
                // let the other starters notice and finish before the cleanup
                ready.values().forEach(f -> f.exceptionally(x -> null).join());
            }
        }
        try {
            Runtime.getRuntime().removeShutdownHook(onInterrupt);
        } catch (IllegalStateException e) {
            return 130; // Ctrl-C or TERM: the JVM is exiting and the hook stops what this run started
        }
        if (run.failure.get() != null) {
            console.line("");
            console.line("./platform up failed: %s", run.failure.get());
            run.failedComponent().ifPresent(this::printLogTail);
            console.line("Stopping what this run started …");
            run.stopStarted();
            return 1;
        }
        Duration took = Duration.between(start, Instant.now());
        Memory memory = memory();
        console.line("");
        console.line("The platform is up in %s (%s). %s.", Console.seconds(took),
                run.firstStarts.isEmpty() ? "warm start" : "cold start: first-time setup of " + String.join(", ", run.firstStarts),
                memory);
        printWelcome();
        return 0;
    }

    /** One up: what it started, and the first failure. */
    private final class Run {
        static final String INTERRUPTED = "interrupted";

        final AtomicReference<String> failure = new AtomicReference<>();
        final AtomicReference<String> failedComponent = new AtomicReference<>();
        final List<Component> started = Collections.synchronizedList(new ArrayList<>());
        final Set<String> firstStarts = Collections.synchronizedSet(new LinkedHashSet<>());
        private final Object startLock = new Object();

        void start(Component c) {
            Instant t0 = Instant.now();
            try {
                console.step(c.name(), "starting");
                rotateLog(c);
                Optional<String> firstTime = c.prepare(console);
                firstTime.ifPresent(what -> {
                    firstStarts.add(c.name());
                    console.step(c.name(), "first start: " + what);
                });
                Launch launch = c.launch();
                Process process;
                synchronized (startLock) { // never start a process once the run is being aborted
                    if (failure.get() != null) {
                        return;
                    }
                    process = Processes.start(launch.command(), launch.workDir(), launch.env(), settings.log(c.name()));
                    PidFile.of(process.toHandle(), launch.marker()).write(pidFile(c));
                    started.add(c);
                }
                AtomicReference<String> lastProblem = new AtomicReference<>("");
                boolean healthy = Poll.until(c.startTimeout(), Duration.ofMillis(250), () -> {
                    Optional<String> problem = c.checkHealth();
                    problem.ifPresent(lastProblem::set);
                    return problem.isEmpty() ? Optional.of(true) : Optional.<Boolean>empty();
                }, () -> process.isAlive()
                        ? Optional.ofNullable(failure.get()).map(f -> "stopped: " + f)
                        : Optional.of(c.name() + " exited with code " + process.exitValue())).isPresent();
                if (!healthy) {
                    throw new IllegalStateException(c.name() + " is not healthy after " + Console.seconds(c.startTimeout())
                            + ": " + lastProblem.get());
                }
                c.afterHealthy(console);
                console.ok(c.name(), String.format("ready in %-7s %s", Console.seconds(Duration.between(t0, Instant.now())),
                        c.endpoint()));
            } catch (RuntimeException e) {
                if (failure.get() == null) {
                    failedComponent.compareAndSet(null, c.name());
                    console.fail(c.name(), e.getMessage());
                }
                throw e;
            }
        }

        void abort(String reason) {
            synchronized (startLock) {
                failure.compareAndSet(null, reason);
            }
            if (reason.equals(INTERRUPTED)) { // the JVM is exiting: clean up from the shutdown hook
                console.line("Interrupted: stopping what this run started …");
                stopStarted();
            }
        }

        /** Stops each started component once, last started first; safe from the main thread and the hook at once. */
        synchronized void stopStarted() {
            List<Component> reverse;
            synchronized (started) {
                reverse = new ArrayList<>(started);
                started.clear();
            }
            Collections.reverse(reverse);
            reverse.forEach(Stack.this::stop);
        }

        Optional<Component> failedComponent() {
            return components.stream().filter(c -> c.name().equals(failedComponent.get())).findFirst();
        }
    }

    /** The requested components and, transitively, everything they depend on, in topology order. */
    private List<Component> withDependencies(List<String> requested) {
        if (requested.isEmpty()) {
            return components;
        }
        Map<String, Component> byName = byName();
        Set<String> wanted = new LinkedHashSet<>();
        List<String> toVisit = new ArrayList<>(requested);
        while (!toVisit.isEmpty()) {
            String name = toVisit.removeLast();
            Component c = byName.get(name);
            if (c == null) {
                throw new IllegalArgumentException("no component " + name + " (components: " + String.join(", ", byName.keySet()) + ")");
            }
            if (wanted.add(name)) {
                toVisit.addAll(c.dependsOn());
            }
        }
        return components.stream().filter(c -> wanted.contains(c.name())).toList();
    }

    private void prepareHome() {
        try {
            Files.createDirectories(settings.logs());
            Files.createDirectories(settings.pids());
            Path readme = settings.home().resolve("README.txt");
            if (!Files.exists(readme)) {
                Files.writeString(readme, HOME_README + "\n./platform reset stops the platform and deletes this folder.\n");
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the state folder " + settings.home(), e);
        }
    }

    /** Keeps the previous run's log next to the new one: a crash is often explained there. */
    private void rotateLog(Component c) {
        Path log = settings.log(c.name());
        try {
            if (Files.exists(log) && Files.size(log) > 0) {
                Files.move(log, settings.logs().resolve(c.name() + ".previous.log"), StandardCopyOption.REPLACE_EXISTING);
            }
            Files.writeString(log, "=== ./platform up: " + c.name() + " at " + Instant.now() + "\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void printLogTail(Component c) {
        Path log = settings.log(c.name());
        try {
            List<String> lines = Files.exists(log) ? Files.readAllLines(log) : List.of();
            console.line("Last lines of %s:", log);
            lines.subList(Math.max(0, lines.size() - 30), lines.size()).forEach(l -> console.line("  | %s", l));
        } catch (IOException | UncheckedIOException e) {
            console.line("(could not read %s)", log);
        }
    }

    private void printWelcome() {
        console.line("");
        console.line("  Back office        http://localhost:%d/  (业务后台: log in as a staff user below)", Topology.BACKOFFICE.port());
        console.line("  API (gateway)      http://localhost:%d/api/…", Topology.GATEWAY.port());
        for (Topology.App app : Topology.SERVICES) {
            console.line("  %-18s http://localhost:%d%s  (OpenAPI: %s/v3/api-docs)", app.name(), app.port(), app.basePath(),
                    app.basePath());
        }
        console.line("  Keycloak           %s/admin  (admin/admin; realm %s)", Topology.KEYCLOAK_URL, Topology.REALM);
        console.line("  PostgreSQL         localhost:%d  (%s/%s; databases %s)", Topology.POSTGRES_PORT,
                Topology.DB_USER, Topology.DB_PASSWORD, String.join(", ", Topology.databases()));
        console.line("  Kafka              localhost:%d  (SASL/PLAIN with the ACLs of %s; e.g. admin/%s, civil-affairs/%s)",
                Topology.KAFKA_PORT, KafkaAcls.FILE, KafkaSasl.password(KafkaSasl.ADMIN), KafkaSasl.password("civil-affairs"));
        console.line("");
        DemoUsers.print(console, settings.repo().resolve(Topology.REALM_FILE));
        console.line("");
        console.line("  Logs: %s/<component>.log   (./platform logs <component>)", settings.logs());
        console.line("  Next: ./platform demo   ./platform status   ./platform down   ./platform reset");
    }

    // ---------------------------------------------------------------- down

    /** Stops everything the pid files name, gateway first, PostgreSQL last, then checks nothing is left. */
    int down() {
        List<List<Component>> layers = stopLayers();
        boolean any = false;
        for (List<Component> layer : layers) {
            List<CompletableFuture<Boolean>> stops = layer.stream()
                    .map(c -> CompletableFuture.supplyAsync(() -> stop(c))).toList();
            for (CompletableFuture<Boolean> f : stops) {
                any |= f.join();
            }
        }
        List<ProcessHandle> leftovers = leftovers();
        if (!leftovers.isEmpty()) {
            console.line("Killing %d leftover process(es) of this stack:", leftovers.size());
            leftovers.forEach(p -> console.line("  pid %d  %s", p.pid(), abbreviate(Processes.commandLine(p))));
            leftovers.forEach(ProcessHandle::destroyForcibly);
            Poll.until(Duration.ofSeconds(10), Duration.ofMillis(100), () -> leftovers.stream().noneMatch(ProcessHandle::isAlive));
        }
        List<ProcessHandle> still = leftovers();
        if (!still.isEmpty()) {
            console.line("Could not stop: %s", still.stream().map(p -> Long.toString(p.pid())).toList());
            return 1;
        }
        console.line(any ? "The platform is stopped; no process of it is left. State kept in %s." : "The platform was not running.",
                settings.home());
        return 0;
    }

    /** Reverse start order, in layers that stop in parallel: gateway; services; infrastructure. */
    private List<List<Component>> stopLayers() {
        Map<String, Integer> depth = new ConcurrentHashMap<>();
        Map<String, Component> byName = byName();
        for (Component c : components) {
            depth(c, byName, depth);
        }
        int max = depth.values().stream().mapToInt(Integer::intValue).max().orElse(0);
        List<List<Component>> layers = new ArrayList<>();
        for (int d = max; d >= 0; d--) {
            int level = d;
            layers.add(components.stream().filter(c -> depth.get(c.name()) == level).toList());
        }
        return layers;
    }

    private static int depth(Component c, Map<String, Component> byName, Map<String, Integer> memo) {
        Integer known = memo.get(c.name());
        if (known != null) {
            return known;
        }
        int d = c.dependsOn().stream().filter(byName::containsKey)
                .mapToInt(n -> depth(byName.get(n), byName, memo) + 1).max().orElse(0);
        memo.put(c.name(), d);
        return d;
    }

    /** Stops one component if its pid file names a live process of ours; true if it was running. */
    private boolean stop(Component c) {
        Path file = pidFile(c);
        Optional<PidFile> pid = PidFile.read(file);
        Optional<ProcessHandle> live = pid.flatMap(PidFile::live);
        if (live.isEmpty()) {
            deleteQuietly(file);
            return false;
        }
        Instant t0 = Instant.now();
        int killed = Processes.stopTree(live.get(), c.stopSignal(), STOP_GRACE);
        deleteQuietly(file);
        console.ok(c.name(), "stopped in " + Console.seconds(Duration.between(t0, Instant.now()))
                + (killed > 0 ? " (" + killed + " process(es) killed after " + Console.seconds(STOP_GRACE) + ")" : ""));
        return true;
    }

    /** Processes of this stack that no pid file accounts for any more (their markers hold this state folder). */
    private List<ProcessHandle> leftovers() {
        List<ProcessHandle> found = new ArrayList<>(Processes.withMarker(settings.javaMarker()));
        found.addAll(Processes.withMarker("-D " + settings.home().resolve("postgres/data")));
        return found.stream().distinct().toList();
    }

    // ---------------------------------------------------------------- status

    /** The stack's memory: RSS summed over every process, and PSS (shared pages counted once; 0 where unknown). */
    record Memory(long bytes, long proportionalBytes, int processes) {

        @Override
        public String toString() {
            return Console.megabytes(bytes) + " of memory (RSS) in " + processes + " processes"
                    + (proportionalBytes > 0 ? "; " + Console.megabytes(proportionalBytes) + " PSS, shared pages counted once" : "");
        }
    }

    /** Every process of the stack and their descendants. */
    Memory memory() {
        Set<ProcessHandle> all = new LinkedHashSet<>();
        components.forEach(c -> livePid(c).ifPresent(p -> all.addAll(Processes.tree(p))));
        return new Memory(Processes.residentBytes(all), Processes.proportionalBytes(all), all.size());
    }

    /** A table of the components; 0 when every one is up and healthy, 3 otherwise. */
    int status() {
        console.line("%-14s %-9s %8s %7s %10s  %s", "component", "state", "pid", "port", "memory", "endpoint");
        int healthy = 0;
        int running = 0;
        for (Component c : components) {
            Optional<ProcessHandle> pid = livePid(c);
            String state;
            String problem = "";
            if (pid.isEmpty()) {
                state = PidFile.read(pidFile(c)).isPresent() ? "DIED" : "stopped";
            } else {
                running++;
                Optional<String> unhealthy = c.checkHealth();
                healthy += unhealthy.isEmpty() ? 1 : 0;
                state = unhealthy.isEmpty() ? "UP" : "UNHEALTHY";
                problem = unhealthy.map(p -> "  [" + p + "]").orElse("");
            }
            long rss = pid.map(p -> Processes.residentBytes(Processes.tree(p))).orElse(0L);
            String extra = "";
            if (c instanceof KafkaComponent kafka && pid.isPresent()) {
                extra = kafka.topicCount().map(n -> "  (" + n + " topics)").orElse("");
            }
            if (c instanceof SpringBootComponent app && pid.isPresent()) {
                extra = app.figures().filter(f -> !f.isEmpty()).map(f -> "  (" + f + ")").orElse("");
            }
            console.line("%-14s %-9s %8s %7s %10s  %s%s", c.name(), state, pid.map(p -> Long.toString(p.pid())).orElse("-"),
                    c.ports().isEmpty() ? "-" : c.ports().getFirst(), pid.isPresent() ? Console.megabytes(rss) : "-",
                    c.endpoint(), extra + problem);
        }
        Memory memory = memory();
        console.line("");
        if (running == 0) {
            console.line("The platform is not running. Start it with ./platform up");
            return 3;
        }
        console.line("%d of %d components up; %s. Logs in %s", healthy, components.size(), memory, settings.logs());
        return healthy == components.size() ? 0 : 3;
    }

    // ---------------------------------------------------------------- reset

    int reset() {
        int down = down();
        if (down != 0) {
            return down;
        }
        Path home = settings.home();
        if (!Files.exists(home)) {
            console.line("Nothing to delete: %s does not exist.", home);
            return 0;
        }
        Path readme = home.resolve("README.txt");
        try {
            if (!Files.isRegularFile(readme) || !Files.readString(readme).startsWith(HOME_README)) {
                console.line("Not deleting %s: it has no README.txt written by ./platform, so it may not be the platform's state.", home);
                return 1;
            }
            PostgresComponent.deleteTree(home);
        } catch (IOException e) {
            console.line("Could not delete %s: %s", home, e.getMessage());
            return 1;
        }
        console.line("Deleted %s: databases, Kafka log, Keycloak data and logs. The next ./platform up starts from scratch.", home);
        return 0;
    }

    // ---------------------------------------------------------------- helpers

    private Optional<ProcessHandle> livePid(Component c) {
        return PidFile.read(pidFile(c)).flatMap(PidFile::live);
    }

    private Path pidFile(Component c) {
        return settings.pids().resolve(c.name() + ".pid");
    }

    private Map<String, Component> byName() {
        Map<String, Component> byName = new LinkedHashMap<>();
        components.forEach(c -> byName.put(c.name(), c));
        return byName;
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            // a stale pid file is harmless: live() checks the process anyway
        }
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && (t instanceof CompletionException || t.getMessage() == null)) {
            t = t.getCause();
        }
        return t.getMessage() != null ? t.getMessage() : t.toString();
    }

    private static String abbreviate(String s) {
        return s.length() > 160 ? s.substring(0, 160) + " …" : s;
    }
}
