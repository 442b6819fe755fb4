package cn.medins.messaging.inbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Set;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

import cn.medins.contracts.CloudEventHeaders;
import cn.medins.contracts.EventType;
import cn.medins.contracts.Topics;
import cn.medins.contracts.assistance.AssistanceEvents;
import cn.medins.contracts.partner.BirthCertificate;

class InboundDecoderTest {

    private static final InboundDecoder DECODER = new InboundDecoder(new ObjectMapper().registerModule(new JavaTimeModule()));
    private static final InboundSpec<BirthCertificate> BIRTHS = InboundSpec.partner("births", BirthCertificate.class,
            BirthCertificate.SCHEMA, BirthCertificate::businessKey);
    private static final InboundSpec<JsonNode> NEEDY = InboundSpec.events("needy", JsonNode.class,
            Set.of(AssistanceEvents.NEEDY_STATUS_CHANGED));
    private static final String CERTIFICATE = """
            {"certificateNo":"Q1","newbornName":"张小宝","sex":"F","birthDate":"2026-03-14","birthInstitutionId":"H3716001",
             "regionCode":"371600","mother":{"idNumber":"371602199001011221","name":"李娜"},"addedByANewerPartner":true}""";
    private static final String NEEDY_CHANGE = """
            {"idNumber":"371602196505051231","insuredId":null,"category":"LOW_INCOME","action":"GRANTED",
             "validFrom":"2026-05-01","validTo":null,"regionCode":"371600","cause":"c"}""";

    @Test
    void aPartnerRecordWithoutHeadersIsIdentifiedByItsPositionAndKeyedByItsBusinessKey() {
        InboundRecord<BirthCertificate> decoded = DECODER.decode(record(Topics.BIRTH_CERTIFICATES, CERTIFICATE, Map.of()), BIRTHS).orElseThrow();

        assertThat(decoded.eventId()).isEqualTo("partner.health.birth-certificates-2-41");
        assertThat(decoded.businessKey()).isEqualTo("Q1");
        assertThat(decoded.payload().mother().idNumber()).isEqualTo("371602199001011221");
    }

    @Test
    void aCloudEventIsIdentifiedByItsId() {
        InboundRecord<BirthCertificate> decoded = DECODER.decode(
                record(Topics.BIRTH_CERTIFICATES, CERTIFICATE, Map.of(CloudEventHeaders.ID, "abc")), BIRTHS).orElseThrow();

        assertThat(decoded.eventId()).isEqualTo("abc");
    }

    @Test
    void anEmptyOrNonObjectValueIsRefused() {
        assertThatThrownBy(() -> DECODER.decode(record(Topics.BIRTH_CERTIFICATES, "", Map.of()), BIRTHS))
                .isInstanceOf(RejectedEventException.class).hasMessageStartingWith("empty record value");
        assertThatThrownBy(() -> DECODER.decode(record(Topics.BIRTH_CERTIFICATES, "[1,2]", Map.of()), BIRTHS))
                .isInstanceOf(RejectedEventException.class).hasMessage("record value is not a JSON object");
    }

    @Test
    void aDeeplyNestedValueIsRefusedBeforeItCanExhaustTheStack() {
        String deep = "{\"a\":".repeat(5000) + "1" + "}".repeat(5000);

        assertThatThrownBy(() -> DECODER.decode(record(Topics.BIRTH_CERTIFICATES, deep, Map.of()), BIRTHS))
                .isInstanceOf(RejectedEventException.class).hasMessageContaining("nesting depth");
    }

    @Test
    void aSuiteEventWithoutTypeIsRefused() {
        assertThatThrownBy(() -> DECODER.decode(record(Topics.ASSISTANCE_EVENTS, NEEDY_CHANGE, Map.of()), NEEDY))
                .isInstanceOf(RejectedEventException.class).hasMessage("missing header ce_type");
    }

    @Test
    void anEventTheConsumerDoesNotHandleIsSkippedButAnUnknownVersionOfOneItHandlesIsRefused() {
        assertThat(DECODER.decode(record(Topics.ASSISTANCE_EVENTS, NEEDY_CHANGE,
                Map.of(CloudEventHeaders.TYPE, "assistance.BenefitGranted.v1")), NEEDY)).isEmpty();

        assertThatThrownBy(() -> DECODER.decode(record(Topics.ASSISTANCE_EVENTS, NEEDY_CHANGE,
                Map.of(CloudEventHeaders.TYPE, "assistance.NeedyStatusChanged.v2")), NEEDY))
                .isInstanceOf(RejectedEventException.class)
                .hasMessageStartingWith("unsupported version of assistance.NeedyStatusChanged");
    }

    @Test
    void aSuiteEventIsCheckedAgainstItsPublishedSchema() {
        String noCategory = NEEDY_CHANGE.replace("\"category\":\"LOW_INCOME\",", "");

        assertThatThrownBy(() -> DECODER.decode(record(Topics.ASSISTANCE_EVENTS, noCategory,
                Map.of(CloudEventHeaders.TYPE, new EventType("assistance", "NeedyStatusChanged", 1).toString())), NEEDY))
                .isInstanceOf(RejectedEventException.class)
                .hasMessageContaining("assistance/needy-status-changed")
                .hasMessageContaining("$.category");
    }

    @Test
    void anOptionalFieldAddedByANewerProducerDoesNotBreakAConsumerOfTheSameMajorVersion() {
        record NeedyStatusV1Reader(String idNumber, String category, String action) {
        }
        InboundSpec<NeedyStatusV1Reader> oldConsumer = InboundSpec.events("old", NeedyStatusV1Reader.class,
                Set.of(AssistanceEvents.NEEDY_STATUS_CHANGED));
        String withNewField = NEEDY_CHANGE.replace("\"cause\":\"c\"", "\"cause\":\"c\",\"householdSize\":3");

        NeedyStatusV1Reader read = DECODER.decode(record(Topics.ASSISTANCE_EVENTS, withNewField,
                Map.of(CloudEventHeaders.TYPE, "assistance.NeedyStatusChanged.v1")), oldConsumer).orElseThrow().payload();

        assertThat(read).isEqualTo(new NeedyStatusV1Reader("371602196505051231", "LOW_INCOME", "GRANTED"));
    }

    @Test
    void aValueOfTheWrongTypeIsRefusedNamingTheField() {
        InboundSpec<BirthCertificate> unvalidated = new InboundSpec<>("births", BirthCertificate.class, null, null, Set.of());
        String wrongDate = CERTIFICATE.replace("\"2026-03-14\"", "\"14 March\"");

        assertThatThrownBy(() -> DECODER.decode(record(Topics.BIRTH_CERTIFICATES, wrongDate, Map.of()), unvalidated))
                .isInstanceOf(RejectedEventException.class).hasMessageStartingWith("field $.birthDate");
    }

    private static ConsumerRecord<String, byte[]> record(String topic, String value, Map<String, String> headers) {
        ConsumerRecord<String, byte[]> record = new ConsumerRecord<>(topic, 2, 41, "key", value.getBytes(StandardCharsets.UTF_8));
        headers.forEach((name, headerValue) -> record.headers().add(name, headerValue.getBytes(StandardCharsets.UTF_8)));
        return record;
    }
}
