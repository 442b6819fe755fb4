package cn.medins.messaging.outbox;

import java.util.Objects;

import cn.medins.contracts.EventType;

/**
 * An event a service announces: the topic, the record key (the insured id when it is about one person),
 * its CloudEvents type and subject, and the payload that is serialised to JSON.
 */
public record OutgoingEvent(String topic, String key, EventType type, String subject, Object payload) {

    public OutgoingEvent {
        Objects.requireNonNull(topic, "topic");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(payload, "payload");
    }

    /** An event about one person: keyed and subjected by the insured id, so the person's events stay in order. */
    public static OutgoingEvent aboutPerson(String topic, EventType type, String insuredId, Object payload) {
        return new OutgoingEvent(topic, insuredId, type, insuredId, payload);
    }
}
