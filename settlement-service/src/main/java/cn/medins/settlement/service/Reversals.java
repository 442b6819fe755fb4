package cn.medins.settlement.service;

import java.time.OffsetDateTime;

import cn.medins.contracts.Topics;
import cn.medins.contracts.settlement.SettlementEvents;
import cn.medins.messaging.outbox.Outbox;
import cn.medins.messaging.outbox.OutgoingEvent;
import cn.medins.rest.ProblemException;
import cn.medins.settlement.repository.PersonYear;
import cn.medins.settlement.repository.PersonYearRepository;
import cn.medins.settlement.repository.SettlementRecord;
import cn.medins.settlement.repository.SettlementRepository;
import cn.medins.trail.AuditTrail;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Reverses settlements (撤销): the person's year gets back exactly what the claim took, the clearing takes its funds
 * back, and {@code SettlementReversed} is published.
 */
@ApplicationScoped
class Reversals {

    private final SettlementRepository settlements;
    private final PersonYearRepository years;
    private final SettlementJson json;
    private final ClearingBookings clearing;
    private final Outbox outbox;
    private final AuditTrail trail;

    Reversals(SettlementRepository settlements, PersonYearRepository years, SettlementJson json, ClearingBookings clearing,
            Outbox outbox, AuditTrail trail) {
        this.settlements = settlements;
        this.years = years;
        this.json = json;
        this.clearing = clearing;
        this.outbox = outbox;
        this.trail = trail;
    }

    /**
     * Runs in the caller's transaction. The year is locked before the settlement is loaded, in the same order as
     * settling and adjudicating.
     */
    Uni<SettlementRecord> reverse(String settlementId, String reason, String by, OffsetDateTime at) {
        return settlements.ownerOf(settlementId).chain(owner -> {
            if (owner == null) {
                throw notFound(settlementId);
            }
            return years.lock(owner.insuredId(), owner.serviceDate().getYear())
                    .chain(year -> settlements.findById(settlementId).chain(settled -> reverse(settled, year, reason, at)))
                    .call(() -> trail.record(by, "SETTLEMENT_REVERSED", settlementId, reason));
        });
    }

    private Uni<SettlementRecord> reverse(SettlementRecord settled, PersonYear year, String reason, OffsetDateTime at) {
        settled.reverse(reason, at);
        year.set(year.accumulators().minus(settled.reversal(json.delta(settled.accumulatorDelta))));
        return clearing.reversed(settled.institutionId, settled.clearingMonth, settled.settlementId, settled.funds)
                .chain(() -> outbox.publish(OutgoingEvent.aboutPerson(Topics.SETTLEMENT_EVENTS, SettlementEvents.SETTLEMENT_REVERSED,
                        settled.insuredId, ClaimMapping.settlementReversed(settled))))
                .replaceWith(settled);
    }

    static ProblemException notFound(String settlementId) {
        return ProblemException.notFound("settlement", "no settlement " + settlementId);
    }
}
