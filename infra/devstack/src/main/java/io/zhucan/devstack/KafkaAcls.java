package io.zhucan.devstack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.kafka.common.acl.AccessControlEntry;
import org.apache.kafka.common.acl.AclBinding;
import org.apache.kafka.common.acl.AclOperation;
import org.apache.kafka.common.acl.AclPermissionType;
import org.apache.kafka.common.resource.PatternType;
import org.apache.kafka.common.resource.ResourcePattern;
import org.apache.kafka.common.resource.ResourceType;

/**
 * The platform's Kafka grants, {@code infra/kafka/acls.txt}: the one list that Strimzi's KafkaUsers
 * (infra/k8s/kafka/users.yaml) and a local broker's ACLs are both made of. A grant is a line
 * {@code <principal> write|read|subscribe|group <name>}; {@code read} also lets the consumer park
 * dead letters on {@code <topic>.DLT}, {@code subscribe} does not (a partner reading the topic meant
 * for it); a group name ending in {@code *} is a prefix.
 */
final class KafkaAcls {

    static final String FILE = "infra/kafka/acls.txt";

    /** One allowed operation ("Read", "Write") of a principal on a topic or group. */
    record Rule(String principal, ResourceType resource, String name, PatternType pattern, String operation) {

        AclBinding binding() {
            return new AclBinding(new ResourcePattern(resource, name, pattern), new AccessControlEntry(
                    "User:" + principal, "*", AclOperation.fromString(operation), AclPermissionType.ALLOW));
        }
    }

    static List<Rule> read(Path file) {
        try {
            List<Rule> rules = new ArrayList<>();
            for (String line : Files.readAllLines(file)) {
                String grant = line.replaceFirst("#.*", "").strip();
                if (!grant.isEmpty()) {
                    rules.addAll(rules(grant.split("\\s+")));
                }
            }
            return List.copyOf(rules);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<Rule> rules(String[] grant) {
        if (grant.length != 3) {
            throw new IllegalArgumentException("a grant is <principal> write|read|subscribe|group <name>: "
                    + String.join(" ", grant));
        }
        String principal = grant[0];
        String name = grant[2];
        return switch (grant[1].toLowerCase(Locale.ROOT)) {
            case "write" -> List.of(topic(principal, name, "Write"));
            case "read" -> List.of(topic(principal, name, "Read"), topic(principal, name + ".DLT", "Write"));
            case "subscribe" -> List.of(topic(principal, name, "Read"));
            case "group" -> List.of(name.endsWith("*")
                    ? new Rule(principal, ResourceType.GROUP, name.substring(0, name.length() - 1), PatternType.PREFIXED, "Read")
                    : new Rule(principal, ResourceType.GROUP, name, PatternType.LITERAL, "Read"));
            default -> throw new IllegalArgumentException("unknown grant " + grant[1] + " (write, read, subscribe or group)");
        };
    }

    private static Rule topic(String principal, String topic, String operation) {
        return new Rule(principal, ResourceType.TOPIC, topic, PatternType.LITERAL, operation);
    }

    /** Every topic the grants name: the platform topics and the dead-letter twins of those consumed. */
    static Set<String> topics(List<Rule> rules) {
        Set<String> topics = new LinkedHashSet<>();
        rules.stream().filter(r -> r.resource() == ResourceType.TOPIC).forEach(r -> topics.add(r.name()));
        return topics;
    }

    static Set<String> principals(List<Rule> rules) {
        Set<String> principals = new LinkedHashSet<>();
        rules.forEach(r -> principals.add(r.principal()));
        return principals;
    }

    private KafkaAcls() {
    }
}
