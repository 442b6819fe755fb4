package cn.medins.audit.service;

import java.util.UUID;

import cn.medins.audit.repository.Flag;
import cn.medins.contracts.EventType;
import cn.medins.contracts.Topics;
import cn.medins.contracts.audit.AuditEvents;
import cn.medins.contracts.audit.AuditEvents.Decision;
import cn.medins.messaging.outbox.Outbox;
import cn.medins.messaging.outbox.OutgoingEvent;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/** Announces what happens to flags on {@code audit.events}, keyed by institution so one institution's events stay in order. */
@ApplicationScoped
public class FlagEvents {

    private final Outbox outbox;

    public FlagEvents(Outbox outbox) {
        this.outbox = outbox;
    }

    public Uni<UUID> flagged(Flag flag) {
        return publish(flag, AuditEvents.CLAIM_FLAGGED, claimFlagged(flag));
    }

    public Uni<UUID> resolved(Flag flag, Decision decision) {
        return publish(flag, AuditEvents.FLAG_RESOLVED, flagResolved(flag, decision));
    }

    public Uni<UUID> deducted(Flag flag) {
        return publish(flag, AuditEvents.DEDUCTION_ISSUED, deductionIssued(flag));
    }

    static AuditEvents.ClaimFlagged claimFlagged(Flag flag) {
        return new AuditEvents.ClaimFlagged(flag.flagId, flag.ruleId, flag.severity, flag.settlementId, flag.institutionId,
                flag.insuredId, flag.serviceDate, flag.amount, flag.message, flag.evidence, flag.flaggedAt);
    }

    static AuditEvents.FlagResolved flagResolved(Flag flag, Decision decision) {
        return new AuditEvents.FlagResolved(flag.flagId, flag.settlementId, flag.institutionId, flag.serviceDate, decision,
                flag.note, flag.resolvedAt);
    }

    static AuditEvents.DeductionIssued deductionIssued(Flag flag) {
        return new AuditEvents.DeductionIssued(flag.deductionId, flag.flagId, flag.settlementId, flag.institutionId,
                flag.serviceDate, flag.deducted, flag.resolvedAt);
    }

    public Uni<UUID> graded(String institutionId, AuditEvents.InstitutionGraded graded) {
        return outbox.publish(new OutgoingEvent(Topics.AUDIT_EVENTS, institutionId, AuditEvents.INSTITUTION_GRADED,
                institutionId, graded));
    }

    private Uni<UUID> publish(Flag flag, EventType type, Object payload) {
        return outbox.publish(new OutgoingEvent(Topics.AUDIT_EVENTS, flag.institutionId, type, flag.flagId, payload));
    }
}
