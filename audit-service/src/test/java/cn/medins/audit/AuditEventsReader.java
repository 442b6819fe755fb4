package cn.medins.audit;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

import org.apache.kafka.clients.consumer.ConsumerRecord;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import cn.medins.contracts.CloudEventHeaders;
import cn.medins.contracts.EventType;
import cn.medins.contracts.Topics;
import cn.medins.testing.TestKafka;

/** Reads what the audit published on {@code audit.events}, as a downstream consumer would. */
final class AuditEventsReader {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    record Published(String key, String type, JsonNode payload) {
    }

    private AuditEventsReader() {
    }

    /** Waits for an event of the type whose payload matches, and returns it. */
    static Published await(EventType type, Predicate<JsonNode> matching) {
        List<ConsumerRecord<String, byte[]>> records = TestKafka.readUntil(Topics.AUDIT_EVENTS, Duration.ofSeconds(20),
                all -> find(all, type, matching).isPresent());
        return find(records, type, matching).orElseThrow();
    }

    /** Every event of the type on the topic now whose payload matches. */
    static List<Published> all(EventType type, Predicate<JsonNode> matching) {
        return TestKafka.readAll(Topics.AUDIT_EVENTS).stream().map(AuditEventsReader::published)
                .filter(p -> p.type().equals(type.toString()) && matching.test(p.payload()))
                .toList();
    }

    private static Optional<Published> find(List<ConsumerRecord<String, byte[]>> records, EventType type,
            Predicate<JsonNode> matching) {
        return records.stream().map(AuditEventsReader::published)
                .filter(p -> p.type().equals(type.toString()) && matching.test(p.payload()))
                .findFirst();
    }

    private static Published published(ConsumerRecord<String, byte[]> record) {
        try {
            return new Published(record.key(), String.valueOf(TestKafka.header(record, CloudEventHeaders.TYPE)),
                    MAPPER.readTree(record.value()));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
