package cn.medins.audit.messaging;

import java.util.List;
import java.util.Set;

import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import cn.medins.audit.service.ScreeningService;
import cn.medins.contracts.Topics;
import cn.medins.contracts.settlement.SettlementEvents;
import cn.medins.contracts.settlement.SettlementEvents.ClaimSettled;
import cn.medins.contracts.settlement.SettlementEvents.SettlementReversed;
import cn.medins.messaging.inbox.InboundRecord;
import cn.medins.messaging.inbox.InboundRuns;
import cn.medins.messaging.inbox.InboundSpec;
import cn.medins.messaging.inbox.Inbox;
import cn.medins.messaging.inbox.RejectedEventException;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/** Screens every settled claim and takes reversed ones back out of the history; other settlement events are skipped. */
@ApplicationScoped
public class SettlementEventsConsumer {

    static final String CONSUMER = "audit-service";
    static final InboundSpec<JsonNode> SPEC = InboundSpec.events(CONSUMER, JsonNode.class,
            Set.of(SettlementEvents.CLAIM_SETTLED, SettlementEvents.SETTLEMENT_REVERSED));

    private final Inbox inbox;
    private final ScreeningService screening;
    private final ObjectMapper mapper;

    public SettlementEventsConsumer(Inbox inbox, ScreeningService screening, ObjectMapper objectMapper) {
        this.inbox = inbox;
        this.screening = screening;
        this.mapper = tolerant(objectMapper);
    }

    /** Settlement may add fields to its events (EVENTS.md versioning): an older audit must still read them. */
    static ObjectMapper tolerant(ObjectMapper objectMapper) {
        return objectMapper.copy()
                .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    }

    @Incoming(Topics.SETTLEMENT_EVENTS)
    public Uni<Void> consume(ConsumerRecords<String, byte[]> records) {
        return inbox.processTogether(records, SPEC, this::apply);
    }

    /**
     * Settled claims that follow each other are screened together; a reversal is applied where it stands, so a claim
     * after it is judged without the reversed one, and one before it with.
     */
    private Uni<Void> apply(List<InboundRecord<JsonNode>> fresh) {
        return InboundRuns.apply(fresh, SettlementEventsConsumer::isSettled,
                run -> screening.screen(run.stream().map(inbound -> read(mapper, inbound, ClaimSettled.class)).toList())
                        .replaceWithVoid(),
                reversal -> screening.reverse(read(mapper, reversal, SettlementReversed.class)));
    }

    private static boolean isSettled(InboundRecord<JsonNode> inbound) {
        return SettlementEvents.CLAIM_SETTLED.equals(inbound.type());
    }

    /** The event as audit reads it; the pact audit gives settlement is written from this (SettlementEventsPactTest). */
    static <T> T read(ObjectMapper mapper, InboundRecord<JsonNode> inbound, Class<T> type) {
        try {
            return mapper.treeToValue(inbound.payload(), type);
        } catch (JsonProcessingException | IllegalArgumentException e) {
            throw new RejectedEventException(inbound.type() + " does not map to " + type.getSimpleName() + ": " + e.getMessage());
        }
    }
}
