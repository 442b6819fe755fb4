package cn.medins.settlement.service;

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
import cn.medins.messaging.inbox.RejectedEventException;
import cn.medins.messaging.outbox.Outbox;
import cn.medins.messaging.outbox.OutgoingEvent;
import cn.medins.rest.ProblemException;
import cn.medins.trail.AuditTrail;
import cn.medins.settlement.domain.PrepaymentTiers;
import cn.medins.settlement.domain.PrepaymentTiers.Prepayment;
import cn.medins.settlement.repository.ClearingRecord;
import cn.medins.settlement.repository.ClearingRepository;
import cn.medins.settlement.repository.ClearingRepository.Totals;
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
    private final ClearingBookings bookings;
    private final InstitutionRepository institutions;
    private final PrepaymentTiers tiers;
    private final Outbox outbox;
    private final AuditTrail trail;

    public ClearingService(ClearingRepository clearings, ClearingBookings bookings, InstitutionRepository institutions,
            PrepaymentTiers tiers, Outbox outbox, AuditTrail trail) {
        this.clearings = clearings;
        this.bookings = bookings;
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
                        ? Uni.createFrom().item(ClearingViews.closed(closed, live, adjustments))
                        : prepayment(institutionId, live).map(tier -> ClearingViews.open(institutionId, key, live, adjustments, tier)))));
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
                        throw existing.closedAlready();
                    }
                    return clearings.live(institutionId, key);
                })
                .chain(live -> prepayment(institutionId, live).map(tier -> closing.close(institutionId, key, live, tier, now()))
                        .chain(closed -> saved(closed, live, closing)));
    }

    /** Saves the closed month, carries its negative balance on, announces it and records who closed it. */
    private Uni<ClearingView> saved(ClearingRecord closed, Totals live, Closing closing) {
        String subject = closed.institutionId + "/" + closed.month;
        return clearings.adjustments(closed.institutionId, closed.month)
                .call(() -> clearings.persist(closed))
                .call(() -> bookings.carry(closed))
                .call(adjustments -> outbox.publish(new OutgoingEvent(Topics.SETTLEMENT_EVENTS, closed.institutionId,
                        SettlementEvents.CLEARING_CLOSED, closed.institutionId, ClearingViews.event(closed, live, adjustments))))
                .call(() -> trail.record(closing.by(), closed.forced ? "CLEARING_FORCE_CLOSED" : "CLEARING_CLOSED", subject,
                        closed.forced ? closing.reason() : "net payable " + closed.netPayable))
                .map(adjustments -> ClearingViews.closed(closed, live, adjustments));
    }

    /** Who closes the month, whether audit flags still open may be passed over, and why. */
    public record Closing(String by, boolean force, String reason) {
        public Closing {
            if (force && (reason == null || reason.isBlank())) {
                throw ProblemException.invalidField("reason", "a forced close needs the reason it passes over open flags");
            }
        }

        ClearingRecord close(String institutionId, String month, Totals live, Prepayment prepayment, OffsetDateTime at) {
            return force ? ClearingRecord.forceClose(institutionId, month, live, prepayment, by, reason, at)
                    : ClearingRecord.close(institutionId, month, live, prepayment, by, at);
        }
    }

    /** The tier the institution's credit grade gives the month's payable balance now. */
    private Uni<Prepayment> prepayment(String institutionId, Totals live) {
        return institutions.findById(institutionId).map(institution -> institution == null ? null : institution.creditGrade)
                .map(grade -> tiers.of(grade, live.balance().payable()));
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
        return bookings.bookingMonth(institutionId, concerns).chain(booked -> clearings.deduction(
                required(deduction.deductionId(), "deductionId"), deduction.flagId(), deduction.settlementId(), institutionId,
                booked, concerns, deduction.amount()));
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

    private static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
    }
}
