package cn.medins.messaging.contract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import au.com.dius.pact.core.model.V4Interaction;
import cn.medins.messaging.inbox.InboundDecoder;
import cn.medins.messaging.inbox.InboundRecord;
import cn.medins.messaging.inbox.InboundSpec;
import cn.medins.testing.PactMessages;

/** A consumer's side of a message pact: the pact's message as the consumer's inbox decodes it from its topic. */
public final class PactInbound {

    /** The services' ObjectMapper as far as reading events goes: Java time, the rest from the consumers' own copies. */
    public static final ObjectMapper MAPPER = new ObjectMapper().findAndRegisterModules();

    private PactInbound() {
    }

    /** Decodes as the inbox does (type header, JSON Schema, payload type); fails when the consumer would skip it. */
    public static InboundRecord<JsonNode> decode(String topic, V4Interaction.AsynchronousMessage message,
            InboundSpec<JsonNode> spec) {
        return new InboundDecoder(MAPPER).decode(PactMessages.asRecord(topic, message), spec)
                .orElseThrow(() -> new AssertionError(spec.consumer() + " skips this event: it does not handle its type"));
    }
}
