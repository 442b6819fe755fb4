package cn.medins.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

class EventSchemasTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    static Stream<String> payloadSchemas() throws IOException, URISyntaxException {
        Path root = Path.of(EventSchemasTest.class.getClassLoader().getResource("schemas").toURI());
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(p -> p.toString().endsWith(".json"))
                    .map(p -> root.relativize(p).toString().replace('\\', '/').replaceAll("\\.json$", ""))
                    .filter(name -> !name.startsWith("common/"))
                    .sorted()
                    .toList()
                    .stream();
        }
    }

    @ParameterizedTest
    @MethodSource("payloadSchemas")
    void everySchemaCarriesExamplesThatValidateAgainstIt(String schemaName) {
        JsonNode examples = EventSchemas.schema(schemaName).getSchemaNode().get("examples");

        assertThat(examples).as("examples of %s", schemaName).isNotNull().isNotEmpty();
        for (JsonNode example : examples) {
            assertThat(EventSchemas.validate(schemaName, example)).as("violations of an example of %s", schemaName).isEmpty();
        }
    }

    @Test
    void namesTheMissingAndTheMalformedField() throws IOException {
        ObjectNode certificate = (ObjectNode) firstExample("partner/birth-certificate");
        certificate.remove("birthDate");
        ((ObjectNode) certificate.get("mother")).put("idNumber", "37160219900101122");

        List<SchemaViolation> violations = EventSchemas.validate("partner/birth-certificate", certificate);

        assertThat(violations).extracting(SchemaViolation::field)
                .containsExactlyInAnyOrder("$.birthDate", "$.mother.idNumber");
    }

    @Test
    void rejectsAnUnknownEnumValueAndMoreThanTwoDecimals() {
        ObjectNode event = (ObjectNode) firstExample("partner/employment-event");
        event.put("type", "FIRED");
        event.put("averageMonthlyWage", 6500.001);

        assertThat(EventSchemas.validate("partner/employment-event", event)).extracting(SchemaViolation::field)
                .contains("$.type", "$.averageMonthlyWage");
    }

    @Test
    void reportsTextThatIsNotJson() {
        assertThat(EventSchemas.validate("partner/birth-certificate", "{\"certificateNo\": ")).isNotEmpty();
    }

    private static JsonNode firstExample(String schemaName) {
        return EventSchemas.schema(schemaName).getSchemaNode().get("examples").get(0).deepCopy();
    }
}
