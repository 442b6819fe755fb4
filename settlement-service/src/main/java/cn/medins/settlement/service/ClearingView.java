package cn.medins.settlement.service;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;

import cn.medins.contracts.settlement.SettlementEvents.ClearingAdjustment;
import cn.medins.contracts.settlement.SettlementEvents.ClearingPrepayment;

/**
 * An institution's month: what the funds owe it for the claims booked in it (reversals excluded), less confirmed audit
 * deductions, plus what an earlier month carried (zero or negative); never below zero, the rest carried forward.
 * {@code status} is {@code OPEN} or {@code CLOSED}; a closed month shows the figures it was closed with, for good.
 * {@code adjustments} are the items booked in the month that belong to a closed one, each with its claim.
 * {@code prepayment} is the tier of the institution's credit grade: for a closed month the one it was closed under, for
 * good ({@code null} for months closed before tiers existed); for an open month the one today's grade gives.
 * {@code closedBy} is the member of staff who closed it; {@code forceReason} why open flags were passed over.
 */
public record ClearingView(String institutionId, String month, String status, long claimCount, BigDecimal basicPool,
        BigDecimal largeMedical, BigDecimal criticalIllness, BigDecimal assistance, BigDecimal maternityFund,
        BigDecimal auditDeductions, BigDecimal carriedIn, BigDecimal netPayable, BigDecimal carriedForward,
        List<ClearingAdjustment> adjustments, long openFlags, ClearingPrepayment prepayment, boolean forced, String forceReason,
        String closedBy, OffsetDateTime closedAt) {
}
