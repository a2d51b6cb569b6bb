package io.zhucan.platform.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The AsyncAPI document for partners (docs/events/asyncapi.yaml) is generated from the catalog and
 * must match it. After changing an event type, regenerate it:
 * {@code ./mvnw -pl services/platform/events test -Dtest=AsyncApiDocumentTest -Dzhucan.docs.update=true}.
 */
class AsyncApiDocumentTest {

    private static final Path DOCUMENT = Path.of("../../../docs/events/asyncapi.yaml");

    @Test
    void theAsyncApiDocumentDescribesEveryEventType() throws Exception {
        String expected = render();
        if (Boolean.getBoolean("zhucan.docs.update")) {
            Files.writeString(DOCUMENT, expected);
        }
        assertThat(DOCUMENT).as("regenerate with -Dzhucan.docs.update=true").exists();
        assertThat(Files.readString(DOCUMENT)).as("docs/events/asyncapi.yaml is out of date: regenerate it with "
                + "-Dzhucan.docs.update=true").isEqualTo(expected);
    }

    static String render() {
        EventCodec codec = new EventCodec();
        Map<String, List<EventType<?>>> byTopic = EventCatalog.ALL.stream()
                .collect(Collectors.groupingBy(EventType::topic, LinkedHashMap::new, Collectors.toList()));
        StringBuilder y = new StringBuilder();
        y.append("""
                # Generated from services/platform/events (EventCatalog) by AsyncApiDocumentTest: do not edit by hand.
                asyncapi: 3.0.0
                info:
                  title: zhucan integration events (智慧助残 事件目录)
                  version: 1.0.0
                  description: |
                    Events of the smart disability services platform and the facts partner departments publish
                    to it. Every record is a CloudEvent 1.0 in Kafka binary mode: the value is the JSON payload
                    (schema in schemas/), the envelope is in the ce_* headers (ce_id, ce_type, ce_source,
                    ce_subject, ce_time, ce_dataschema, ce_partitionkey, content-type). The record key is the
                    platform person id (platform topics) or the resident ID number (partner topics), so one
                    person's events stay in order. Consumers deduplicate on the event id, ignore event types and
                    properties they do not know (additive changes keep the version), and treat a new version
                    (….v2) as a new type. Each topic has a dead-letter topic <topic>.DLT.
                servers:
                  local:
                    host: localhost:9092
                    protocol: kafka
                    description: the local stack (./platform up)
                channels:
                """);
        byTopic.forEach((topic, types) -> {
            y.append("  ").append(channelId(topic)).append(":\n");
            y.append("    address: ").append(topic).append("\n");
            y.append("    description: ").append(quoted(audience(topic))).append("\n");
            y.append("    messages:\n");
            types.forEach(t -> y.append("      ").append(messageId(t)).append(":\n")
                    .append("        $ref: '#/components/messages/").append(messageId(t)).append("'\n"));
        });
        y.append("operations:\n");
        byTopic.forEach((topic, types) -> {
            boolean partner = topic.startsWith("partner.");
            y.append("  ").append(partner ? "receive" : "send").append(capitalized(channelId(topic))).append(":\n");
            y.append("    action: ").append(partner ? "receive" : "send").append("\n");
            y.append("    summary: ").append(partner ? "partner facts the platform consumes" : "events the platform publishes")
                    .append("\n");
            y.append("    channel:\n      $ref: '#/channels/").append(channelId(topic)).append("'\n");
            y.append("    messages:\n");
            types.forEach(t -> y.append("      - $ref: '#/channels/").append(channelId(topic)).append("/messages/")
                    .append(messageId(t)).append("'\n"));
        });
        y.append("components:\n  messages:\n");
        for (EventType<?> t : EventCatalog.ALL) {
            String description = codec.schemaOf(t).getSchemaNode().path("description").asString();
            y.append("    ").append(messageId(t)).append(":\n");
            y.append("      name: ").append(t.name()).append("\n");
            y.append("      title: ").append(t.payloadType().getSimpleName()).append("\n");
            y.append("      summary: ").append(quoted(description)).append("\n");
            y.append("      contentType: application/json\n");
            y.append("      headers:\n        $ref: '#/components/schemas/CloudEventHeaders'\n");
            y.append("      payload:\n        $ref: 'schemas/").append(t.name()).append(".json'\n");
            y.append("      bindings:\n        kafka:\n          key:\n            type: string\n");
            y.append("            description: ").append(t.topic().startsWith("partner.")
                    ? "resident ID number of the person" : "platform person id").append("\n");
        }
        y.append("""
                  schemas:
                    CloudEventHeaders:
                      type: object
                      required: [ce_specversion, ce_id, ce_type, ce_source, content-type]
                      properties:
                        ce_specversion: {type: string, const: '1.0'}
                        ce_id: {type: string, description: event id (a UUID); consumers deduplicate on it}
                        ce_type: {type: string, description: versioned type name, e.g. io.zhucan.certification.certificate.issued.v1}
                        ce_source: {type: string, description: producer, e.g. /zhucan/certification}
                        ce_subject: {type: string, description: the record key}
                        ce_time: {type: string, format: date-time}
                        ce_dataschema: {type: string, description: 'urn:zhucan:schema:<type>'}
                        ce_partitionkey: {type: string, description: the record key (CloudEvents partitioning extension)}
                        content-type: {type: string, const: application/json}
                """);
        return y.toString();
    }

    /** Who reads and who writes a topic: each partner receives only what it needs (Topics.PARTNER_READS). */
    static String audience(String topic) {
        List<String> writers = Topics.PARTNER_WRITES.entrySet().stream().filter(e -> e.getValue().equals(topic))
                .map(Map.Entry::getKey).sorted().toList();
        if (!writers.isEmpty()) {
            return "written by the partner " + String.join(", ", writers) + " only; read by the platform's services";
        }
        List<String> readers = Topics.PARTNER_READS.entrySet().stream().filter(e -> e.getValue().contains(topic))
                .map(Map.Entry::getKey).sorted().toList();
        return readers.isEmpty() ? "internal: read by the platform's services only, by no partner"
                : "partner-facing: read by the partner " + String.join(", ", readers) + " (and the platform's services)";
    }

    private static String channelId(String topic) {
        return topic.replace('.', '-');
    }

    private static String messageId(EventType<?> type) {
        return type.name().replace("io.zhucan.", "").replace('.', '-');
    }

    private static String capitalized(String id) {
        String camel = java.util.Arrays.stream(id.split("-")).map(p -> Character.toUpperCase(p.charAt(0)) + p.substring(1))
                .collect(Collectors.joining());
        return camel;
    }

    private static String quoted(String text) {
        return "'" + text.replace("'", "''") + "'";
    }
}
