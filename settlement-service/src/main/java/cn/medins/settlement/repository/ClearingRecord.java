package cn.medins.settlement.repository;

import java.math.BigDecimal;
import java.time.OffsetDateTime;

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

    @Column(name = "closed_at")
    public OffsetDateTime closedAt;

    public static String key(String institutionId, String month) {
        return month + "/" + institutionId;
    }
}
