package cn.medins.contracts;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.networknt.schema.PathType;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;

/**
 * The JSON Schemas of every payload, loaded from the classpath ({@code schemas/<name>.json}) and compiled once.
 * The schemas are the single source of the contract: consumers validate partner records on the way in and tests
 * validate what the services publish.
 */
public final class EventSchemas {

    /** The base of every schema's {@code $id}; resolved from the classpath, never fetched over the network. */
    public static final String BASE_URI = "https://medins.cn/schemas/";

    private static final JsonSchemaFactory FACTORY = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012,
            builder -> builder.schemaMappers(mappers -> mappers.mapPrefix(BASE_URI, "classpath:schemas/")));
    private static final SchemaValidatorsConfig CONFIG = SchemaValidatorsConfig.builder()
            .formatAssertionsEnabled(true)
            .pathType(PathType.JSON_PATH)
            .build();
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final Map<String, JsonSchema> COMPILED = new ConcurrentHashMap<>();

    private EventSchemas() {
    }

    /** Validates a parsed payload; an empty list means it conforms. */
    public static List<SchemaViolation> validate(String schemaName, JsonNode payload) {
        return toViolations(schema(schemaName).validate(payload));
    }

    /** Validates raw JSON text; text that is not JSON at all is reported as one violation of the root. */
    public static List<SchemaViolation> validate(String schemaName, String json) {
        JsonNode payload;
        try {
            payload = MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            return List.of(new SchemaViolation("$", "not valid JSON: " + e.getOriginalMessage()));
        }
        return validate(schemaName, payload == null ? MissingNode.getInstance() : payload);
    }

    public static JsonSchema schema(String schemaName) {
        return COMPILED.computeIfAbsent(schemaName, EventSchemas::load);
    }

    private static JsonSchema load(String schemaName) {
        String resource = "schemas/" + schemaName + ".json";
        if (EventSchemas.class.getClassLoader().getResource(resource) == null) {
            throw new IllegalArgumentException("no JSON Schema named '" + schemaName + "' (looked for " + resource + ")");
        }
        JsonSchema schema = FACTORY.getSchema(SchemaLocation.of(BASE_URI + schemaName + ".json"), CONFIG);
        schema.initializeValidators();
        return schema;
    }

    private static List<SchemaViolation> toViolations(Set<ValidationMessage> messages) {
        return messages.stream()
                .map(m -> new SchemaViolation(fieldOf(m), m.getError()))
                .distinct()
                .sorted(Comparator.comparing(SchemaViolation::field).thenComparing(SchemaViolation::message))
                .toList();
    }

    private static String fieldOf(ValidationMessage message) {
        String location = message.getInstanceLocation().toString();
        if (message.getProperty() != null && "required".equals(message.getType())) {
            location = location.equals("$") ? "$." + message.getProperty() : location + "." + message.getProperty();
        }
        return location;
    }
}
