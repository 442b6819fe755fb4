package cn.medins.assistance.messaging;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import cn.medins.contracts.EventType;
import cn.medins.messaging.inbox.InboundRecord;
import cn.medins.messaging.inbox.RejectedEventException;
import jakarta.enterprise.context.ApplicationScoped;

/** Maps the JSON of a suite event to its contract record, for consumers that dispatch several types of one topic. */
@ApplicationScoped
public class EventPayloads {

    private final ObjectMapper mapper;

    public EventPayloads(ObjectMapper objectMapper) {
        // Producers may add fields to their events (EVENTS.md versioning): this consumer must still read them.
        this.mapper = objectMapper.copy()
                .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    }

    public <T> T read(InboundRecord<JsonNode> inbound, Class<T> type) {
        return read(inbound.payload(), inbound.type(), type);
    }

    /** @param json the payload or a part of it, of an event of type {@code eventType} */
    public <T> T read(JsonNode json, EventType eventType, Class<T> type) {
        try {
            return mapper.treeToValue(json, type);
        } catch (JsonProcessingException | IllegalArgumentException e) {
            throw new RejectedEventException(eventType + " does not map to " + type.getSimpleName() + ": " + e.getMessage());
        }
    }
}
