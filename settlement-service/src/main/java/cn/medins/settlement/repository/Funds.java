package cn.medins.settlement.repository;

import java.math.BigDecimal;

import cn.medins.settlement.domain.Money;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** What the funds pay: on one settlement, or summed over an institution's closed month. */
@Embeddable
public class Funds {

    @Column(name = "basic_pool")
    public BigDecimal basicPool;

    @Column(name = "large_medical")
    public BigDecimal largeMedical;

    @Column(name = "critical_illness")
    public BigDecimal criticalIllness;

    public BigDecimal assistance;

    @Column(name = "maternity_fund")
    public BigDecimal maternityFund;

    public static Funds of(BigDecimal basicPool, BigDecimal largeMedical, BigDecimal criticalIllness, BigDecimal assistance,
            BigDecimal maternityFund) {
        Funds funds = new Funds();
        funds.basicPool = basicPool;
        funds.largeMedical = largeMedical;
        funds.criticalIllness = criticalIllness;
        funds.assistance = assistance;
        funds.maternityFund = maternityFund;
        return funds;
    }

    /** Nothing paid by any fund: what a carried balance moves, which is no fund's money. */
    public static Funds none() {
        return of(Money.ZERO, Money.ZERO, Money.ZERO, Money.ZERO, Money.ZERO);
    }

    /** The same amounts taken back. */
    public Funds negated() {
        return of(basicPool.negate(), largeMedical.negate(), criticalIllness.negate(), assistance.negate(), maternityFund.negate());
    }

    public BigDecimal total() {
        return basicPool.add(largeMedical).add(criticalIllness).add(assistance).add(maternityFund);
    }
}
