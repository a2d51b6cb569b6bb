package io.zhucan.devstack;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A local KRaft broker with authentication and ACLs, as the cluster runs it (infra/k8s: SCRAM and
 * Strimzi's simple authorization): SASL/PLAIN on the client listener, one principal per service
 * and partner with a local password, the StandardAuthorizer refusing whatever
 * {@link KafkaAcls} (infra/kafka/acls.txt) does not grant. The broker itself and the launcher are
 * the super user {@value #ADMIN}; the controller listener stays on 127.0.0.1 without SASL.
 */
final class KafkaSasl {

    static final String ADMIN = "admin";

    /** Local only, like the realm's published client secrets: a cluster's passwords are Strimzi's. */
    static String password(String principal) {
        return principal + "-local-secret";
    }

    static String serverProperties(Path logDir, int port, int controllerPort, int partitions, List<String> principals) {
        String host = Settings.HOST;
        return """
                process.roles=broker,controller
                node.id=1
                controller.quorum.bootstrap.servers=%1$s:%3$d
                listeners=SASL_PLAINTEXT://%1$s:%2$d,CONTROLLER://%1$s:%3$d
                advertised.listeners=SASL_PLAINTEXT://%1$s:%2$d,CONTROLLER://%1$s:%3$d
                controller.listener.names=CONTROLLER
                listener.security.protocol.map=SASL_PLAINTEXT:SASL_PLAINTEXT,CONTROLLER:PLAINTEXT
                inter.broker.listener.name=SASL_PLAINTEXT
                sasl.enabled.mechanisms=PLAIN
                sasl.mechanism.inter.broker.protocol=PLAIN
                listener.name.sasl_plaintext.plain.sasl.jaas.config=%6$s
                authorizer.class.name=org.apache.kafka.metadata.authorizer.StandardAuthorizer
                # the broker's own requests on the controller listener arrive unauthenticated (127.0.0.1 only)
                super.users=User:%4$s;User:ANONYMOUS
                allow.everyone.if.no.acl.found=false
                """.formatted(host, port, controllerPort, ADMIN, password(ADMIN), jaasConfig(principals))
                + KafkaComponent.singleNodeSettings(logDir, partitions);
    }

    /** The broker's PLAIN login: itself as {@value #ADMIN}, and every principal's user and password (docker compose too). */
    static String jaasConfig(List<String> principals) {
        return "org.apache.kafka.common.security.plain.PlainLoginModule required username=\"" + ADMIN + "\" password=\""
                + password(ADMIN) + "\" user_" + ADMIN + "=\"" + password(ADMIN) + "\""
                + principals.stream().map(p -> " user_" + p + "=\"" + password(p) + "\"").collect(Collectors.joining()) + ";";
    }

    /** What a client of {@code principal} adds to its bootstrap servers (Spring: spring.kafka.properties.*). */
    static Map<String, String> clientProperties(String principal) {
        return Map.of("security.protocol", "SASL_PLAINTEXT", "sasl.mechanism", "PLAIN", "sasl.jaas.config",
                "org.apache.kafka.common.security.plain.PlainLoginModule required username=\"" + principal
                        + "\" password=\"" + password(principal) + "\";");
    }

    private KafkaSasl() {
    }
}
