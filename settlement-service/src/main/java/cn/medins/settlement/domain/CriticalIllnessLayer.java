package cn.medins.settlement.domain;

import static cn.medins.settlement.domain.Rating.percent;

import java.math.BigDecimal;

import cn.medins.contracts.coverage.Scheme;
import cn.medins.settlement.domain.policy.Policy;

/**
 * 居民大病保险, residents only: the year's entitlement on the accumulated in-scope burden after the basic pool, less what
 * the year's claims were paid already, within the annual cap (none for the core needy, who also get a halved
 * deductible and a bonus on every segment).
 */
final class CriticalIllnessLayer implements FundLayer {

    @Override
    public void rate(Rating r) {
        if (r.insured.category().scheme() != Scheme.RESIDENT) {
            return;
        }
        Insured insured = r.insured;
        var terms = r.policy.resident().criticalIllness();
        BigDecimal burden = r.year.criticalIllnessBurden().add(r.afterBasic);
        BigDecimal owed = Money.min(scale(r.policy, insured).owed(burden, r.year.criticalIllness()), r.afterBasic);
        r.criticalIllness = insured.coreNeedy() ? owed : Money.min(owed, Money.left(terms.annualCap(), r.year.criticalIllness()));
        r.explain("criticalIllness", r.criticalIllness, "year's in-scope burden after basic pool " + burden + ", deductible "
                + CumulativeScale.criticalIllnessDeductible(terms, insured.coreNeedy())
                + (insured.coreNeedy() ? " (needy: halved, +" + percent(terms.needyBonus()) + ", no cap)" : "")
                + "; this claim is paid the year's entitlement less the " + r.year.criticalIllness() + " its claims were paid already");
    }

    static CumulativeScale scale(Policy policy, Insured insured) {
        return CumulativeScale.criticalIllness(policy.resident().criticalIllness(), insured.coreNeedy());
    }
}
