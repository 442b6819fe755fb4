package cn.medins.audit.service;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jboss.logging.Logger;

import cn.medins.audit.domain.ClaimFacts;
import cn.medins.audit.domain.Finding;
import cn.medins.audit.domain.RuleEngine;
import cn.medins.audit.repository.Flag;
import cn.medins.audit.repository.FlagRepository;
import cn.medins.audit.repository.HistoryRepository;
import cn.medins.audit.repository.HistoryRepository.Settled;
import cn.medins.contracts.audit.AuditEvents.Decision;
import cn.medins.contracts.settlement.SettlementEvents.ClaimSettled;
import cn.medins.contracts.settlement.SettlementEvents.FundSplit;
import cn.medins.contracts.settlement.SettlementEvents.SettlementReversed;
import cn.medins.reactive.InTurn;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Screens settled claims: judges each against the history before it, then adds it to the history and raises a flag
 * per finding. Runs inside the inbox transaction of the settlement events, so the history, the flags and their events
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

    /**
     * Screens settled claims in the order they were settled: each is judged against the history before it, the claims
     * settled before it in the list included, then all are added to the history and a flag is raised per finding. A
     * settlement screened before (the same claim published again) is left out. The history is read and written once
     * for the whole list.
     *
     * @return the flags raised
     */
    public Uni<List<Flag>> screen(List<ClaimSettled> settled) {
        return histories.recordedAmong(settled.stream().map(ClaimSettled::settlementId).toList()).chain(recorded -> {
            Map<String, ClaimSettled> fresh = new LinkedHashMap<>();
            settled.stream().filter(s -> !recorded.contains(s.settlementId())).forEach(s -> fresh.putIfAbsent(s.settlementId(), s));
            if (fresh.isEmpty()) {
                return Uni.createFrom().item(List.<Flag>of());
            }
            // Persons' claims reach audit on different partitions, so a poll may hold a later sale before an earlier one.
            List<ClaimFacts> claims = fresh.values().stream()
                    .sorted(Comparator.comparing(ClaimSettled::settledAt))
                    .map(ClaimFacts::fromSettlement)
                    .toList();
            return histories.lockTraceCodes(claims)
                    .chain(() -> histories.historyFor(claims, engine.lookbackDays()))
                    .map(history -> engine.evaluateInTurn(claims, history))
                    .call(() -> histories.record(claims.stream()
                            .map(claim -> settled(claim, fresh.get(claim.claimId()))).toList()))
                    .chain(findings -> raise(claims, findings));
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
                    .chain(open -> InTurn.each(open, flag -> voidFlag(flag, reversed)));
        });
    }

    private Uni<Void> voidFlag(Flag flag, SettlementReversed reversed) {
        flag.voidFor("settlement " + reversed.settlementId() + " reversed: " + reversed.reason(), OffsetDateTime.now(clock));
        return events.resolved(flag, Decision.DISMISSED).replaceWithVoid();
    }

    /** The claim for the history, with what the funds paid for it: the ground of any deduction on it. */
    private static Settled settled(ClaimFacts claim, ClaimSettled event) {
        FundSplit split = event.split();
        BigDecimal fundsPaid = split == null || split.total() == null || split.personal() == null ? null
                : split.total().subtract(split.personal());
        return new Settled(claim, fundsPaid, event.settledAt());
    }

    private Uni<List<Flag>> raise(List<ClaimFacts> claims, List<List<Finding>> findings) {
        List<Flag> raised = new ArrayList<>();
        for (int i = 0; i < claims.size(); i++) {
            ClaimFacts claim = claims.get(i);
            findings.get(i).forEach(finding -> raised.add(Flag.raise(claim, finding, OffsetDateTime.now(clock))));
        }
        return InTurn.each(raised, flag -> flags.persist(flag).chain(() -> events.flagged(flag)).replaceWithVoid())
                .replaceWith(raised);
    }
}
