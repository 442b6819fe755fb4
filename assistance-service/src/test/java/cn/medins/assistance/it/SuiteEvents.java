package cn.medins.assistance.it;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Predicate;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

import cn.medins.contracts.CloudEventHeaders;
import cn.medins.contracts.EventType;
import cn.medins.contracts.Topics;
import cn.medins.contracts.partner.NeedyCategory;
import cn.medins.contracts.settlement.SettlementEvents;
import cn.medins.contracts.settlement.SettlementEvents.AssistanceFigures;
import cn.medins.contracts.settlement.SettlementEvents.MaternityLeave;
import cn.medins.contracts.settlement.SettlementEvents.PolicyActivated;
import cn.medins.testing.TestKafka;

/** Plays the other services and the partners on the real broker, and reads what this service published. */
final class SuiteEvents {

    static final ObjectMapper JSON = new ObjectMapper().findAndRegisterModules()
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    /** The reference policy's version, as the claims of these tests name it. */
    static final String REFERENCE_VERSION = "371600-2026.1";

    private static final AtomicBoolean REFERENCE_ANNOUNCED = new AtomicBoolean();

    private SuiteEvents() {
    }

    /** The figures of settlement's reference policy (policies/371600-2026.json), as its PolicyActivated carries them. */
    static AssistanceFigures referenceFigures() {
        return new AssistanceFigures(new BigDecimal("350"), Map.of(NeedyCategory.EXTREME_POVERTY, new BigDecimal("1.00"),
                NeedyCategory.LOW_INCOME, new BigDecimal("0.70"), NeedyCategory.RETURNED_TO_POVERTY, new BigDecimal("0.70"),
                NeedyCategory.LOW_INCOME_MARGINAL, new BigDecimal("0.50"), NeedyCategory.MONITORED, new BigDecimal("0.50")),
                new BigDecimal("5000"), new MaternityLeave(98, 15, 15));
    }

    /** A version settlement activated, keyed by its region as settlement's outbox writes it. */
    static void policyActivated(String policyId, String version, String regionCode, LocalDate effectiveFrom, long activation,
            AssistanceFigures figures) {
        PolicyActivated activated = new PolicyActivated(policyId, version, regionCode, effectiveFrom.getYear(), effectiveFrom,
                activation, OffsetDateTime.now(), figures);
        TestKafka.send(Topics.SETTLEMENT_EVENTS, regionCode, bytes(activated),
                headers(UUID.randomUUID().toString(), regionCode, SettlementEvents.POLICY_ACTIVATED));
    }

    /**
     * Settlement announces its seeded reference policy when it first starts, before any claim: so does every test here,
     * before the first event it sends.
     */
    private static void referencePolicyAnnounced() {
        if (REFERENCE_ANNOUNCED.compareAndSet(false, true)) {
            policyActivated("00000000-0000-4000-8000-000000371600", REFERENCE_VERSION, "371600", LocalDate.of(2026, 1, 1), 1,
                    referenceFigures());
        }
    }

    /** A suite event as another service's outbox relay writes it: JSON value, CloudEvents binary headers; returns ce_id. */
    static String publish(String topic, String key, EventType type, Object payload) {
        String id = UUID.randomUUID().toString();
        publishAs(id, topic, key, type, payload);
        return id;
    }

    /** The same event again (a redelivery): same ce_id. */
    static void publishAs(String id, String topic, String key, EventType type, Object payload) {
        referencePolicyAnnounced();
        TestKafka.send(topic, key, bytes(payload), headers(id, key, type));
    }

    /** Suite events on one key, each with its own ce_id, sent back to back: a waiting consumer receives them in one poll. */
    static void publishTogether(String topic, String key, EventType type, List<?> payloads) {
        referencePolicyAnnounced();
        TestKafka.sendTogether(payloads.stream().map(payload -> {
            ProducerRecord<String, byte[]> record = new ProducerRecord<>(topic, key, bytes(payload));
            headers(UUID.randomUUID().toString(), key, type)
                    .forEach((name, value) -> record.headers().add(name, value.getBytes(StandardCharsets.UTF_8)));
            return record;
        }).toList());
    }

    private static Map<String, String> headers(String id, String key, EventType type) {
        return Map.of(
                CloudEventHeaders.SPEC_VERSION, CloudEventHeaders.SPEC_VERSION_VALUE,
                CloudEventHeaders.ID, id,
                CloudEventHeaders.TYPE, type.toString(),
                CloudEventHeaders.SOURCE, type.domain() + "-service",
                CloudEventHeaders.TIME, OffsetDateTime.now().toString(),
                CloudEventHeaders.SUBJECT, key,
                CloudEventHeaders.CONTENT_TYPE, CloudEventHeaders.JSON);
    }

    /** A partner record from a plain producer: no headers at all. */
    static void partner(String topic, String key, Object payload) {
        referencePolicyAnnounced();
        TestKafka.send(topic, key, bytes(payload), Map.of());
    }

    /** This service's events of one type on a topic that concern the person, waiting until {@code done} holds. */
    static List<JsonNode> awaitOn(String topic, EventType type, Predicate<JsonNode> concerned, Predicate<List<JsonNode>> done) {
        AtomicReference<List<JsonNode>> found = new AtomicReference<>(List.of());
        TestKafka.readUntil(topic, Duration.ofSeconds(30), records -> {
            found.set(matching(records, type, concerned));
            return done.test(found.get());
        });
        return found.get();
    }

    static List<JsonNode> awaitOn(String topic, EventType type, String idNumber) {
        return awaitOn(topic, type, about(idNumber), list -> !list.isEmpty());
    }

    /** Everything of the type concerning the person that is on the topic now. */
    static List<JsonNode> allOn(String topic, EventType type, Predicate<JsonNode> concerned) {
        return matching(TestKafka.readAll(topic), type, concerned);
    }

    static List<JsonNode> allOn(String topic, EventType type, String idNumber) {
        return allOn(topic, type, about(idNumber));
    }

    static Predicate<JsonNode> about(String idNumber) {
        return json -> idNumber.equals(json.path("idNumber").asText());
    }

    static Predicate<JsonNode> toInsured(String insuredId) {
        return json -> insuredId.equals(json.path("insuredId").asText());
    }

    /** Dead letters of a topic whose value mentions the text (e.g. the ID number). */
    static List<ConsumerRecord<String, byte[]>> awaitDeadLetter(String topic, String text) {
        List<ConsumerRecord<String, byte[]>> records = TestKafka.readUntil(Topics.deadLetterOf(topic), Duration.ofSeconds(30),
                all -> all.stream().anyMatch(r -> TestKafka.value(r).contains(text)));
        return records.stream().filter(r -> TestKafka.value(r).contains(text)).toList();
    }

    private static List<JsonNode> matching(List<ConsumerRecord<String, byte[]>> records, EventType type,
            Predicate<JsonNode> concerned) {
        return records.stream()
                .filter(r -> type.toString().equals(TestKafka.header(r, CloudEventHeaders.TYPE)))
                .map(SuiteEvents::tree)
                .filter(concerned)
                .toList();
    }

    private static JsonNode tree(ConsumerRecord<String, byte[]> record) {
        try {
            return JSON.readTree(new String(record.value(), StandardCharsets.UTF_8));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] bytes(Object payload) {
        try {
            return JSON.writeValueAsBytes(payload);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
