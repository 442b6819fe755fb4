package cn.medins.enrollment.messaging;

import cn.medins.messaging.inbox.InboundRecord;

/** The name this service records in the inbox and in {@code dlq-consumer}; also its Kafka group id. */
final class Consumers {

    static final String NAME = "enrollment-service";

    private Consumers() {
    }

    /**
     * The cause recorded on what a record changed: its event id, prefixed by the topic unless the id (a plain
     * producer's topic-partition-offset) already names it.
     */
    static String sourceOf(InboundRecord<?> inbound) {
        return inbound.eventId().startsWith(inbound.topic()) ? inbound.eventId() : inbound.topic() + ":" + inbound.eventId();
    }
}
