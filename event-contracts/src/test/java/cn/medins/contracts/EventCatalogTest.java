package cn.medins.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/** The payload records and the JSON Schemas describe the same events: neither can drift from the other unnoticed. */
class EventCatalogTest {

    private static final ObjectMapper MAPPER = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

    static Stream<EventCatalog.Entry> entries() {
        return EventCatalog.ENTRIES.stream();
    }

    @ParameterizedTest
    @MethodSource("entries")
    void theSchemaExampleReadsIntoThePayloadRecordWithoutLosingAField(EventCatalog.Entry entry) throws Exception {
        JsonNode example = EventSchemas.schema(entry.schema()).getSchemaNode().get("examples").get(0);

        Object payload = MAPPER.treeToValue(example, entry.payloadType());
        JsonNode written = MAPPER.valueToTree(payload);

        assertThat(EventSchemas.validate(entry.schema(), written)).as("the record as published, against %s", entry.schema()).isEmpty();
        assertThat(written.properties().stream().map(java.util.Map.Entry::getKey))
                .as("fields of %s", entry.payloadType().getSimpleName())
                .containsExactlyInAnyOrderElementsOf(() -> example.fieldNames());
    }

    @ParameterizedTest
    @MethodSource("entries")
    void everyEventTravelsOnATopicOfTheSuite(EventCatalog.Entry entry) {
        assertThat(Topics.SUITE_OUTPUTS).contains(entry.topic());
    }
}
