package cn.medins.settlement.service;

import java.math.BigDecimal;
import java.util.Map;

import cn.medins.contracts.coverage.ChronicDisease;
import cn.medins.settlement.domain.Accumulators;

/** A person's totals for one calendar year, what the annual caps are measured against. */
public record AccumulatorsView(String insuredId, int year, BigDecimal outpatientBasic, BigDecimal inpatientBasic,
        BigDecimal twoDiseaseDrugsBasic, Map<ChronicDisease, BigDecimal> chronicBasic, int inpatientStays, BigDecimal largeMedical,
        BigDecimal criticalIllnessBurden, BigDecimal criticalIllness, BigDecimal assistanceBurden, BigDecimal assistance,
        BigDecimal residualBurden, BigDecimal reAssistance, Overpaid overpaid) {

    /**
     * What the live claims of the year were paid beyond what their burden entitles to, per cumulative fund: left by the
     * reversal of an earlier claim, paid off by the year's next claims, shown on the annual reconciliation.
     */
    public record Overpaid(BigDecimal criticalIllness, BigDecimal assistance) {
        static final Overpaid NONE = new Overpaid(new BigDecimal("0.00"), new BigDecimal("0.00"));
    }

    static AccumulatorsView of(String insuredId, int year, Accumulators totals, Overpaid overpaid) {
        return new AccumulatorsView(insuredId, year, totals.outpatientBasic(), totals.inpatientBasic(), totals.twoDiseaseDrugsBasic(),
                totals.chronicBasic(), totals.inpatientStays(), totals.largeMedical(), totals.criticalIllnessBurden(),
                totals.criticalIllness(), totals.assistanceBurden(), totals.assistance(), totals.residualBurden(), totals.reAssistance(),
                overpaid);
    }
}
