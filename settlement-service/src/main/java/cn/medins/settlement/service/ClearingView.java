package cn.medins.settlement.service;

import java.math.BigDecimal;
import java.time.OffsetDateTime;

/**
 * An institution's month: what the funds owe it for the claims settled (reversals excluded), less confirmed audit
 * deductions. {@code status} is {@code OPEN} or {@code CLOSED}; a closed month shows the figures it was closed with.
 */
public record ClearingView(String institutionId, String month, String status, long claimCount, BigDecimal basicPool,
        BigDecimal largeMedical, BigDecimal criticalIllness, BigDecimal assistance, BigDecimal maternityFund,
        BigDecimal auditDeductions, BigDecimal netPayable, long openFlags, boolean forced, OffsetDateTime closedAt) {
}
