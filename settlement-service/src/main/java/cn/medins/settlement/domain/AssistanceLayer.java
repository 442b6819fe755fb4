package cn.medins.settlement.domain;

import java.math.BigDecimal;

import cn.medins.settlement.domain.policy.MedicalAssistance;

/**
 * 医疗救助 for a needy person: the core categories a share of this claim's burden left, the marginal ones a share of
 * the year's accumulated burden above the threshold, both within the annual cap.
 */
final class AssistanceLayer implements FundLayer {

    @Override
    public void rate(Rating r) {
        r.left = Money.atLeastZero(r.afterBasic.subtract(r.largeMedical).subtract(r.criticalIllness));
        if (r.insured.needy() == null) {
            return;
        }
        MedicalAssistance terms = r.policy.medicalAssistance();
        BigDecimal capLeft = Money.left(terms.annualCap(), r.year.assistance());
        BigDecimal owed = r.insured.coreNeedy()
                ? Money.fen(r.left.multiply(terms.coreRatio()))
                : CumulativeScale.marginalAssistance(terms).owed(r.year.assistanceBurden().add(r.left), r.year.assistance());
        r.assistance = Money.min(Money.min(owed, capLeft), r.left);
        r.explain("assistance", r.assistance, "medical assistance (" + r.insured.needy() + ") on the in-scope burden left " + r.left);
    }
}
