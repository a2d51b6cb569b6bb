package io.zhucan.platform.events;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import io.cloudevents.CloudEvent;
import io.cloudevents.CloudEventData;
import io.cloudevents.core.builder.CloudEventBuilder;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Turns payload records into CloudEvents and back. Payloads are JSON, validated against the schema
 * of their type in both directions: a producer cannot publish a payload its partners would
 * reject, and a consumer rejects (to the dead-letter topic) what breaks the contract.
 */
public final class EventCodec {

    public static final String CONTENT_TYPE = "application/json";
    /** CloudEvents partitioning extension: the Kafka key of the event. */
    public static final String PARTITION_KEY = "partitionkey";

    private static final SchemaRegistry SCHEMA_REGISTRY =
            SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);

    private final JsonMapper json = JsonMapper.builder()
            .changeDefaultPropertyInclusion(incl -> incl.withValueInclusion(JsonInclude.Include.NON_NULL))
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            // the schema has checked the required properties already: an absent optional flag added
            // later (e.g. CertificateIssued.migrated) reads as false, as events written before it mean
            .disable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .build();
    private final Map<String, Schema> schemas = new ConcurrentHashMap<>();

    public CloudEvent toCloudEvent(IntegrationEvent event) {
        return envelope(EventCatalog.of(event.getClass()), event.eventId(), event.occurredAt(), event.partitionKey(),
                toJson(event));
    }

    /** Wraps an already serialised, schema-valid payload in its CloudEvents envelope. */
    public static CloudEvent envelope(EventType<?> type, UUID eventId, Instant occurredAt, String key, byte[] json) {
        return CloudEventBuilder.v1()
                .withId(eventId.toString())
                .withType(type.name())
                .withSource(type.source())
                .withSubject(key)
                .withTime(occurredAt.atOffset(ZoneOffset.UTC))
                .withDataSchema(type.dataSchema())
                .withDataContentType(CONTENT_TYPE)
                .withExtension(PARTITION_KEY, key)
                .withData(json)
                .build();
    }

    /** Decodes a CloudEvent of a known type; throws {@link InvalidEventException} if it breaks the contract. */
    public IntegrationEvent fromCloudEvent(CloudEvent event) {
        EventType<?> type = EventCatalog.byName(event.getType())
                .orElseThrow(() -> new InvalidEventException("unknown event type " + event.getType()));
        CloudEventData data = event.getData();
        if (data == null) {
            throw new InvalidEventException("event " + event.getId() + " of type " + type.name() + " has no data");
        }
        return fromJson(type, data.toBytes());
    }

    public byte[] toJson(IntegrationEvent event) {
        EventType<?> type = EventCatalog.of(event.getClass());
        JsonNode tree = json.valueToTree(event);
        List<Error> errors = schemaOf(type).validate(tree, ctx -> ctx.executionConfig(c -> c.formatAssertionsEnabled(true)));
        if (!errors.isEmpty()) {
            // a bug in the producer, not bad input: fail the transaction that tried to publish it
            throw new IllegalStateException(type.name() + " payload breaks its schema: " + describe(errors));
        }
        return json.writeValueAsBytes(tree);
    }

    public <T extends IntegrationEvent> T fromJson(EventType<T> type, byte[] payload) {
        JsonNode tree;
        try {
            tree = json.readTree(payload);
        } catch (JacksonException e) {
            throw new InvalidEventException(type.name() + " payload is not valid JSON: " + e.getOriginalMessage(), e);
        }
        List<Error> errors = schemaOf(type).validate(tree, ctx -> ctx.executionConfig(c -> c.formatAssertionsEnabled(true)));
        if (!errors.isEmpty()) {
            throw new InvalidEventException(type.name() + " payload breaks its schema: " + describe(errors));
        }
        try {
            return json.treeToValue(tree, type.payloadType());
        } catch (JacksonException e) {
            throw new InvalidEventException(type.name() + " payload cannot be read: " + e.getOriginalMessage(), e);
        }
    }

    /** The JSON Schema of an event type, as published for partners. */
    public Schema schemaOf(EventType<?> type) {
        return schemas.computeIfAbsent(type.name(), name -> {
            try (InputStream in = EventCodec.class.getResourceAsStream(type.schemaResource())) {
                if (in == null) {
                    throw new IllegalStateException("missing schema " + type.schemaResource());
                }
                return SCHEMA_REGISTRY.getSchema(in);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    public JsonMapper json() {
        return json;
    }

    private static String describe(List<Error> errors) {
        // messages name the property and the rule, never the value (payloads carry personal data)
        return errors.stream()
                .map(e -> (e.getInstanceLocation() + " " + e.getKeyword()
                        + (e.getProperty() == null ? "" : " " + e.getProperty())).trim())
                .collect(Collectors.joining("; "));
    }
}
