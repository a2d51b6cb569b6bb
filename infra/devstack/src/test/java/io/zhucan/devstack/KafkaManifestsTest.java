package io.zhucan.devstack;

import static io.zhucan.devstack.Manifests.kind;
import static io.zhucan.devstack.Manifests.named;
import static org.assertj.core.api.Assertions.assertThat;

import io.strimzi.api.kafka.model.user.KafkaUser;
import io.strimzi.api.kafka.model.user.KafkaUserAuthorizationSimple;
import io.strimzi.api.kafka.model.user.acl.AclRule;
import io.strimzi.api.kafka.model.user.acl.AclRuleGroupResource;
import io.strimzi.api.kafka.model.user.acl.AclRuleTopicResource;
import io.zhucan.platform.events.Topics;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.kafka.common.resource.PatternType;
import org.apache.kafka.common.resource.ResourceType;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Kafka in infra/k8s: KRaft, TLS and SCRAM, every topic and its DLT, and the KafkaUsers of infra/kafka/acls.txt. */
class KafkaManifestsTest {

    @Test
    void one_kafka_topic_per_platform_topic_and_one_dead_letter_topic_each_with_as_many_partitions() {
        Map<String, JsonNode> topics = new HashMap<>();
        kind("KafkaTopic").forEach(t -> topics.put(t.at("/spec/topicName").asString(), t));
        List<String> expected = new ArrayList<>();
        for (String topic : Topics.ALL) {
            expected.add(topic);
            expected.add(Topics.deadLetter(topic));
        }
        assertThat(topics.keySet()).containsExactlyInAnyOrderElementsOf(expected);
        for (String topic : Topics.ALL) {
            int partitions = topics.get(topic).at("/spec/partitions").asInt();
            assertThat(partitions).as(topic).isGreaterThanOrEqualTo(12);
            assertThat(topics.get(Topics.deadLetter(topic)).at("/spec/partitions").asInt()).as(Topics.deadLetter(topic))
                    .isEqualTo(partitions);
            assertThat(topics.get(topic).at("/spec/replicas").asInt()).isEqualTo(3);
        }
    }

    @Test
    void kafka_runs_in_kraft_mode_with_three_nodes() {
        JsonNode kafka = kind("Kafka").getFirst();
        assertThat(kafka.at("/spec/kafka/config/auto.create.topics.enable").asBoolean(true)).isFalse();
        assertThat(kafka.at("/spec/kafka/listeners")).allSatisfy(listener -> {
            assertThat(listener.path("tls").asBoolean()).as("TLS on every listener").isTrue();
            assertThat(listener.at("/authentication/type").asString()).isEqualTo("scram-sha-512");
        });
        assertThat(kafka.at("/spec/kafka/authorization/type").asString()).isEqualTo("simple");
        assertThat(kafka.at("/spec/kafkaExporter").isObject()).as("Kafka Exporter: consumer lag").isTrue();
        JsonNode pool = kind("KafkaNodePool").getFirst();
        assertThat(pool.at("/spec/replicas").asInt()).isEqualTo(3);
        assertThat(pool.at("/spec/roles").toString()).contains("controller", "broker");
    }

    /** The KafkaUsers say what infra/kafka/acls.txt says, principal by principal, rule by rule. */
    @Test
    void one_kafka_user_per_service_and_partner_with_exactly_the_grants_of_the_acl_file() throws Exception {
        List<KafkaAcls.Rule> granted = KafkaAcls.read(RepoFiles.repo().resolve(KafkaAcls.FILE));
        Set<String> expected = new TreeSet<>();
        granted.forEach(r -> expected.add(text(r)));
        Set<String> actual = new TreeSet<>();
        Set<String> users = new TreeSet<>();
        for (JsonNode resource : kind("KafkaUser")) {
            KafkaUser user = (KafkaUser) StrictModels.parse("KafkaUser", resource.path("apiVersion").asString(), resource.toString());
            users.add(user.getMetadata().getName());
            assertThat(user.getSpec().getAuthentication().getType()).isEqualTo("scram-sha-512");
            for (AclRule rule : ((KafkaUserAuthorizationSimple) user.getSpec().getAuthorization()).getAcls()) {
                rule.getOperations().forEach(op -> actual.add(text(user.getMetadata().getName(), rule, op.toValue())));
            }
        }
        assertThat(actual).as("infra/k8s/kafka/users.yaml against " + KafkaAcls.FILE).containsExactlyElementsOf(expected);
        assertThat(users).containsExactlyInAnyOrderElementsOf(KafkaAcls.principals(granted));
        for (Topology.App service : Topology.SERVICES) {
            assertThat(users).contains(service.name());
            JsonNode env = named("Deployment", service.name()).orElseThrow().at("/spec/template/spec/containers/0/env");
            assertThat(env.toString()).as(service.name() + " reads its own KafkaUser's Secret")
                    .contains("{\"name\":\"SPRING_KAFKA_PROPERTIES_SASL_JAAS_CONFIG\",\"valueFrom\":{\"secretKeyRef\":{\"name\":\""
                            + service.name() + "\",\"key\":\"sasl.jaas.config\"}}}");
        }
    }

    private static String text(KafkaAcls.Rule rule) {
        return rule.principal() + " " + rule.operation() + " " + rule.resource().name().toLowerCase() + " " + rule.name()
                + (rule.pattern() == PatternType.PREFIXED ? "*" : "");
    }

    private static String text(String user, AclRule rule, String operation) {
        return switch (rule.getResource()) {
            case AclRuleTopicResource topic -> user + " " + operation + " " + ResourceType.TOPIC.name().toLowerCase() + " "
                    + topic.getName() + (topic.getPatternType().toValue().equals("prefix") ? "*" : "");
            case AclRuleGroupResource group -> user + " " + operation + " " + ResourceType.GROUP.name().toLowerCase() + " "
                    + group.getName() + (group.getPatternType().toValue().equals("prefix") ? "*" : "");
            default -> user + " " + operation + " " + rule.getResource();
        };
    }

    @Test
    void services_leave_topic_creation_to_strimzi() {
        JsonNode config = named("ConfigMap", "zhucan-platform").orElseThrow();
        assertThat(config.at("/data/ZHUCAN_MESSAGING_TOPICS_CREATE").asString()).isEqualTo("false");
        assertThat(config.at("/data/SPRING_KAFKA_SECURITY_PROTOCOL").asString()).as("TLS and SASL to Kafka").isEqualTo("SASL_SSL");
        assertThat(config.at("/data/SPRING_KAFKA_PROPERTIES_SASL_MECHANISM").asString()).isEqualTo("SCRAM-SHA-512");
        assertThat(config.at("/data/SPRING_KAFKA_BOOTSTRAP_SERVERS").asString())
                .startsWith(kind("Kafka").getFirst().at("/metadata/name").asString() + "-kafka-bootstrap:");
    }
}
