package cn.medins.settlement.service;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;

import cn.medins.contracts.settlement.SettlementEvents.ClearingAdjustment;

/**
 * An institution's month: what the funds owe it for the claims booked in it (reversals excluded), less confirmed audit
 * deductions, plus what an earlier month carried (zero or negative); never below zero, the rest carried forward.
 * {@code status} is {@code OPEN} or {@code CLOSED}; a closed month shows the figures it was closed with, for good.
 * {@code adjustments} are the items booked in the month that belong to a closed one, each with its claim.
 */
public record ClearingView(String institutionId, String month, String status, long claimCount, BigDecimal basicPool,
        BigDecimal largeMedical, BigDecimal criticalIllness, BigDecimal assistance, BigDecimal maternityFund,
        BigDecimal auditDeductions, BigDecimal carriedIn, BigDecimal netPayable, BigDecimal carriedForward,
        List<ClearingAdjustment> adjustments, long openFlags, boolean forced, OffsetDateTime closedAt) {
}
