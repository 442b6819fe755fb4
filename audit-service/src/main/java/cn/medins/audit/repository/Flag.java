package cn.medins.audit.repository;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.UUID;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import cn.medins.audit.domain.ClaimFacts;
import cn.medins.audit.domain.Finding;
import cn.medins.contracts.audit.AuditEvents.Decision;
import cn.medins.contracts.audit.AuditEvents.Severity;
import cn.medins.rest.ProblemException;

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

    @Column(name = "resolved_by")
    public String resolvedBy;

    @Column(name = "deduction_id")
    public String deductionId;

    /** What the confirmation deducted, at most {@link #amount}; {@code null} unless confirmed. */
    public BigDecimal deducted;

    /** A flag raised now on the settled claim for one finding of a rule: open until decided or voided. */
    public static Flag raise(ClaimFacts claim, Finding finding, OffsetDateTime at) {
        Flag flag = new Flag();
        flag.flagId = UUID.randomUUID().toString();
        flag.ruleId = finding.ruleId();
        flag.severity = finding.severity();
        flag.relatedSettlementId = finding.relatedClaimId();
        flag.itemCode = finding.itemCode();
        flag.amount = finding.amount();
        flag.message = finding.message();
        flag.evidence = finding.evidence();
        flag.onClaim(claim);
        flag.status = Status.OPEN;
        flag.flaggedAt = at;
        return flag;
    }

    private void onClaim(ClaimFacts claim) {
        settlementId = claim.claimId();
        institutionId = claim.institutionId();
        insuredId = claim.insuredId();
        serviceDate = claim.serviceDate();
    }

    /**
     * An auditor's decision on an open flag; a flag is decided once, so a second decision is a conflict. The
     * deduction a confirmation issues is the service's to compute, under the claim's lock ({@link #deduct}).
     */
    public void resolve(Decision decision, String note, String by, OffsetDateTime at) {
        if (status != Status.OPEN) {
            throw ProblemException.conflict("flag-already-resolved", "flag " + flagId + " is already " + status
                    + "; a flag is resolved once");
        }
        this.status = decision == Decision.CONFIRMED ? Status.CONFIRMED : Status.DISMISSED;
        this.note = note;
        this.resolvedBy = by;
        this.resolvedAt = at;
    }

    public boolean confirmed() {
        return status == Status.CONFIRMED;
    }

    /**
     * What the confirmation deducts, at most {@link #amount}. Only a non-zero deduction is issued, under an id of its
     * own: whether one is.
     */
    public boolean deduct(BigDecimal amount) {
        if (!confirmed()) {
            throw new IllegalStateException("flag " + flagId + " is " + status + ": only a confirmed flag deducts");
        }
        this.deducted = amount;
        if (amount.signum() == 0) {
            return false;
        }
        this.deductionId = UUID.randomUUID().toString();
        return true;
    }

    /** The claim the flag rests on was reversed: nothing is left to deduct, and no one decided it. */
    public void voidFor(String reason, OffsetDateTime at) {
        this.status = Status.VOIDED;
        this.note = reason;
        this.resolvedAt = at;
    }
}
