package cn.medins.settlement.repository;

import java.math.BigDecimal;
import java.time.OffsetDateTime;

import cn.medins.contracts.settlement.SettlementEvents.ClearingPrepayment;
import cn.medins.rest.ProblemException;
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
     * again. While audit flags of the month are open it closes only by {@link #forceClose}.
     */
    public static ClearingRecord close(String institutionId, String month, Totals live, Prepayment prepayment, String by,
            OffsetDateTime at) {
        if (live.openFlags() > 0) {
            throw ProblemException.conflict("open-flags", live.openFlags() + " audit flags of " + month
                    + " are still open: resolve them first, or close with force=true and a reason");
        }
        return closed(institutionId, month, live, prepayment, by, at);
    }

    /**
     * The month closed now even with audit flags open, which then no longer hold anything back; recorded as forced
     * with the reason, whether or not flags were open.
     */
    public static ClearingRecord forceClose(String institutionId, String month, Totals live, Prepayment prepayment, String by,
            String reason, OffsetDateTime at) {
        ClearingRecord closed = closed(institutionId, month, live, prepayment, by, at);
        closed.forced = true;
        closed.forceReason = reason;
        return closed;
    }

    private static ClearingRecord closed(String institutionId, String month, Totals live, Prepayment prepayment, String by,
            OffsetDateTime at) {
        ClearingRecord closed = new ClearingRecord();
        closed.clearingKey = key(institutionId, month);
        closed.institutionId = institutionId;
        closed.month = month;
        closed.figures(live);
        closed.paidUnder(prepayment);
        closed.closedBy = by;
        closed.closedAt = at;
        return closed;
    }

    private void figures(Totals live) {
        claimCount = live.claimCount();
        funds = live.funds();
        auditDeductions = live.auditDeductions();
        netPayable = live.balance().payable();
        carriedForward = live.balance().carriedForward();
    }

    private void paidUnder(Prepayment prepayment) {
        creditGrade = prepayment.creditGrade();
        prepaymentTier = prepayment.tier();
        prepaymentRatio = prepayment.ratio();
        prepaid = prepayment.prepaid();
        retained = prepayment.retained();
    }

    /** The conflict of closing this month again: a closed month is final. */
    public ProblemException closedAlready() {
        return ProblemException.conflict("clearing-closed", "the clearing of " + institutionId + " for " + month
                + " was closed at " + closedAt);
    }

    /** What an earlier month carried into this one, as the close saw it: the balance less the month's own figures. */
    public BigDecimal carriedIn() {
        return netPayable.add(carriedForward).add(auditDeductions).subtract(funds.total());
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
