package io.zhucan.platform.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;

/**
 * Fails when a payload record and its JSON Schema drift apart: a property added, removed or
 * retyped on one side only, a changed required set, or a changed enum.
 */
class SchemaDriftTest {

    private final EventCodec codec = new EventCodec();

    static Stream<EventType<?>> types() {
        return EventCatalog.ALL.stream();
    }

    @ParameterizedTest
    @MethodSource("types")
    void schemaDescribesExactlyTheRecord(EventType<?> type) {
        JsonNode schema = codec.schemaOf(type).getSchemaNode();
        assertThat(schema.path("$id").asString()).isEqualTo(type.dataSchema().toString());
        assertMatches(type.name(), type.payloadType(), schema);
    }

    @Test
    void publishedCopiesInDocsAreCurrent() throws Exception {
        Path docs = Path.of("../../../docs/events/schemas");
        for (EventType<?> type : EventCatalog.ALL) {
            Path published = docs.resolve(type.name() + ".json");
            assertThat(published).as("docs/events/schemas holds %s (copy it from the events module)", type.name())
                    .exists();
            try (var resource = EventCodec.class.getResourceAsStream(type.schemaResource())) {
                assertThat(Files.readString(published)).as("docs copy of %s", type.name())
                        .isEqualTo(new String(resource.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8));
            }
        }
    }

    private static void assertMatches(String where, Class<?> record, JsonNode schema) {
        assertThat(schema.path("type").asString()).as(where).isEqualTo("object");
        RecordComponent[] components = record.getRecordComponents();
        Set<String> names = new LinkedHashSet<>();
        Set<String> required = new LinkedHashSet<>();
        Set<String> optionalFlags = new LinkedHashSet<>();
        for (RecordComponent c : components) {
            names.add(c.getName());
            if (c.getType() == boolean.class) {
                optionalFlags.add(c.getName()); // a flag added later: absent reads as false (EventContractTest)
            } else if (!c.getAnnotatedType().isAnnotationPresent(Nullable.class) && !c.isAnnotationPresent(Nullable.class)) {
                required.add(c.getName());
            }
        }
        assertThat(schema.path("properties").propertyNames()).as("%s properties", where)
                .containsExactlyInAnyOrderElementsOf(names);
        List<String> schemaRequired = schema.path("required").valueStream().map(JsonNode::asString).toList();
        assertThat(schemaRequired.stream().filter(name -> !optionalFlags.contains(name)).toList())
                .as("%s required", where).containsExactlyInAnyOrderElementsOf(required);
        for (RecordComponent c : components) {
            assertTypeMatches(where + "." + c.getName(), c.getGenericType(), schema.path("properties").path(c.getName()));
        }
    }

    private static void assertTypeMatches(String where, Type javaType, JsonNode property) {
        if (javaType instanceof ParameterizedType list && list.getRawType() == List.class) {
            assertThat(property.path("type").asString()).as(where).isEqualTo("array");
            assertTypeMatches(where + "[]", list.getActualTypeArguments()[0], property.path("items"));
            return;
        }
        Class<?> c = (Class<?>) javaType;
        String jsonType = property.path("type").asString();
        if (c.isRecord()) {
            assertMatches(where, c, property);
        } else if (c.isEnum()) {
            assertThat(jsonType).as(where).isEqualTo("string");
            List<String> constants = Arrays.stream(c.getEnumConstants()).map(e -> ((Enum<?>) e).name()).toList();
            assertThat(property.path("enum").valueStream().map(JsonNode::asString).toList()).as(where + " enum")
                    .containsExactlyElementsOf(constants);
        } else if (c == boolean.class || c == Boolean.class) {
            assertThat(jsonType).as(where).isEqualTo("boolean");
        } else if (c == long.class || c == int.class || c == Long.class || c == Integer.class) {
            assertThat(jsonType).as(where).isEqualTo("integer");
        } else if (c == UUID.class) {
            assertThat(jsonType + "/" + property.path("format").asString()).as(where).isEqualTo("string/uuid");
        } else if (c == Instant.class) {
            assertThat(jsonType + "/" + property.path("format").asString()).as(where).isEqualTo("string/date-time");
        } else if (c == LocalDate.class) {
            assertThat(jsonType + "/" + property.path("format").asString()).as(where).isEqualTo("string/date");
        } else if (c == YearMonth.class || c == String.class) {
            assertThat(jsonType).as(where).isEqualTo("string");
        } else {
            throw new AssertionError(where + ": no JSON Schema mapping for " + c.getName());
        }
    }
}
