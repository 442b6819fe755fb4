package cn.medins.messaging.outbox;

import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import cn.medins.contracts.CloudEventHeaders;
import cn.medins.contracts.Topics;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Writes events into the outbox table. It must be called inside the transaction of the state change
 * ({@code @WithTransaction}), so the event exists if and only if the change was committed.
 */
@ApplicationScoped
public class Outbox {

    private final ObjectMapper objectMapper;
    private final String source;

    public Outbox(ObjectMapper objectMapper, @ConfigProperty(name = "quarkus.application.name") String source) {
        this.objectMapper = objectMapper;
        this.source = source;
    }

    /** Records the event; returns its id, which becomes {@code ce_id}. */
    public Uni<UUID> publish(OutgoingEvent event) {
        OutboxEvent row = new OutboxEvent();
        row.id = UUID.randomUUID();
        row.topic = event.topic();
        row.recordKey = event.key();
        row.ceType = event.type().toString();
        row.ceSource = source;
        row.ceSubject = event.subject();
        row.ceTime = OffsetDateTime.now(ZoneOffset.UTC);
        row.headers = Map.of();
        row.payload = toJson(event.payload());
        return row.persist().replaceWith(row.id);
    }

    /**
     * Records a copy of a consumed record for {@code <topic>.dlq}: its key, value and headers unchanged,
     * plus why it was refused and by whom.
     */
    public Uni<UUID> deadLetter(ConsumerRecord<String, byte[]> record, String consumer, String reason) {
        Map<String, String> headers = new LinkedHashMap<>();
        for (Header header : record.headers()) {
            if (header.value() != null) {
                headers.put(header.key(), new String(header.value(), StandardCharsets.UTF_8));
            }
        }
        headers.put(CloudEventHeaders.DLQ_REASON, reason);
        headers.put(CloudEventHeaders.DLQ_CONSUMER, consumer);
        headers.put(CloudEventHeaders.DLQ_ORIGINAL_TOPIC, record.topic());
        headers.put(CloudEventHeaders.DLQ_ORIGINAL_PARTITION, Integer.toString(record.partition()));
        headers.put(CloudEventHeaders.DLQ_ORIGINAL_OFFSET, Long.toString(record.offset()));

        OutboxEvent row = new OutboxEvent();
        row.id = UUID.randomUUID();
        row.topic = Topics.deadLetterOf(record.topic());
        row.recordKey = record.key();
        row.ceTime = OffsetDateTime.now(ZoneOffset.UTC);
        row.headers = headers;
        row.payload = record.value() == null ? new byte[0] : record.value();
        return row.persist().replaceWith(row.id);
    }

    private byte[] toJson(Object payload) {
        try {
            return objectMapper.writeValueAsBytes(payload);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("cannot serialise " + payload.getClass().getSimpleName() + ": " + e.getOriginalMessage(), e);
        }
    }
}
