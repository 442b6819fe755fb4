package cn.medins.assistance.domain;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

import cn.medins.contracts.partner.NeedyCategory;

/**
 * The figures the matchers apply, of one policy version (POLICY.md). Settlement's policy owns them; this service
 * learns each version from {@code PolicyActivated} and never keeps a figure of its own.
 *
 * @param version the policy version the figures are of, named in every decision they decide
 * @param residentIndividualPremium the yearly individual resident premium the subsidy is a share of
 * @param subsidyRatios share of that premium subsidised, per needy category
 * @param reAssistanceThreshold the year's burden after all three layers above which re-assistance is due
 * @param maternityLeaveDays base leave days of the maternity allowance
 * @param cesareanExtraDays extra days for a cesarean delivery
 * @param extraDaysPerAdditionalBaby extra days for each baby after the first
 */
public record AssistancePolicy(String version, BigDecimal residentIndividualPremium, Map<NeedyCategory, BigDecimal> subsidyRatios,
        BigDecimal reAssistanceThreshold, int maternityLeaveDays, int cesareanExtraDays, int extraDaysPerAdditionalBaby) {

    public AssistancePolicy {
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(residentIndividualPremium, "residentIndividualPremium");
        Objects.requireNonNull(reAssistanceThreshold, "reAssistanceThreshold");
        Objects.requireNonNull(subsidyRatios, "premiumSubsidyRatios");
        subsidyRatios = new EnumMap<>(subsidyRatios);
        for (NeedyCategory category : NeedyCategory.values()) {
            BigDecimal ratio = subsidyRatios.get(category);
            if (ratio == null || ratio.signum() < 0 || ratio.compareTo(BigDecimal.ONE) > 0) {
                throw new IllegalArgumentException("premiumSubsidyRatios." + category + ": must be set between 0 and 1, was " + ratio);
            }
        }
        if (residentIndividualPremium.signum() < 0 || reAssistanceThreshold.signum() < 0) {
            throw new IllegalArgumentException("residentIndividualPremium and reAssistanceThreshold must not be negative");
        }
        if (maternityLeaveDays < 1 || cesareanExtraDays < 0 || extraDaysPerAdditionalBaby < 0) {
            throw new IllegalArgumentException("maternityLeave: base days must be at least 1 and extra days not negative");
        }
    }

    public BigDecimal subsidyRatio(NeedyCategory category) {
        return subsidyRatios.get(category);
    }
}
