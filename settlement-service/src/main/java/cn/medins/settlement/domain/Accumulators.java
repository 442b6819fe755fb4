package cn.medins.settlement.domain;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.Map;
import java.util.function.BinaryOperator;

import cn.medins.contracts.coverage.ChronicDisease;

/**
 * A person's running totals for one calendar year, or the change one settlement makes to them. Reversal subtracts
 * exactly the change the settlement added.
 *
 * @param inpatientBasic basic pool paid on inpatient stays (and, for employees, chronic outpatient: they share a cap)
 * @param chronicBasic residents' chronic outpatient basic pool, per disease
 * @param criticalIllnessBurden in-scope burden left after the basic pool, which critical-illness insurance works on
 * @param assistanceBurden in-scope burden left after basic pool, large medical and critical illness
 * @param residualBurden in-scope burden left after all three layers, which re-assistance works on
 */
public record Accumulators(BigDecimal outpatientBasic, BigDecimal inpatientBasic, BigDecimal twoDiseaseDrugsBasic,
        Map<ChronicDisease, BigDecimal> chronicBasic, int inpatientStays, BigDecimal largeMedical,
        BigDecimal criticalIllnessBurden, BigDecimal criticalIllness, BigDecimal assistanceBurden, BigDecimal assistance,
        BigDecimal residualBurden, BigDecimal reAssistance) {

    public static final Accumulators NONE = new Accumulators(Money.ZERO, Money.ZERO, Money.ZERO, Map.of(), 0, Money.ZERO,
            Money.ZERO, Money.ZERO, Money.ZERO, Money.ZERO, Money.ZERO, Money.ZERO);

    public Accumulators {
        EnumMap<ChronicDisease, BigDecimal> complete = new EnumMap<>(ChronicDisease.class);
        for (ChronicDisease disease : ChronicDisease.values()) {
            complete.put(disease, chronicBasic.getOrDefault(disease, Money.ZERO));
        }
        chronicBasic = Map.copyOf(complete);
    }

    public BigDecimal chronicBasic(ChronicDisease disease) {
        return chronicBasic.get(disease);
    }

    public Accumulators plus(Accumulators delta) {
        return combine(delta, BigDecimal::add, 1);
    }

    public Accumulators minus(Accumulators delta) {
        return combine(delta, BigDecimal::subtract, -1);
    }

    /**
     * What reversing a claim takes back from the person's year, this being the change its settlement made and
     * re-adjudication having paid the person {@code adjudicatedCriticalIllness} and {@code adjudicatedAssistance} on it
     * since. Its own amounts and its whole burden go; what re-adjudication paid to the person's bank account stands
     * (never clawed back): it stays in the year's fund totals, so that the year's next claims pay off any excess
     * (POLICY.md, reversals), and only the burden it had taken off the later layers goes with the claim.
     */
    public Accumulators reversal(BigDecimal adjudicatedCriticalIllness, BigDecimal adjudicatedAssistance) {
        return new Accumulators(outpatientBasic, inpatientBasic, twoDiseaseDrugsBasic, chronicBasic, inpatientStays, largeMedical,
                criticalIllnessBurden, criticalIllness, assistanceBurden.subtract(adjudicatedCriticalIllness), assistance,
                residualBurden.subtract(adjudicatedCriticalIllness).subtract(adjudicatedAssistance), reAssistance);
    }

    private Accumulators combine(Accumulators other, BinaryOperator<BigDecimal> op, int sign) {
        EnumMap<ChronicDisease, BigDecimal> chronic = new EnumMap<>(ChronicDisease.class);
        chronicBasic.forEach((disease, amount) -> chronic.put(disease, op.apply(amount, other.chronicBasic(disease))));
        return new Accumulators(op.apply(outpatientBasic, other.outpatientBasic), op.apply(inpatientBasic, other.inpatientBasic),
                op.apply(twoDiseaseDrugsBasic, other.twoDiseaseDrugsBasic), chronic, inpatientStays + sign * other.inpatientStays,
                op.apply(largeMedical, other.largeMedical), op.apply(criticalIllnessBurden, other.criticalIllnessBurden),
                op.apply(criticalIllness, other.criticalIllness), op.apply(assistanceBurden, other.assistanceBurden),
                op.apply(assistance, other.assistance), op.apply(residualBurden, other.residualBurden),
                op.apply(reAssistance, other.reAssistance));
    }
}
