package cn.medins.settlement.service;

import java.math.BigDecimal;
import java.util.Map;

import cn.medins.contracts.coverage.ChronicDisease;
import cn.medins.settlement.domain.Accumulators;

/** A person's totals for one calendar year, what the annual caps are measured against. */
public record AccumulatorsView(String insuredId, int year, BigDecimal outpatientBasic, BigDecimal inpatientBasic,
        BigDecimal twoDiseaseDrugsBasic, Map<ChronicDisease, BigDecimal> chronicBasic, int inpatientStays, BigDecimal largeMedical,
        BigDecimal criticalIllnessBurden, BigDecimal criticalIllness, BigDecimal assistanceBurden, BigDecimal assistance,
        BigDecimal residualBurden, BigDecimal reAssistance) {

    static AccumulatorsView of(String insuredId, int year, Accumulators totals) {
        return new AccumulatorsView(insuredId, year, totals.outpatientBasic(), totals.inpatientBasic(), totals.twoDiseaseDrugsBasic(),
                totals.chronicBasic(), totals.inpatientStays(), totals.largeMedical(), totals.criticalIllnessBurden(),
                totals.criticalIllness(), totals.assistanceBurden(), totals.assistance(), totals.residualBurden(), totals.reAssistance());
    }
}
