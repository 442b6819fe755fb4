package cn.medins.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

/** The AsyncAPI document partners read describes exactly the topics and payloads the suite uses. */
class AsyncApiDocumentTest {

    private static JsonNode document;

    @BeforeAll
    static void read() throws Exception {
        try (InputStream in = AsyncApiDocumentTest.class.getClassLoader().getResourceAsStream("asyncapi.yaml")) {
            document = new ObjectMapper(new YAMLFactory()).readTree(in);
        }
    }

    @Test
    void describesEveryTopicAndItsDeadLetterTwinAndNothingElse() {
        Set<String> channels = new TreeSet<>();
        document.get("channels").fieldNames().forEachRemaining(channels::add);

        assertThat(channels).containsExactlyInAnyOrderElementsOf(Topics.allWithDeadLetters());
    }

    @Test
    void everyPayloadReferenceIsASchemaThatExists() {
        List<String> references = payloadReferences();

        assertThat(references).isNotEmpty();
        for (String reference : references) {
            String schemaName = reference.replaceFirst("^schemas/", "").replaceFirst("\\.json$", "");
            assertThat(EventSchemas.schema(schemaName)).as(reference).isNotNull();
        }
    }

    @Test
    void everyCatalogueEventIsDescribedOnItsTopicWithItsSchema() {
        for (EventCatalog.Entry entry : EventCatalog.ENTRIES) {
            JsonNode messages = document.at("/channels/" + entry.topic().replace("/", "~1") + "/subscribe/message/oneOf");
            boolean described = false;
            for (JsonNode message : messages) {
                described |= message.at("/title").asText().equals(entry.type().toString())
                        && message.at("/payload/$ref").asText().equals("schemas/" + entry.schema() + ".json");
            }
            assertThat(described).as("%s on %s", entry.type(), entry.topic()).isTrue();
        }
    }

    private static List<String> payloadReferences() {
        List<String> references = new ArrayList<>();
        collect(document.get("channels"), references);
        return references;
    }

    private static void collect(JsonNode node, List<String> references) {
        if (node.isObject()) {
            JsonNode payloadRef = node.at("/payload/$ref");
            if (!payloadRef.isMissingNode()) {
                references.add(payloadRef.asText());
            }
            node.elements().forEachRemaining(child -> collect(child, references));
        } else if (node.isArray()) {
            node.elements().forEachRemaining(child -> collect(child, references));
        }
    }
}
