package cn.medins.settlement.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;

import cn.medins.contracts.enrollment.PersonSnapshot;
import cn.medins.messaging.inbox.RejectedEventException;
import jakarta.enterprise.context.ApplicationScoped;

/** Reads other services' payloads tolerantly: an internal event may grow fields without breaking this consumer (EVENTS.md). */
@ApplicationScoped
public class InboundJson {

    private final ObjectReader reader;

    public InboundJson(ObjectMapper objectMapper) {
        this.reader = objectMapper.reader().without(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    }

    /** A payload, or a refusal that dead-letters the record. */
    public <T> T read(JsonNode payload, Class<T> type) {
        try {
            T value = reader.treeToValue(payload, type);
            if (value == null) {
                throw new RejectedEventException(type.getSimpleName() + " is missing");
            }
            return value;
        } catch (JsonProcessingException | IllegalArgumentException e) {
            throw new RejectedEventException(type.getSimpleName() + " is not readable: " + e.getMessage());
        }
    }

    /** A snapshot this service stored itself. */
    PersonSnapshot snapshot(String json) {
        try {
            return reader.forType(PersonSnapshot.class).readValue(json);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a stored person snapshot is not readable", e);
        }
    }
}
