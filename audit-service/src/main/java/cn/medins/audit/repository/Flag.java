package cn.medins.audit.repository;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Map;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import cn.medins.contracts.audit.AuditEvents.Severity;

/** A finding on a settled claim, open until an auditor confirms or dismisses it, or its ground is reversed. */
@Entity
@Table(name = "flag")
public class Flag {

    public enum Status { OPEN, CONFIRMED, DISMISSED, VOIDED }

    @Id
    @Column(name = "flag_id")
    public String flagId;

    @Column(name = "rule_id")
    public String ruleId;

    @Enumerated(EnumType.STRING)
    public Severity severity;

    @Column(name = "settlement_id")
    public String settlementId;

    @Column(name = "related_settlement_id")
    public String relatedSettlementId;

    @Column(name = "institution_id")
    public String institutionId;

    @Column(name = "insured_id")
    public String insuredId;

    @Column(name = "service_date")
    public LocalDate serviceDate;

    @Column(name = "item_code")
    public String itemCode;

    public BigDecimal amount;

    public String message;

    @JdbcTypeCode(SqlTypes.JSON)
    public Map<String, Object> evidence;

    @Enumerated(EnumType.STRING)
    public Status status;

    @Column(name = "flagged_at")
    public OffsetDateTime flaggedAt;

    @Column(name = "resolved_at")
    public OffsetDateTime resolvedAt;

    public String note;

    @Column(name = "deduction_id")
    public String deductionId;

    /** What the confirmation deducted, at most {@link #amount}; {@code null} unless confirmed. */
    public BigDecimal deducted;
}
