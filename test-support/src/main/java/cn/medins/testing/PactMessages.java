package cn.medins.testing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.kafka.clients.consumer.ConsumerRecord;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

import au.com.dius.pact.consumer.MessagePactBuilder;
import au.com.dius.pact.consumer.dsl.PactDslJsonBody;
import au.com.dius.pact.consumer.dsl.PactDslJsonRootValue;
import au.com.dius.pact.core.model.V4Interaction;
import au.com.dius.pact.core.model.V4Pact;
import au.com.dius.pact.provider.MessageAndMetadata;
import cn.medins.contracts.CloudEventHeaders;
import cn.medins.contracts.EventCatalog;
import cn.medins.contracts.EventSchemas;
import cn.medins.contracts.EventType;
import cn.medins.contracts.SchemaViolation;
import cn.medins.contracts.enrollment.EnrollmentEvents;

/**
 * The two ends of a message pact between services. A consumer's test receives the pact's message as the Kafka record
 * its inbox would read; a provider's test hands the event its own code builds to the verifier as its outbox would
 * publish it.
 */
public final class PactMessages {

    /** Pact's own key for the content type; every other metadata entry is a Kafka header. */
    private static final String CONTENT_TYPE = "contentType";
    /** Quarkus's ObjectMapper as the services' outboxes use it: modules found, dates as ISO text. */
    private static final ObjectMapper JSON = new ObjectMapper().findAndRegisterModules()
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    private PactMessages() {
    }

    /**
     * A consumer's expectation of one event: described by its CloudEvents type (which the provider's verification method
     * names), with that type header, and a payload shaped like {@code exampleJson} (see {@link #shapedLike}).
     */
    public static V4Pact expectsEvent(MessagePactBuilder builder, EventType type, String exampleJson) {
        return builder.expectsToReceive(type.toString())
                .withMetadata(metadataOf(type))
                .withContent(shapedLike(exampleJson))
                .toPact(V4Pact.class);
    }

    /** Several events of one provider in one pact, each as {@link #expectsEvent} describes it. */
    public static V4Pact expectsEvents(MessagePactBuilder builder, Map<EventType, String> examplesByType) {
        MessagePactBuilder messages = builder;
        for (Map.Entry<EventType, String> example : examplesByType.entrySet()) {
            messages = messages.expectsToReceive(example.getKey().toString())
                    .withMetadata(metadataOf(example.getKey()))
                    .withContent(shapedLike(example.getValue()));
        }
        return messages.toPact(V4Pact.class);
    }

    /**
     * Every enrollment event with {@code personJson} as its snapshot, and the fields its schema requires besides: the
     * events a projection of insured persons reads the snapshot from, whatever happened to the person.
     */
    public static Map<EventType, String> enrollmentEventsCarrying(String personJson) {
        Map<EventType, String> events = new LinkedHashMap<>();
        events.put(EnrollmentEvents.PERSON_ENROLLED, """
                {"person":%s,"enrolmentId":"E-1","cause":"request:1"}""".formatted(personJson));
        events.put(EnrollmentEvents.ENROLLMENT_CHANGED, """
                {"person":%s,"closedEnrolmentId":"E-0","openedEnrolmentId":"E-1","change":"CATEGORY",
                 "cause":"partner.hr.employment-events-0-17"}""".formatted(personJson));
        events.put(EnrollmentEvents.IDENTITY_LINKED, """
                {"person":%s,"idNumber":"371602198001017119","birthCertificateNo":"Q3716001",
                 "cause":"partner.police.household-registrations-0-3"}""".formatted(personJson));
        events.put(EnrollmentEvents.QUALIFICATION_GRANTED, """
                {"person":%s,"disease":"DIABETES","cause":"benefit:D-1"}""".formatted(personJson));
        events.put(EnrollmentEvents.REMOTE_CARE_REGISTERED, """
                {"person":%s,"registrationId":"R-1","cause":"request:online-7"}""".formatted(personJson));
        events.put(EnrollmentEvents.TRANSFER_COMPLETED, """
                {"person":%s,"fromRegionCode":"370100","toRegionCode":"371600","effectiveDate":"2026-06-01",
                 "contributionMonthsCarried":65,"cause":"partner.hr.employment-events-2-9"}""".formatted(personJson));
        return events;
    }

    /** What a consumer relies on besides the payload: the CloudEvents type header, and JSON. */
    static Map<String, Object> metadataOf(EventType type) {
        return Map.of(CloudEventHeaders.TYPE, type.toString(), CONTENT_TYPE, "application/json");
    }

    /**
     * A body that matches any payload shaped like {@code exampleJson}: every field it names present with a value of the
     * same type, arrays with at least one such element. Null and empty fields are left out: a consumer that names a
     * field relies on it, and a provider may send more than any one consumer reads.
     */
    public static PactDslJsonBody shapedLike(String exampleJson) {
        try {
            PactDslJsonBody body = new PactDslJsonBody();
            addFields(body, JSON.readTree(exampleJson));
            return body;
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("the example is not JSON: " + e.getOriginalMessage(), e);
        }
    }

    private static void addFields(PactDslJsonBody body, JsonNode example) {
        example.fields().forEachRemaining(field -> {
            String name = field.getKey();
            JsonNode value = field.getValue();
            if (value.isObject()) {
                PactDslJsonBody child = body.object(name);
                addFields(child, value);
                child.closeObject();
            } else if (value.isArray() && !value.isEmpty()) {
                addArray(body, name, value.get(0));
            } else if (value.isTextual()) {
                body.stringType(name, value.asText());
            } else if (value.isNumber()) {
                body.numberType(name, value.numberValue());
            } else if (value.isBoolean()) {
                body.booleanType(name, value.asBoolean());
            }
        });
    }

    private static void addArray(PactDslJsonBody body, String name, JsonNode first) {
        if (first.isObject()) {
            PactDslJsonBody element = body.eachLike(name);
            addFields(element, first);
            element.closeArray();
        } else if (first.isNumber()) {
            body.eachLike(name, PactDslJsonRootValue.numberType(first.numberValue()));
        } else {
            body.eachLike(name, PactDslJsonRootValue.stringType(first.asText()));
        }
    }

    /** The message as it arrives from {@code topic}: its metadata as headers, its contents as the value. */
    public static ConsumerRecord<String, byte[]> asRecord(String topic, V4Interaction.AsynchronousMessage message) {
        ConsumerRecord<String, byte[]> record = new ConsumerRecord<>(topic, 0, 0L, "pact", message.contentsAsBytes());
        message.getContents().getMetadata().forEach((name, value) -> {
            if (!CONTENT_TYPE.equals(name)) {
                record.headers().add(name, String.valueOf(value).getBytes(StandardCharsets.UTF_8));
            }
        });
        return record;
    }

    /** The event as the outbox publishes it: JSON that must conform to its schema, and the type header. */
    public static MessageAndMetadata published(EventType type, Object payload) {
        try {
            byte[] json = JSON.writeValueAsBytes(payload);
            String schema = EventCatalog.of(type).orElseThrow(() -> new AssertionError(type + " is not in the catalogue")).schema();
            List<SchemaViolation> violations = EventSchemas.validate(schema, JSON.readTree(json));
            if (!violations.isEmpty()) {
                throw new AssertionError(type + " breaks its schema " + schema + ": " + violations);
            }
            return new MessageAndMetadata(json, metadataOf(type));
        } catch (IOException e) {
            throw new AssertionError("cannot serialise " + type, e);
        }
    }
}
