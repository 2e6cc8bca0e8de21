package tw.smartdesk.platform.inbox;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import tw.smartdesk.events.EventJson;
import tw.smartdesk.events.EventType;
import tw.smartdesk.events.MalformedEventException;

/**
 * Checks an event value against the JSON Schema its contract publishes for its type and version
 * ({@code shared-events}, {@code schemas/<ceType>.json}), formats included. The schemas are closed
 * ({@code additionalProperties: false}): a producer is held to them as written ({@link #validateOutgoing}),
 * while a consumer reads tolerantly ({@link #validateIncoming}), with unknown properties allowed, so a
 * value from a newer producer that gained a field still passes. Each schema is compiled once per way; a
 * check costs a few microseconds for the small values SmartDesk sends.
 */
public final class EventSchemas {

    private static final JsonSchemaFactory FACTORY = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);
    private static final SchemaValidatorsConfig FORMATS_ASSERTED =
            SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build();
    private static final int REASONS_SHOWN = 3;
    private static final Map<EventType, JsonSchema> CLOSED = new ConcurrentHashMap<>();
    private static final Map<EventType, JsonSchema> TOLERANT = new ConcurrentHashMap<>();

    private EventSchemas() {
    }

    /**
     * A consumer's check: throws {@link MalformedEventException} naming the broken rules when {@code value} is
     * not valid JSON or fails the schema; properties the schema does not know are allowed.
     */
    public static void validateIncoming(EventType type, String value) {
        validate(TOLERANT.computeIfAbsent(type, key -> FACTORY.getSchema(tolerant(load(key)), FORMATS_ASSERTED)),
                type, value);
    }

    /** A producer's check, against the closed schema: throws {@link MalformedEventException} on any mismatch. */
    public static void validateOutgoing(EventType type, String value) {
        validate(CLOSED.computeIfAbsent(type, key -> FACTORY.getSchema(load(key), FORMATS_ASSERTED)), type, value);
    }

    private static void validate(JsonSchema schema, EventType type, String value) {
        JsonNode tree;
        try {
            tree = EventJson.mapper().readTree(value);
        } catch (JsonProcessingException e) {
            throw new MalformedEventException("Not a valid " + type.eventClass().getSimpleName() + ": "
                    + e.getOriginalMessage(), e);
        }
        Set<ValidationMessage> broken = schema.validate(tree);
        if (!broken.isEmpty()) {
            String reasons = broken.stream().limit(REASONS_SHOWN).map(ValidationMessage::getMessage)
                    .collect(Collectors.joining("; "));
            throw new MalformedEventException("Event of type " + type.ceType() + " fails its schema: " + reasons);
        }
    }

    /** The schema with every {@code additionalProperties: false} of an object with properties opened. */
    static JsonNode tolerant(JsonNode schema) {
        JsonNode copy = schema.deepCopy();
        open(copy);
        return copy;
    }

    private static void open(JsonNode node) {
        if (node instanceof ObjectNode object && object.has("properties")
                && object.path("additionalProperties").isBoolean()) {
            object.put("additionalProperties", true);
        }
        node.forEach(EventSchemas::open);
    }

    private static JsonNode load(EventType type) {
        try (InputStream in = EventType.class.getClassLoader().getResourceAsStream(type.schemaResource())) {
            if (in == null) {
                throw new IllegalStateException("The contract has no schema " + type.schemaResource());
            }
            return EventJson.mapper().readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
