package io.zhucan.platform.events;

import java.net.URI;

/**
 * Descriptor of one versioned event type: its stable name (never the Java class name), the topic
 * it is published on, the CloudEvents source of its producer and the record that carries it.
 * A breaking change gets a new type name ({@code .v2}); additive changes keep the version.
 */
public record EventType<T extends IntegrationEvent>(String name, String topic, URI source, Class<T> payloadType) {

    public EventType {
        if (!name.matches("io\\.zhucan\\.[a-z.-]+\\.v\\d+")) {
            throw new IllegalArgumentException("event type name must be io.zhucan.<...>.v<N>: " + name);
        }
    }

    public static <T extends IntegrationEvent> EventType<T> of(String name, String topic, String source, Class<T> payloadType) {
        return new EventType<>(name, topic, URI.create(source), payloadType);
    }

    /** Classpath location of the JSON Schema of this type. */
    public String schemaResource() {
        return "/schemas/" + name + ".json";
    }

    /** The CloudEvents {@code dataschema} attribute. */
    public URI dataSchema() {
        return URI.create("urn:zhucan:schema:" + name);
    }
}
