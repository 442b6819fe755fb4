package cn.medins.settlement.service;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;

import cn.medins.contracts.Topics;
import cn.medins.contracts.audit.AuditEvents.ClaimFlagged;
import cn.medins.contracts.audit.AuditEvents.DeductionIssued;
import cn.medins.contracts.audit.AuditEvents.FlagResolved;
import cn.medins.contracts.settlement.SettlementEvents;
import cn.medins.contracts.settlement.SettlementEvents.ClearingAdjustment;
import cn.medins.contracts.settlement.SettlementEvents.ClearingClosed;
import cn.medins.messaging.inbox.RejectedEventException;
import cn.medins.messaging.outbox.Outbox;
import cn.medins.messaging.outbox.OutgoingEvent;
import cn.medins.rest.ProblemException;
import cn.medins.settlement.domain.ClearingMonths;
import cn.medins.settlement.domain.Money;
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
        return clearings.findById(ClearingRecord.key(institutionId, key)).chain(closed -> clearings.live(institutionId, key)
                .chain(live -> clearings.adjustments(institutionId, key).map(adjustments -> closed != null
                        ? closedView(closed, live, adjustments)
                        : openView(institutionId, key, live, adjustments))));
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
                    return clearings.adjustments(institutionId, key)
                            .call(() -> clearings.persist(closed))
                            .call(() -> carry(closed))
                            .call(adjustments -> outbox.publish(new OutgoingEvent(Topics.SETTLEMENT_EVENTS, institutionId,
                                    SettlementEvents.CLEARING_CLOSED, institutionId, closedEvent(closed, live, adjustments))))
                            .map(adjustments -> closedView(closed, live, adjustments));
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

    /** A deduction for a closed month is booked in the institution's next open month, listed there with its claim. */
    public Uni<Void> deducted(DeductionIssued deduction) {
        if (deduction.amount() == null || deduction.amount().signum() < 0) {
            throw new RejectedEventException("DeductionIssued needs a non-negative amount");
        }
        String institutionId = required(deduction.institutionId(), "institutionId");
        String concerns = month(deduction.serviceDate());
        return clearings.bookingMonth(institutionId, concerns).chain(booked -> clearings.deduction(
                required(deduction.deductionId(), "deductionId"), deduction.flagId(), deduction.settlementId(), institutionId,
                booked, concerns, deduction.amount()));
    }

    /** Where a claim of {@code serviceMonth} is booked: that month while it is open, else the next open one. */
    public Uni<String> bookingMonth(String institutionId, String serviceMonth) {
        return clearings.bookingMonth(institutionId, serviceMonth);
    }

    /**
     * A reversal of a claim whose month was closed takes its funds back in the next open month, as an adjustment that
     * names the claim; the closed month keeps its figures. A claim of an open month just leaves that month.
     */
    public Uni<Void> reversed(String institutionId, String clearingMonth, String settlementId, Funds paid) {
        return clearings.bookingMonth(institutionId, clearingMonth).chain(booked -> booked.equals(clearingMonth)
                ? Uni.createFrom().voidItem()
                : clearings.adjustment(institutionId, booked, clearingMonth, "LATE_REVERSAL", settlementId, negated(paid), Money.ZERO));
    }

    /** A month that closed with a negative balance hands it to the next open month. */
    private Uni<Void> carry(ClearingRecord closed) {
        if (closed.carriedForward.signum() == 0) {
            return Uni.createFrom().voidItem();
        }
        return clearings.bookingMonth(closed.institutionId, ClearingMonths.next(closed.month)).chain(booked -> clearings.adjustment(
                closed.institutionId, booked, closed.month, "CARRIED_FORWARD", null, Funds.of(Money.ZERO, Money.ZERO, Money.ZERO,
                        Money.ZERO, Money.ZERO), closed.carriedForward));
    }

    private static Funds negated(Funds paid) {
        return Funds.of(paid.basicPool.negate(), paid.largeMedical.negate(), paid.criticalIllness.negate(), paid.assistance.negate(),
                paid.maternityFund.negate());
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
        closed.netPayable = live.balance().payable();
        closed.carriedForward = live.balance().carriedForward();
        closed.forced = force;
        closed.closedAt = OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
        return closed;
    }

    private static ClearingView openView(String institutionId, String month, Totals live, List<ClearingAdjustment> adjustments) {
        return view(institutionId, month, "OPEN", live.claimCount(), live.funds(), live.auditDeductions(), live.carriedIn(),
                live.balance().payable(), live.balance().carriedForward(), adjustments, live.openFlags(), false, null);
    }

    /** The figures the month was closed with, and the flags still open on it, which no longer hold anything back. */
    private static ClearingView closedView(ClearingRecord closed, Totals live, List<ClearingAdjustment> adjustments) {
        return view(closed.institutionId, closed.month, "CLOSED", closed.claimCount, closed.funds, closed.auditDeductions,
                closed.netPayable.add(closed.carriedForward).add(closed.auditDeductions).subtract(closed.funds.total()),
                closed.netPayable, closed.carriedForward, adjustments, live.openFlags(), closed.forced, closed.closedAt);
    }

    private static ClearingClosed closedEvent(ClearingRecord closed, Totals live, List<ClearingAdjustment> adjustments) {
        Funds funds = closed.funds;
        return new ClearingClosed(closed.institutionId, closed.month, closed.claimCount, funds.basicPool, funds.largeMedical,
                funds.criticalIllness, funds.assistance, funds.maternityFund, closed.auditDeductions, live.carriedIn(),
                closed.netPayable, closed.carriedForward, adjustments, closed.forced, closed.closedAt);
    }

    private static ClearingView view(String institutionId, String month, String status, long claimCount, Funds funds,
            BigDecimal auditDeductions, BigDecimal carriedIn, BigDecimal netPayable, BigDecimal carriedForward,
            List<ClearingAdjustment> adjustments, long openFlags, boolean forced, OffsetDateTime closedAt) {
        return new ClearingView(institutionId, month, status, claimCount, funds.basicPool, funds.largeMedical, funds.criticalIllness,
                funds.assistance, funds.maternityFund, auditDeductions, carriedIn, netPayable, carriedForward, adjustments, openFlags,
                forced, closedAt);
    }
}
