package cn.medins.audit.service;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import org.jboss.logging.Logger;

import cn.medins.audit.domain.ClaimFacts;
import cn.medins.audit.domain.Finding;
import cn.medins.audit.domain.RuleEngine;
import cn.medins.audit.repository.Flag;
import cn.medins.audit.repository.FlagRepository;
import cn.medins.audit.repository.HistoryRepository;
import cn.medins.audit.repository.Unis;
import cn.medins.contracts.audit.AuditEvents.Decision;
import cn.medins.contracts.settlement.SettlementEvents.ClaimSettled;
import cn.medins.contracts.settlement.SettlementEvents.SettlementReversed;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Screens settled claims: judges each against the history before it, then adds it to the history and raises a flag
 * per finding. Runs inside the inbox transaction of the settlement event, so the history, the flags and their events
 * are written together or not at all.
 */
@ApplicationScoped
public class ScreeningService {

    private static final Logger LOG = Logger.getLogger(ScreeningService.class);

    private final RuleEngine engine;
    private final HistoryRepository histories;
    private final FlagRepository flags;
    private final FlagEvents events;
    private final Clock clock;

    public ScreeningService(RuleEngine engine, HistoryRepository histories, FlagRepository flags, FlagEvents events,
            Clock clock) {
        this.engine = engine;
        this.histories = histories;
        this.flags = flags;
        this.events = events;
        this.clock = clock;
    }

    /** The flags raised; none for a settlement already screened (the same claim published again). */
    public Uni<List<Flag>> screen(ClaimSettled settled) {
        return histories.contains(settled.settlementId()).chain(screened -> {
            if (screened) {
                return Uni.createFrom().item(List.<Flag>of());
            }
            ClaimFacts claim = ClaimFacts.fromSettlement(settled);
            return histories.lockTraceCodes(claim)
                    .chain(() -> histories.historyFor(claim, engine.lookbackDays()))
                    .map(history -> engine.evaluate(claim, history))
                    .call(() -> histories.record(claim, settled.settledAt()))
                    .chain(findings -> raise(claim, findings));
        });
    }

    /**
     * Takes a reversed settlement out of the history and voids the open flags that rest on it: its own, and those of
     * later claims that were judged against it. Confirmed flags stay: their deduction was already issued.
     */
    public Uni<Void> reverse(SettlementReversed reversed) {
        return histories.takeBack(reversed.settlementId()).chain(takenBack -> {
            if (!takenBack) {
                LOG.infof("reversal of settlement %s: nothing to take back", reversed.settlementId());
                return Uni.createFrom().voidItem();
            }
            return flags.openConcerning(reversed.settlementId())
                    .chain(open -> Unis.sequentially(open, flag -> voidFlag(flag, reversed)));
        });
    }

    private Uni<Void> voidFlag(Flag flag, SettlementReversed reversed) {
        flag.status = Flag.Status.VOIDED;
        flag.resolvedAt = OffsetDateTime.now(clock);
        flag.note = "settlement " + reversed.settlementId() + " reversed: " + reversed.reason();
        return events.resolved(flag, Decision.DISMISSED).replaceWithVoid();
    }

    private Uni<List<Flag>> raise(ClaimFacts claim, List<Finding> findings) {
        List<Flag> raised = findings.stream().map(finding -> toFlag(claim, finding)).toList();
        return Unis.sequentially(raised, flag -> flags.persist(flag).chain(() -> events.flagged(flag)).replaceWithVoid())
                .replaceWith(raised);
    }

    private Flag toFlag(ClaimFacts claim, Finding finding) {
        Flag flag = new Flag();
        flag.flagId = UUID.randomUUID().toString();
        flag.ruleId = finding.ruleId();
        flag.severity = finding.severity();
        flag.settlementId = claim.claimId();
        flag.relatedSettlementId = finding.relatedClaimId();
        flag.institutionId = claim.institutionId();
        flag.insuredId = claim.insuredId();
        flag.serviceDate = claim.serviceDate();
        flag.itemCode = finding.itemCode();
        flag.amount = finding.amount();
        flag.message = finding.message();
        flag.evidence = finding.evidence();
        flag.status = Flag.Status.OPEN;
        flag.flaggedAt = OffsetDateTime.now(clock);
        return flag;
    }
}
