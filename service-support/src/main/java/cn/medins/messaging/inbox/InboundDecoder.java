package cn.medins.messaging.inbox;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;

import cn.medins.contracts.CloudEventHeaders;
import cn.medins.contracts.EventCatalog;
import cn.medins.contracts.EventSchemas;
import cn.medins.contracts.EventType;
import cn.medins.contracts.SchemaViolation;

/**
 * Turns a raw Kafka record into an {@link InboundRecord}, or refuses it with a reason that names what is wrong.
 * Plain Java, so every refusal can be unit-tested without a broker.
 */
public final class InboundDecoder {

    private final ObjectMapper mapper;

    /**
     * @param objectMapper the application's mapper; a copy is made that keeps money exact and tolerates fields added
     *        by newer producers, as the versioning rules allow
     */
    public InboundDecoder(ObjectMapper objectMapper) {
        this.mapper = objectMapper.copy()
                .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS);
    }

    /** @return the decoded record, or empty when it is an event of the topic this consumer does not handle */
    public <T> Optional<InboundRecord<T>> decode(ConsumerRecord<String, byte[]> record, InboundSpec<T> spec) {
        EventType type = null;
        if (!spec.handledTypes().isEmpty()) {
            type = eventType(record);
            if (!handles(spec, type)) {
                return Optional.empty();
            }
        }
        JsonNode json = parse(record.value());
        String schema = spec.schema() != null ? spec.schema()
                : type == null ? null : EventCatalog.of(type).map(EventCatalog.Entry::schema).orElse(null);
        if (schema != null) {
            List<SchemaViolation> violations = EventSchemas.validate(schema, json);
            if (!violations.isEmpty()) {
                throw new RejectedEventException("does not match schema " + schema + ": "
                        + violations.stream().map(SchemaViolation::toString).collect(Collectors.joining("; ")));
            }
        }
        T payload = map(json, spec.payloadType());
        String businessKey = spec.businessKey() == null ? null : spec.businessKey().apply(payload);
        String eventId = header(record, CloudEventHeaders.ID)
                .orElse(record.topic() + "-" + record.partition() + "-" + record.offset());
        return Optional.of(new InboundRecord<>(eventId, type, header(record, CloudEventHeaders.SOURCE).orElse(null),
                header(record, CloudEventHeaders.SUBJECT).orElse(null), record.key(), record.topic(), record.partition(),
                record.offset(), json, payload, businessKey));
    }

    /** The event id the inbox records for a record that cannot even be decoded. */
    public static String fallbackEventId(ConsumerRecord<String, byte[]> record) {
        return header(record, CloudEventHeaders.ID).orElse(record.topic() + "-" + record.partition() + "-" + record.offset());
    }

    private static boolean handles(InboundSpec<?> spec, EventType type) {
        boolean sameEvent = false;
        for (EventType handled : spec.handledTypes()) {
            if (handled.equals(type)) {
                return true;
            }
            sameEvent |= handled.domain().equals(type.domain()) && handled.name().equals(type.name());
        }
        if (sameEvent) {
            throw new RejectedEventException("unsupported version of " + type.domain() + "." + type.name() + ": " + type
                    + " (this consumer reads " + spec.handledTypes() + ")");
        }
        return false;
    }

    private static EventType eventType(ConsumerRecord<String, byte[]> record) {
        String ceType = header(record, CloudEventHeaders.TYPE)
                .orElseThrow(() -> new RejectedEventException("missing header " + CloudEventHeaders.TYPE));
        try {
            return EventType.parse(ceType);
        } catch (IllegalArgumentException e) {
            throw new RejectedEventException(e.getMessage());
        }
    }

    private JsonNode parse(byte[] value) {
        if (value == null || value.length == 0) {
            throw new RejectedEventException("empty record value: a JSON object is required");
        }
        try {
            JsonNode json = mapper.readTree(value);
            if (json == null || !json.isObject()) {
                throw new RejectedEventException("record value is not a JSON object");
            }
            return json;
        } catch (JsonProcessingException e) {
            throw new RejectedEventException("record value is not valid UTF-8 JSON: " + e.getOriginalMessage());
        } catch (IOException e) {
            throw new RejectedEventException("record value cannot be read: " + e.getMessage());
        }
    }

    private <T> T map(JsonNode json, Class<T> payloadType) {
        if (payloadType.isInstance(json)) {
            return payloadType.cast(json);
        }
        try {
            return mapper.treeToValue(json, payloadType);
        } catch (MismatchedInputException e) {
            throw new RejectedEventException("field " + fieldPath(e) + ": " + e.getOriginalMessage());
        } catch (JsonProcessingException | IllegalArgumentException e) {
            throw new RejectedEventException("payload does not map to " + payloadType.getSimpleName() + ": " + e.getMessage());
        }
    }

    private static String fieldPath(MismatchedInputException e) {
        return e.getPath().stream()
                .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
                .collect(Collectors.joining(".", "$.", ""));
    }

    private static Optional<String> header(ConsumerRecord<String, byte[]> record, String name) {
        Header header = record.headers().lastHeader(name);
        if (header == null || header.value() == null) {
            return Optional.empty();
        }
        return Optional.of(new String(header.value(), StandardCharsets.UTF_8));
    }
}
