package cn.medins.messaging.outbox;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import cn.medins.contracts.CloudEventHeaders;
import cn.medins.contracts.EventCatalog;
import cn.medins.contracts.EventSchemas;
import cn.medins.contracts.EventType;
import cn.medins.contracts.SchemaViolation;
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
    private final boolean validateSchemas;

    public Outbox(ObjectMapper objectMapper, @ConfigProperty(name = "quarkus.application.name") String source,
            OutboxConfig config) {
        this.objectMapper = objectMapper;
        this.source = source;
        this.validateSchemas = config.validateSchemas();
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
        if (validateSchemas) {
            requireConformance(event.type(), row.payload);
        }
        return row.persist().replaceWith(row.id);
    }

    /** A payload that breaks its published schema is a bug of this service: it fails the change instead of leaving. */
    private void requireConformance(EventType type, byte[] payload) {
        EventCatalog.of(type).ifPresent(entry -> {
            List<SchemaViolation> violations;
            try {
                violations = EventSchemas.validate(entry.schema(), objectMapper.readTree(payload));
            } catch (IOException e) {
                throw new IllegalStateException("cannot re-read the serialised " + type, e);
            }
            if (!violations.isEmpty()) {
                throw new IllegalStateException(type + " does not match schema " + entry.schema() + ": " + violations);
            }
        });
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
