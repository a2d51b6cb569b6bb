package io.zhucan.devstack;

import io.zhucan.devstack.demo.Demo;
import java.util.Arrays;
import java.util.List;

/**
 * The launcher behind {@code ./platform}: {@code java -jar infra/devstack/target/devstack.jar <command>}.
 * Plain Java on purpose: it starts in a fraction of a second and needs nothing the JDK lacks but a
 * JDBC driver, the Kafka admin client and Jackson.
 */
public final class Devstack {

    private static final String USAGE = """
            usage: ./platform <command>
              up [component …]   build what is missing, start the platform (or the named components and
                                 what they need), wait until every part is healthy, print URLs and logins
              demo               run the flagship flow through the gateway with real tokens
              status             every component: state, pid, port, memory; exit code 0 when all are up
              logs <component>   follow a component's log
              down               stop everything ./platform started; no process is left behind
              reset              down, then delete the state folder (databases, Kafka log, Keycloak data)
            components: %s
            state folder: $ZHUCAN_PLATFORM_HOME, default <repository>/.platform""";

    private Devstack() {
    }

    public static void main(String[] args) {
        // the Kafka admin client logs through SLF4J with no provider here: silence SLF4J's warning about that
        System.setProperty("slf4j.internal.verbosity", "ERROR");
        System.exit(run(args));
    }

    static int run(String[] args) {
        Settings settings = Settings.fromEnvironment();
        Console console = Console.system();
        List<Component> components = Topology.components(settings);
        Stack stack = new Stack(settings, components, console);
        String command = args.length == 0 ? "help" : args[0];
        List<String> rest = Arrays.asList(args).subList(Math.min(1, args.length), args.length);
        try {
            return switch (command) {
                case "up" -> stack.up(rest);
                case "down" -> stack.down();
                case "status" -> stack.status();
                case "reset" -> stack.reset();
                case "demo" -> new Demo(console, new Demo.Target("http://localhost:" + Topology.GATEWAY.port(), Topology.ISSUER,
                        Settings.HOST + ":" + Topology.KAFKA_PORT, KafkaSasl.clientProperties(KafkaSasl.ADMIN),
                        settings.repo().resolve(Topology.REALM_FILE))).run();
                case "jars" -> jars(settings, console);
                default -> {
                    console.line(USAGE, String.join(", ", components.stream().map(Component::name).toList()));
                    yield command.equals("help") || command.equals("--help") ? 0 : 2;
                }
            };
        } catch (IllegalArgumentException e) {
            console.line("./platform %s: %s", command, e.getMessage());
            return 2;
        }
    }

    /** For ./platform: "module jar" per Spring Boot application, to rebuild the ones that are missing or stale. */
    private static int jars(Settings settings, Console console) {
        for (Topology.App app : Topology.apps()) {
            console.line("%s %s/target/%s", app.module(), app.module(), app.jar());
        }
        return 0;
    }
}
