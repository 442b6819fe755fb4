package cn.medins.settlement.messaging;

import java.util.Set;

import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import com.fasterxml.jackson.databind.JsonNode;

import cn.medins.contracts.Topics;
import cn.medins.contracts.audit.AuditEvents;
import cn.medins.contracts.audit.AuditEvents.ClaimFlagged;
import cn.medins.contracts.audit.AuditEvents.DeductionIssued;
import cn.medins.contracts.audit.AuditEvents.FlagResolved;
import cn.medins.contracts.audit.AuditEvents.InstitutionGraded;
import cn.medins.messaging.inbox.InboundRecord;
import cn.medins.messaging.inbox.InboundSpec;
import cn.medins.messaging.inbox.Inbox;
import cn.medins.settlement.service.ClearingService;
import cn.medins.settlement.service.InboundJson;
import cn.medins.settlement.service.InstitutionService;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/** Flags hold an institution's month open until resolved; deductions reduce what the month pays; grades go to the registry. */
@ApplicationScoped
public class AuditEventsConsumer {

    static final InboundSpec<JsonNode> SPEC = InboundSpec.events(Consumers.NAME, JsonNode.class,
            Set.of(AuditEvents.CLAIM_FLAGGED, AuditEvents.FLAG_RESOLVED, AuditEvents.DEDUCTION_ISSUED,
                    AuditEvents.INSTITUTION_GRADED));

    private final Inbox inbox;
    private final ClearingService clearing;
    private final InboundJson json;
    private final InstitutionService institutions;

    public AuditEventsConsumer(Inbox inbox, ClearingService clearing, InboundJson json, InstitutionService institutions) {
        this.inbox = inbox;
        this.institutions = institutions;
        this.clearing = clearing;
        this.json = json;
    }

    @Incoming(Topics.AUDIT_EVENTS)
    public Uni<Void> consume(ConsumerRecords<String, byte[]> records) {
        return inbox.processBatch(records, SPEC, this::apply);
    }

    private Uni<Void> apply(InboundRecord<JsonNode> inbound) {
        if (AuditEvents.CLAIM_FLAGGED.equals(inbound.type())) {
            return clearing.flagged(json.read(inbound.payload(), ClaimFlagged.class));
        }
        if (AuditEvents.INSTITUTION_GRADED.equals(inbound.type())) {
            return institutions.graded(json.read(inbound.payload(), InstitutionGraded.class));
        }
        if (AuditEvents.FLAG_RESOLVED.equals(inbound.type())) {
            return clearing.resolved(json.read(inbound.payload(), FlagResolved.class));
        }
        return clearing.deducted(json.read(inbound.payload(), DeductionIssued.class));
    }
}
