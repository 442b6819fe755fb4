package cn.medins.assistance.messaging;

import java.util.List;
import java.util.Set;

import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import com.fasterxml.jackson.databind.JsonNode;

import cn.medins.assistance.service.AdjudicationService;
import cn.medins.assistance.service.ClaimMatching;
import cn.medins.assistance.service.ClaimProjection;
import cn.medins.assistance.service.ClaimProjection.Settled;
import cn.medins.assistance.service.PolicyActivations;
import cn.medins.contracts.Topics;
import cn.medins.contracts.settlement.SettlementEvents;
import cn.medins.contracts.settlement.SettlementEvents.AssistanceAdjudicated;
import cn.medins.contracts.settlement.SettlementEvents.ClaimSettled;
import cn.medins.contracts.settlement.SettlementEvents.PolicyActivated;
import cn.medins.contracts.settlement.SettlementEvents.SettlementReversed;
import cn.medins.messaging.inbox.InboundRecord;
import cn.medins.messaging.inbox.InboundRuns;
import cn.medins.messaging.inbox.InboundSpec;
import cn.medins.messaging.inbox.Inbox;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Settled claims feed the projection and the claim matchers; reversals mark claims; adjudications are paid; activated
 * policy versions bring the figures the matchers apply.
 */
@ApplicationScoped
public class SettlementEventsConsumer {

    static final InboundSpec<JsonNode> SPEC = InboundSpec.events(Consumers.NAME, JsonNode.class, Set.of(
            SettlementEvents.CLAIM_SETTLED, SettlementEvents.SETTLEMENT_REVERSED, SettlementEvents.ASSISTANCE_ADJUDICATED,
            SettlementEvents.POLICY_ACTIVATED));

    private final Inbox inbox;
    private final ClaimProjection claims;
    private final ClaimMatching matching;
    private final AdjudicationService adjudication;
    private final EventPayloads payloads;
    private final PolicyActivations policies;

    public SettlementEventsConsumer(Inbox inbox, ClaimProjection claims, ClaimMatching matching,
            AdjudicationService adjudication, EventPayloads payloads, PolicyActivations policies) {
        this.inbox = inbox;
        this.claims = claims;
        this.matching = matching;
        this.adjudication = adjudication;
        this.payloads = payloads;
        this.policies = policies;
    }

    @Incoming(Topics.SETTLEMENT_EVENTS)
    public Uni<Void> consume(ConsumerRecords<String, byte[]> records) {
        return inbox.processTogether(records, SPEC, fresh -> InboundRuns.apply(fresh, SettlementEventsConsumer::isSettled,
                this::applySettled, this::apply));
    }

    private Uni<Void> applySettled(List<InboundRecord<JsonNode>> run) {
        return matching.onClaimsSettled(run.stream()
                .map(inbound -> new Settled(inbound.eventId(), payloads.read(inbound, ClaimSettled.class)))
                .toList());
    }

    private Uni<Void> apply(InboundRecord<JsonNode> inbound) {
        if (SettlementEvents.SETTLEMENT_REVERSED.equals(inbound.type())) {
            return claims.reverse(payloads.read(inbound, SettlementReversed.class));
        }
        if (SettlementEvents.POLICY_ACTIVATED.equals(inbound.type())) {
            return policies.onActivated(payloads.read(inbound, PolicyActivated.class));
        }
        AssistanceAdjudicated answer = payloads.read(inbound, AssistanceAdjudicated.class);
        return adjudication.answer(inbound.eventId(), answer).chain(() -> matching.onAdjudicated(answer));
    }

    private static boolean isSettled(InboundRecord<JsonNode> inbound) {
        return SettlementEvents.CLAIM_SETTLED.equals(inbound.type());
    }
}
