package cn.medins.messaging.inbox;

import com.fasterxml.jackson.databind.JsonNode;

import cn.medins.contracts.EventType;

/**
 * A consumed record after decoding: its identity, where it came from, the JSON as received and the typed payload.
 *
 * @param eventId {@code ce_id}, or {@code topic-partition-offset} for a partner record without CloudEvents headers
 * @param type the CloudEvents type, {@code null} for a partner record
 */
public record InboundRecord<T>(String eventId, EventType type, String source, String subject, String key,
        String topic, int partition, long offset, JsonNode json, T payload, String businessKey) {

    /** Where the record was read, for decisions that must say which facts they matched. */
    public String position() {
        return topic + "-" + partition + "@" + offset;
    }
}
