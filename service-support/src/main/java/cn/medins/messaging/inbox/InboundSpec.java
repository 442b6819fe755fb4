package cn.medins.messaging.inbox;

import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

import cn.medins.contracts.EventType;

/**
 * How one consumer reads one topic.
 *
 * @param consumer the consumer's name, recorded in the inbox and in {@code dlq-consumer}
 * @param payloadType the record the JSON value is mapped to ({@code JsonNode} to dispatch by type yourself)
 * @param schema the JSON Schema the value must satisfy, or {@code null} for none
 * @param businessKey the partner's business key of a payload, deduplicated besides the event id; {@code null} for none
 * @param handledTypes the event types the consumer handles; empty for partner records, which carry no type.
 *        A record of another event of the topic is skipped; one of a handled event in another major version is refused.
 */
public record InboundSpec<T>(String consumer, Class<T> payloadType, String schema, Function<T, String> businessKey,
        Set<EventType> handledTypes) {

    public InboundSpec {
        Objects.requireNonNull(consumer, "consumer");
        Objects.requireNonNull(payloadType, "payloadType");
        handledTypes = Set.copyOf(handledTypes);
    }

    /** A partner topic: plain JSON that may come without CloudEvents headers, validated and deduplicated on its key. */
    public static <T> InboundSpec<T> partner(String consumer, Class<T> payloadType, String schema, Function<T, String> businessKey) {
        return new InboundSpec<>(consumer, payloadType, Objects.requireNonNull(schema, "schema"),
                Objects.requireNonNull(businessKey, "businessKey"), Set.of());
    }

    /** A topic of the suite: CloudEvents records of the given types. */
    public static <T> InboundSpec<T> events(String consumer, Class<T> payloadType, Set<EventType> handledTypes) {
        if (handledTypes.isEmpty()) {
            throw new IllegalArgumentException("a consumer of suite events names the types it handles");
        }
        return new InboundSpec<>(consumer, payloadType, null, null, handledTypes);
    }
}
