package cn.medins.settlement.repository;

import java.math.BigDecimal;
import java.time.OffsetDateTime;

import cn.medins.contracts.settlement.SettlementEvents.ClearingPrepayment;
import cn.medins.settlement.domain.PrepaymentTiers.Prepayment;
import cn.medins.settlement.repository.ClearingRepository.Totals;
import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A closed month of an institution, with the figures it was closed with. */
@Entity
@Table(name = "clearing")
public class ClearingRecord extends PanacheEntityBase {

    @Id
    @Column(name = "clearing_key")
    public String clearingKey;

    @Column(name = "institution_id")
    public String institutionId;

    @Column(name = "clearing_month")
    public String month;

    @Column(name = "claim_count")
    public long claimCount;

    @Embedded
    public Funds funds;

    @Column(name = "audit_deductions")
    public BigDecimal auditDeductions;

    @Column(name = "net_payable")
    public BigDecimal netPayable;

    /** Zero, or the negative balance the month could not pay and passed to the next. */
    @Column(name = "carried_forward")
    public BigDecimal carriedForward;

    public boolean forced;

    /** The credit grade the registry held at the close ({@code null}: not graded), and the tier it put the month in. */
    @Column(name = "credit_grade")
    public String creditGrade;

    @Column(name = "prepayment_tier")
    public Integer prepaymentTier;

    @Column(name = "prepayment_ratio")
    public BigDecimal prepaymentRatio;

    /** Paid at the close; {@code retained} is the quality deposit held until the year's assessment. */
    public BigDecimal prepaid;

    public BigDecimal retained;

    /** The member of staff who closed the month (the token's subject). */
    @Column(name = "closed_by")
    public String closedBy;

    /** Why the month was closed with audit flags open; {@code null} when it was not forced. */
    @Column(name = "force_reason")
    public String forceReason;

    @Column(name = "closed_at")
    public OffsetDateTime closedAt;

    /**
     * The month closed now with its live figures and the prepayment tier it is paid under; these figures never change
     * again. {@code force} is recorded whether or not flags were open, with the reason it was given.
     */
    public static ClearingRecord close(String institutionId, String month, Totals live, Prepayment prepayment, boolean force,
            String by, String forceReason, OffsetDateTime at) {
        ClearingRecord closed = new ClearingRecord();
        closed.clearingKey = key(institutionId, month);
        closed.institutionId = institutionId;
        closed.month = month;
        closed.claimCount = live.claimCount();
        closed.funds = live.funds();
        closed.auditDeductions = live.auditDeductions();
        closed.netPayable = live.balance().payable();
        closed.carriedForward = live.balance().carriedForward();
        closed.creditGrade = prepayment.creditGrade();
        closed.prepaymentTier = prepayment.tier();
        closed.prepaymentRatio = prepayment.ratio();
        closed.prepaid = prepayment.prepaid();
        closed.retained = prepayment.retained();
        closed.forced = force;
        closed.forceReason = force ? forceReason : null;
        closed.closedBy = by;
        closed.closedAt = at;
        return closed;
    }

    /** The tier the month was closed under; {@code null} for a month closed before tiers were recorded. */
    public ClearingPrepayment prepayment() {
        return prepaymentTier == null ? null
                : new ClearingPrepayment(creditGrade, prepaymentTier, prepaymentRatio, prepaid, retained);
    }

    public static String key(String institutionId, String month) {
        return month + "/" + institutionId;
    }
}
