package cn.medins.audit.service;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Map;

import cn.medins.audit.repository.Flag;
import cn.medins.contracts.audit.AuditEvents.Severity;

/** A flag as auditors see it (API.md), with the evidence and, once resolved, the decision and any deduction. */
public record FlagView(String flagId, String ruleId, Severity severity, String settlementId, String institutionId,
        String insuredId, LocalDate serviceDate, String itemCode, BigDecimal amount, String message,
        Map<String, Object> evidence, String relatedSettlementId, Flag.Status status, OffsetDateTime flaggedAt,
        OffsetDateTime resolvedAt, String resolvedBy, String note, String deductionId, BigDecimal deducted) {

    public static FlagView of(Flag flag) {
        return new FlagView(flag.flagId, flag.ruleId, flag.severity, flag.settlementId, flag.institutionId, flag.insuredId,
                flag.serviceDate, flag.itemCode, flag.amount, flag.message, flag.evidence, flag.relatedSettlementId,
                flag.status, flag.flaggedAt, flag.resolvedAt, flag.resolvedBy, flag.note, flag.deductionId, flag.deducted);
    }
}
