package cn.medins.enrollment.messaging;

import java.util.Set;

import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import cn.medins.contracts.Topics;
import cn.medins.contracts.assistance.AssistanceEvents;
import cn.medins.enrollment.service.AssistanceFacts;
import cn.medins.messaging.inbox.InboundRecord;
import cn.medins.messaging.inbox.InboundSpec;
import cn.medins.messaging.inbox.Inbox;
import cn.medins.messaging.inbox.RejectedEventException;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/** The assistance decisions enrollment acts on; the other events of the topic are skipped by the inbox. */
@ApplicationScoped
public class AssistanceEventsConsumer {

    static final InboundSpec<JsonNode> SPEC = InboundSpec.events(Consumers.NAME, JsonNode.class, Set.of(
            AssistanceEvents.PREMIUM_SUBSIDY_GRANTED, AssistanceEvents.BENEFIT_GRANTED, AssistanceEvents.NEEDY_STATUS_CHANGED));

    private final Inbox inbox;
    private final AssistanceFacts facts;
    private final ObjectMapper mapper;

    public AssistanceEventsConsumer(Inbox inbox, AssistanceFacts facts, ObjectMapper objectMapper) {
        this.inbox = inbox;
        this.facts = facts;
        this.mapper = tolerant(objectMapper);
    }

    /** Newer producers may add fields (EVENTS.md versioning); money stays exact. */
    static ObjectMapper tolerant(ObjectMapper objectMapper) {
        return objectMapper.copy()
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);
    }

    @Incoming(Topics.ASSISTANCE_EVENTS)
    public Uni<Void> consume(ConsumerRecords<String, byte[]> records) {
        return inbox.processBatch(records, SPEC, this::apply);
    }

    private Uni<Void> apply(InboundRecord<JsonNode> inbound) {
        String source = Consumers.sourceOf(inbound);
        if (inbound.type().equals(AssistanceEvents.PREMIUM_SUBSIDY_GRANTED)) {
            return facts.subsidyGranted(read(mapper, inbound, AssistanceEvents.PremiumSubsidyGranted.class), source);
        }
        if (inbound.type().equals(AssistanceEvents.BENEFIT_GRANTED)) {
            return facts.benefitGranted(read(mapper, inbound, AssistanceEvents.BenefitGranted.class), source);
        }
        return facts.needyStatusChanged(read(mapper, inbound, AssistanceEvents.NeedyStatusChanged.class), source);
    }

    /** The event as enrollment reads it; its pact with assistance is written from this (AssistanceEventsPactTest). */
    static <T> T read(ObjectMapper mapper, InboundRecord<JsonNode> inbound, Class<T> type) {
        try {
            return mapper.treeToValue(inbound.payload(), type);
        } catch (JsonProcessingException | IllegalArgumentException e) {
            throw new RejectedEventException(inbound.type() + " does not map to " + type.getSimpleName() + ": "
                    + e.getMessage());
        }
    }
}
