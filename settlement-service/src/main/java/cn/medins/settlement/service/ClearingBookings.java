package cn.medins.settlement.service;

import cn.medins.settlement.domain.ClearingMonths;
import cn.medins.settlement.domain.Money;
import cn.medins.settlement.repository.ClearingRecord;
import cn.medins.settlement.repository.ClearingRepository;
import cn.medins.settlement.repository.Funds;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Where money that belongs to a closed month is booked: in the institution's next open month, as an adjustment that
 * names what it concerns, so a closed month keeps its figures. Runs in the caller's transaction.
 */
@ApplicationScoped
public class ClearingBookings {

    private final ClearingRepository clearings;

    public ClearingBookings(ClearingRepository clearings) {
        this.clearings = clearings;
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
                : clearings.adjustment(institutionId, booked, clearingMonth, "LATE_REVERSAL", settlementId, paid.negated(), Money.ZERO));
    }

    /** A month that closed with a negative balance hands it to the next open month. */
    Uni<Void> carry(ClearingRecord closed) {
        if (closed.carriedForward.signum() == 0) {
            return Uni.createFrom().voidItem();
        }
        return clearings.bookingMonth(closed.institutionId, ClearingMonths.next(closed.month)).chain(booked -> clearings.adjustment(
                closed.institutionId, booked, closed.month, "CARRIED_FORWARD", null, Funds.none(), closed.carriedForward));
    }
}
