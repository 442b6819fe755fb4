package cn.medins.settlement.service;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

import cn.medins.contracts.Topics;
import cn.medins.contracts.audit.AuditEvents.ClaimFlagged;
import cn.medins.contracts.audit.AuditEvents.DeductionIssued;
import cn.medins.contracts.audit.AuditEvents.FlagResolved;
import cn.medins.contracts.settlement.SettlementEvents;
import cn.medins.contracts.settlement.SettlementEvents.ClearingClosed;
import cn.medins.messaging.inbox.RejectedEventException;
import cn.medins.messaging.outbox.Outbox;
import cn.medins.messaging.outbox.OutgoingEvent;
import cn.medins.rest.ProblemException;
import cn.medins.settlement.repository.ClearingRecord;
import cn.medins.settlement.repository.ClearingRepository;
import cn.medins.settlement.repository.ClearingRepository.Totals;
import cn.medins.settlement.repository.Funds;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Monthly clearing per institution ("audit before clearing"): the month's fund totals less confirmed audit deductions
 * is what the institution is paid; a month with open flags closes only when forced.
 */
@ApplicationScoped
public class ClearingService {

    private final ClearingRepository clearings;
    private final Outbox outbox;

    public ClearingService(ClearingRepository clearings, Outbox outbox) {
        this.clearings = clearings;
        this.outbox = outbox;
    }

    @WithSession
    public Uni<ClearingView> view(String institutionId, YearMonth month) {
        String key = month.toString();
        return clearings.findById(ClearingRecord.key(institutionId, key)).chain(closed -> closed != null
                ? clearings.live(institutionId, key).map(live -> closedView(closed, live.openFlags()))
                : clearings.live(institutionId, key).map(live -> openView(institutionId, key, live)));
    }

    /** Closes the month; with open flags only if {@code force}. Publishes {@code ClearingClosed}, keyed by institution. */
    @WithTransaction
    public Uni<ClearingView> close(String institutionId, YearMonth month, boolean force) {
        String key = month.toString();
        return clearings.lockMonth(institutionId, key)
                .chain(() -> clearings.findById(ClearingRecord.key(institutionId, key)))
                .chain(existing -> {
                    if (existing != null) {
                        throw ProblemException.conflict("clearing-closed", "the clearing of " + institutionId + " for " + key
                                + " was closed at " + existing.closedAt);
                    }
                    return clearings.live(institutionId, key);
                })
                .chain(live -> {
                    if (live.openFlags() > 0 && !force) {
                        throw ProblemException.conflict("open-flags", live.openFlags() + " audit flags of " + key
                                + " are still open: resolve them first, or close with force=true");
                    }
                    ClearingRecord closed = record(institutionId, key, live, force);
                    Funds funds = closed.funds;
                    ClearingClosed event = new ClearingClosed(institutionId, key, closed.claimCount, funds.basicPool, funds.largeMedical,
                            funds.criticalIllness, funds.assistance, funds.maternityFund, closed.auditDeductions, closed.netPayable,
                            force, closed.closedAt);
                    return clearings.persist(closed)
                            .chain(() -> outbox.publish(new OutgoingEvent(Topics.SETTLEMENT_EVENTS, institutionId,
                                    SettlementEvents.CLEARING_CLOSED, institutionId, event)))
                            .replaceWith(() -> closedView(closed, live.openFlags()));
                });
    }

    /** Runs in the inbox transaction of the audit event. */
    public Uni<Void> flagged(ClaimFlagged flag) {
        return clearings.flagOpened(required(flag.flagId(), "flagId"), required(flag.institutionId(), "institutionId"),
                month(flag.serviceDate()));
    }

    public Uni<Void> resolved(FlagResolved resolution) {
        return clearings.flagResolved(required(resolution.flagId(), "flagId"), required(resolution.institutionId(), "institutionId"),
                month(resolution.serviceDate()));
    }

    public Uni<Void> deducted(DeductionIssued deduction) {
        if (deduction.amount() == null || deduction.amount().signum() < 0) {
            throw new RejectedEventException("DeductionIssued needs a non-negative amount");
        }
        return clearings.deduction(required(deduction.deductionId(), "deductionId"), deduction.flagId(), deduction.settlementId(),
                required(deduction.institutionId(), "institutionId"), month(deduction.serviceDate()), deduction.amount());
    }

    private static String month(LocalDate serviceDate) {
        return YearMonth.from(required(serviceDate, "serviceDate")).toString();
    }

    private static <T> T required(T value, String field) {
        if (value == null) {
            throw new RejectedEventException("the audit event has no " + field);
        }
        return value;
    }

    private static ClearingRecord record(String institutionId, String month, Totals live, boolean force) {
        ClearingRecord closed = new ClearingRecord();
        closed.clearingKey = ClearingRecord.key(institutionId, month);
        closed.institutionId = institutionId;
        closed.month = month;
        closed.claimCount = live.claimCount();
        closed.funds = live.funds();
        closed.auditDeductions = live.auditDeductions();
        closed.netPayable = live.netPayable();
        closed.forced = force;
        closed.closedAt = OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
        return closed;
    }

    private static ClearingView openView(String institutionId, String month, Totals live) {
        return view(institutionId, month, "OPEN", live.claimCount(), live.funds(), live.auditDeductions(), live.netPayable(),
                live.openFlags(), false, null);
    }

    private static ClearingView closedView(ClearingRecord closed, long openFlags) {
        return view(closed.institutionId, closed.month, "CLOSED", closed.claimCount, closed.funds, closed.auditDeductions,
                closed.netPayable, openFlags, closed.forced, closed.closedAt);
    }

    private static ClearingView view(String institutionId, String month, String status, long claimCount, Funds funds,
            BigDecimal auditDeductions, BigDecimal netPayable, long openFlags, boolean forced, OffsetDateTime closedAt) {
        return new ClearingView(institutionId, month, status, claimCount, funds.basicPool, funds.largeMedical, funds.criticalIllness,
                funds.assistance, funds.maternityFund, auditDeductions, netPayable, openFlags, forced, closedAt);
    }
}
