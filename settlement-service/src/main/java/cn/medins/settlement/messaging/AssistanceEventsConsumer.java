package cn.medins.settlement.messaging;

import java.util.Set;

import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import com.fasterxml.jackson.databind.JsonNode;

import cn.medins.contracts.Topics;
import cn.medins.contracts.assistance.AssistanceEvents;
import cn.medins.contracts.assistance.AssistanceEvents.AssistanceAdjudicationRequested;
import cn.medins.contracts.assistance.AssistanceEvents.NeedyStatusChanged;
import cn.medins.messaging.inbox.InboundRecord;
import cn.medins.messaging.inbox.InboundSpec;
import cn.medins.messaging.inbox.Inbox;
import cn.medins.settlement.service.AdjudicationService;
import cn.medins.settlement.service.InboundJson;
import cn.medins.settlement.service.ProjectionService;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/** Needy status for the eligibility projection, and assistance's requests to adjudicate what it owes after the counter. */
@ApplicationScoped
public class AssistanceEventsConsumer {

    static final InboundSpec<JsonNode> SPEC = InboundSpec.events(Consumers.NAME, JsonNode.class,
            Set.of(AssistanceEvents.NEEDY_STATUS_CHANGED, AssistanceEvents.ADJUDICATION_REQUESTED));

    private final Inbox inbox;
    private final ProjectionService projection;
    private final AdjudicationService adjudication;
    private final InboundJson json;

    public AssistanceEventsConsumer(Inbox inbox, ProjectionService projection, AdjudicationService adjudication,
            InboundJson json) {
        this.inbox = inbox;
        this.projection = projection;
        this.adjudication = adjudication;
        this.json = json;
    }

    @Incoming(Topics.ASSISTANCE_EVENTS)
    public Uni<Void> consume(ConsumerRecords<String, byte[]> records) {
        return inbox.processBatch(records, SPEC, this::apply);
    }

    private Uni<Void> apply(InboundRecord<JsonNode> inbound) {
        if (AssistanceEvents.ADJUDICATION_REQUESTED.equals(inbound.type())) {
            return adjudication.adjudicate(json.read(inbound.payload(), AssistanceAdjudicationRequested.class));
        }
        return projection.applyNeedyStatus(json.read(inbound.payload(), NeedyStatusChanged.class));
    }
}
