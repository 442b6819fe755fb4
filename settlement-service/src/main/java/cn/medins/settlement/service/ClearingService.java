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
import cn.medins.contracts.settlement.SettlementEvents.ClearingPrepayment;
import cn.medins.messaging.inbox.RejectedEventException;
import cn.medins.messaging.outbox.Outbox;
import cn.medins.messaging.outbox.OutgoingEvent;
import cn.medins.rest.ProblemException;
import cn.medins.trail.AuditTrail;
import cn.medins.settlement.domain.ClearingMonths;
import cn.medins.settlement.domain.Money;
import cn.medins.settlement.domain.PrepaymentTiers;
import cn.medins.settlement.domain.PrepaymentTiers.Prepayment;
import cn.medins.settlement.repository.ClearingRecord;
import cn.medins.settlement.repository.ClearingRepository;
import cn.medins.settlement.repository.ClearingRepository.Totals;
import cn.medins.settlement.repository.Funds;
import cn.medins.settlement.repository.InstitutionRepository;
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
    private final InstitutionRepository institutions;
    private final PrepaymentTiers tiers;
    private final Outbox outbox;
    private final AuditTrail trail;

    public ClearingService(ClearingRepository clearings, InstitutionRepository institutions, PrepaymentTiers tiers, Outbox outbox,
            AuditTrail trail) {
        this.clearings = clearings;
        this.institutions = institutions;
        this.tiers = tiers;
        this.outbox = outbox;
        this.trail = trail;
    }

    /** A closed month as it was closed; an open one with the tier the institution's grade gives it today. */
    @WithSession
    public Uni<ClearingView> view(String institutionId, YearMonth month) {
        String key = month.toString();
        return clearings.findById(ClearingRecord.key(institutionId, key)).chain(closed -> clearings.live(institutionId, key)
                .chain(live -> clearings.adjustments(institutionId, key).chain(adjustments -> closed != null
                        ? Uni.createFrom().item(closedView(closed, live, adjustments))
                        : creditGrade(institutionId).map(grade -> openView(institutionId, key, live, adjustments,
                                tiers.of(grade, live.balance().payable()))))));
    }

    /**
     * Closes the month; with open flags only if {@code force}, which needs a reason. The tier of the institution's
     * credit grade at this moment is stored with the month. Publishes {@code ClearingClosed}, keyed by institution.
     */
    @WithTransaction
    public Uni<ClearingView> close(String institutionId, YearMonth month, Closing closing) {
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
                    if (live.openFlags() > 0 && !closing.force()) {
                        throw ProblemException.conflict("open-flags", live.openFlags() + " audit flags of " + key
                                + " are still open: resolve them first, or close with force=true and a reason");
                    }
                    return creditGrade(institutionId).chain(grade -> {
                        ClearingRecord closed = ClearingRecord.close(institutionId, key, live, tiers.of(grade, live.balance().payable()),
                                closing.force(), closing.by(), closing.reason(),
                                OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS));
                        return clearings.adjustments(institutionId, key)
                                .call(() -> clearings.persist(closed))
                                .call(() -> carry(closed))
                                .call(adjustments -> outbox.publish(new OutgoingEvent(Topics.SETTLEMENT_EVENTS, institutionId,
                                        SettlementEvents.CLEARING_CLOSED, institutionId, closedEvent(closed, live, adjustments))))
                                .call(() -> trail.record(closing.by(), closed.forced ? "CLEARING_FORCE_CLOSED" : "CLEARING_CLOSED",
                                        institutionId + "/" + key, closed.forced ? closing.reason() : "net payable " + closed.netPayable))
                                .map(adjustments -> closedView(closed, live, adjustments));
                    });
                });
    }

    /** Who closes the month, whether audit flags still open may be passed over, and why. */
    public record Closing(String by, boolean force, String reason) {
        public Closing {
            if (force && (reason == null || reason.isBlank())) {
                throw ProblemException.invalidField("reason", "a forced close needs the reason it passes over open flags");
            }
        }
    }

    private Uni<String> creditGrade(String institutionId) {
        return institutions.findById(institutionId).map(institution -> institution == null ? null : institution.creditGrade);
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

    private static ClearingView openView(String institutionId, String month, Totals live, List<ClearingAdjustment> adjustments,
            Prepayment prepayment) {
        return view(institutionId, month, "OPEN", live.claimCount(), live.funds(), live.auditDeductions(), live.carriedIn(),
                live.balance().payable(), live.balance().carriedForward(), adjustments, live.openFlags(), contract(prepayment), null);
    }

    /** The figures the month was closed with, and the flags still open on it, which no longer hold anything back. */
    private static ClearingView closedView(ClearingRecord closed, Totals live, List<ClearingAdjustment> adjustments) {
        return view(closed.institutionId, closed.month, "CLOSED", closed.claimCount, closed.funds, closed.auditDeductions,
                closed.netPayable.add(closed.carriedForward).add(closed.auditDeductions).subtract(closed.funds.total()),
                closed.netPayable, closed.carriedForward, adjustments, live.openFlags(), closed.prepayment(), closed);
    }

    private static ClearingClosed closedEvent(ClearingRecord closed, Totals live, List<ClearingAdjustment> adjustments) {
        Funds funds = closed.funds;
        return new ClearingClosed(closed.institutionId, closed.month, closed.claimCount, funds.basicPool, funds.largeMedical,
                funds.criticalIllness, funds.assistance, funds.maternityFund, closed.auditDeductions, live.carriedIn(),
                closed.netPayable, closed.carriedForward, adjustments, closed.forced, closed.closedAt, closed.prepayment());
    }

    private static ClearingPrepayment contract(Prepayment prepayment) {
        return new ClearingPrepayment(prepayment.creditGrade(), prepayment.tier(), prepayment.ratio(), prepayment.prepaid(),
                prepayment.retained());
    }

    private static ClearingView view(String institutionId, String month, String status, long claimCount, Funds funds,
            BigDecimal auditDeductions, BigDecimal carriedIn, BigDecimal netPayable, BigDecimal carriedForward,
            List<ClearingAdjustment> adjustments, long openFlags, ClearingPrepayment prepayment, ClearingRecord closed) {
        return new ClearingView(institutionId, month, status, claimCount, funds.basicPool, funds.largeMedical, funds.criticalIllness,
                funds.assistance, funds.maternityFund, auditDeductions, carriedIn, netPayable, carriedForward, adjustments, openFlags,
                prepayment, closed != null && closed.forced, closed == null ? null : closed.forceReason,
                closed == null ? null : closed.closedBy, closed == null ? null : closed.closedAt);
    }
}
