package cn.medins.settlement.domain;

import java.math.BigDecimal;
import java.util.List;

import cn.medins.settlement.domain.policy.Policy.Segment;

/**
 * What a year's accumulated burden entitles to under a segmented scale above a deductible. A claim is paid the increase
 * of the entitlement it causes, so the order of a year's claims never changes the year's total.
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

    /** What a claim adding {@code burden} to {@code before} is paid. */
    BigDecimal increase(BigDecimal before, BigDecimal burden) {
        return Money.atLeastZero(entitlement(before.add(burden)).subtract(entitlement(before)));
    }
}
