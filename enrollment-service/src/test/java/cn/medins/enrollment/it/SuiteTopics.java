package cn.medins.enrollment.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.List;

import org.apache.kafka.clients.consumer.ConsumerRecord;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import cn.medins.contracts.CloudEventHeaders;
import cn.medins.contracts.EventType;
import cn.medins.contracts.Topics;
import cn.medins.contracts.notification.Notification;
import cn.medins.testing.TestKafka;

/** What the service published, read back from the broker the way another service would. */
final class SuiteTopics {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration WAIT = Duration.ofSeconds(20);

    private SuiteTopics() {
    }

    /** The events of the type about the person, once at least {@code count} are there. */
    static List<JsonNode> enrollmentEvents(String insuredId, EventType type, int count) {
        return payloads(Topics.ENROLLMENT_EVENTS, insuredId, type, count);
    }

    static List<JsonNode> notifications(String insuredId, int count) {
        return payloads(Topics.NOTIFICATIONS, insuredId, Notification.TYPE, count);
    }

    /** The {@code dlq-reason} of the dead-lettered record with this key. */
    static String deadLetterReason(String topic, String key) {
        List<ConsumerRecord<String, byte[]>> records = TestKafka.readUntil(Topics.deadLetterOf(topic), WAIT,
                all -> all.stream().anyMatch(record -> key.equals(record.key())));
        return records.stream().filter(record -> key.equals(record.key())).findFirst()
                .map(record -> TestKafka.header(record, CloudEventHeaders.DLQ_REASON))
                .orElseThrow();
    }

    private static List<JsonNode> payloads(String topic, String key, EventType type, int count) {
        List<ConsumerRecord<String, byte[]>> records = TestKafka.readUntil(topic, WAIT,
                all -> matching(all, key, type).size() >= count);
        return matching(records, key, type).stream().map(SuiteTopics::json).toList();
    }

    private static List<ConsumerRecord<String, byte[]>> matching(List<ConsumerRecord<String, byte[]>> records, String key,
            EventType type) {
        return records.stream()
                .filter(record -> key.equals(record.key()))
                .filter(record -> type.toString().equals(TestKafka.header(record, CloudEventHeaders.TYPE)))
                .toList();
    }

    private static JsonNode json(ConsumerRecord<String, byte[]> record) {
        try {
            return JSON.readTree(record.value());
        } catch (IOException e) {
            throw new UncheckedIOException("unreadable record on " + record.topic(), e);
        }
    }
}
