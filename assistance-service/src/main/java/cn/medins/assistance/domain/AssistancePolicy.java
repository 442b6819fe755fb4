package cn.medins.assistance.domain;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

import cn.medins.contracts.partner.NeedyCategory;

/**
 * The figures the matchers apply (POLICY.md), loaded from configuration, never written in code.
 *
 * @param residentIndividualPremium the yearly individual resident premium the subsidy is a share of
 * @param subsidyRatios share of that premium subsidised, per needy category
 * @param reAssistanceThreshold the year's burden after all three layers above which re-assistance is due
 * @param maternityLeaveDays base leave days of the maternity allowance
 * @param cesareanExtraDays extra days for a cesarean delivery
 * @param extraDaysPerAdditionalBaby extra days for each baby after the first
 */
public record AssistancePolicy(BigDecimal residentIndividualPremium, Map<NeedyCategory, BigDecimal> subsidyRatios,
        BigDecimal reAssistanceThreshold, int maternityLeaveDays, int cesareanExtraDays, int extraDaysPerAdditionalBaby) {

    public AssistancePolicy {
        Objects.requireNonNull(residentIndividualPremium, "residentIndividualPremium");
        Objects.requireNonNull(reAssistanceThreshold, "reAssistanceThreshold");
        subsidyRatios = new EnumMap<>(subsidyRatios);
        for (NeedyCategory category : NeedyCategory.values()) {
            BigDecimal ratio = subsidyRatios.get(category);
            if (ratio == null || ratio.signum() < 0 || ratio.compareTo(BigDecimal.ONE) > 0) {
                throw new IllegalArgumentException("subsidy-ratio." + category + " must be set between 0 and 1, was " + ratio);
            }
        }
    }

    public BigDecimal subsidyRatio(NeedyCategory category) {
        return subsidyRatios.get(category);
    }
}
