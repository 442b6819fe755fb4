package cn.medins.settlement.domain;

import java.math.BigDecimal;
import java.util.List;

import cn.medins.settlement.domain.policy.MedicalAssistance;
import cn.medins.settlement.domain.policy.Policy.Segment;
import cn.medins.settlement.domain.policy.ResidentPolicy.CriticalIllness;

/**
 * What a year's accumulated burden entitles to under a segmented scale above a deductible. A claim is paid what the
 * year's burden with it entitles to, less what the year's live claims were paid already (POLICY.md, critical-illness
 * insurance): the year's total is then the entitlement of its live claims' burden, whatever the order in which they
 * were settled and reversed. Paying each claim the increase it causes instead would leave a reversed early claim's
 * higher segments with the later claims, and a re-settled claim would be paid them a second time.
 */
final class CumulativeScale {

    private final BigDecimal deductible;
    private final List<Segment> segments;
    private final BigDecimal bonus;
    private final BigDecimal cap;

    /** @param cap the most the year's entitlement reaches, {@code null} for none */
    CumulativeScale(BigDecimal deductible, List<Segment> segments, BigDecimal bonus, BigDecimal cap) {
        this.deductible = deductible;
        this.segments = segments;
        this.bonus = bonus;
        this.cap = cap;
    }

    /**
     * Critical-illness insurance for a resident; the core needy categories get the deductible times its factor, the
     * bonus on every segment and no cap. The counter and retroactive re-adjudication both rate with this one scale.
     */
    static CumulativeScale criticalIllness(CriticalIllness terms, boolean coreNeedy) {
        return coreNeedy
                ? new CumulativeScale(criticalIllnessDeductible(terms, true), terms.segments(), terms.needyBonus(), null)
                : new CumulativeScale(terms.deductible(), terms.segments(), BigDecimal.ZERO, terms.annualCap());
    }

    static BigDecimal criticalIllnessDeductible(CriticalIllness terms, boolean coreNeedy) {
        return coreNeedy ? Money.fen(terms.deductible().multiply(terms.needyDeductibleFactor())) : terms.deductible();
    }

    /** Medical assistance of the marginal and monitored categories: a share of the year's burden above a threshold. */
    static CumulativeScale marginalAssistance(MedicalAssistance terms) {
        return new CumulativeScale(terms.marginalThreshold(), List.of(new Segment(null, terms.marginalRatio())), BigDecimal.ZERO, null);
    }

    /** The entitlement of a year's burden, to the fen. */
    BigDecimal entitlement(BigDecimal burden) {
        BigDecimal above = Money.atLeastZero(burden.subtract(deductible));
        BigDecimal total = BigDecimal.ZERO;
        BigDecimal lower = BigDecimal.ZERO;
        for (Segment segment : segments) {
            if (above.compareTo(lower) <= 0) {
                break;
            }
            BigDecimal upper = segment.upTo() == null ? above : Money.min(above, segment.upTo());
            total = total.add(upper.subtract(lower).multiply(segment.ratio().add(bonus)));
            lower = upper;
        }
        BigDecimal entitled = Money.fen(total);
        return cap == null ? entitled : Money.min(entitled, cap);
    }

    /**
     * What a claim is paid when the year's burden, its own included, is {@code burdenAfter} and the year's live claims
     * were paid {@code paid} already. Never below zero: an overpayment left by a reversal is paid off this way, by the
     * next claims of the year, before any new payment.
     */
    BigDecimal owed(BigDecimal burdenAfter, BigDecimal paid) {
        return Money.atLeastZero(entitlement(burdenAfter).subtract(paid));
    }

    /** What the year's live claims were paid beyond what their burden entitles to; zero when they were not. */
    BigDecimal overpaid(BigDecimal burden, BigDecimal paid) {
        return Money.atLeastZero(paid.subtract(entitlement(burden)));
    }
}
