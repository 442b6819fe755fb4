package cn.medins.settlement.domain.policy;

import java.math.BigDecimal;
import java.util.Map;

import cn.medins.contracts.partner.NeedyCategory;

/**
 * Medical assistance for needy persons, all schemes. The core categories get {@code coreRatio} of each claim's burden
 * left after the insurance layers; marginal and monitored persons get {@code marginalRatio} of the year's accumulated
 * burden above {@code marginalThreshold}; both within {@code annualCap}. Re-assistance pays {@code reAssistanceRatio}
 * of the year's burden left after all three layers above {@code reAssistanceThreshold}, up to {@code reAssistanceAnnualCap}.
 * Subsidised enrolment (资助参保) pays {@code premiumSubsidyRatios} of the resident individual premium for each needy
 * category; assistance-service applies it and the re-assistance threshold from {@code PolicyActivated}, so that the
 * figures have one owner.
 */
public record MedicalAssistance(BigDecimal coreRatio, BigDecimal marginalRatio, BigDecimal marginalThreshold,
        BigDecimal annualCap, BigDecimal reAssistanceRatio, BigDecimal reAssistanceThreshold,
        BigDecimal reAssistanceAnnualCap, Map<NeedyCategory, BigDecimal> premiumSubsidyRatios) {

    public MedicalAssistance {
        Require.ratio(coreRatio, "coreRatio");
        Require.ratio(marginalRatio, "marginalRatio");
        Require.amount(marginalThreshold, "marginalThreshold");
        Require.amount(annualCap, "annualCap");
        Require.ratio(reAssistanceRatio, "reAssistanceRatio");
        Require.amount(reAssistanceThreshold, "reAssistanceThreshold");
        Require.amount(reAssistanceAnnualCap, "reAssistanceAnnualCap");
        Require.present(premiumSubsidyRatios, "premiumSubsidyRatios");
        for (NeedyCategory category : NeedyCategory.values()) {
            Require.ratio(premiumSubsidyRatios.get(category), "premiumSubsidyRatios." + category);
        }
        premiumSubsidyRatios = Map.copyOf(premiumSubsidyRatios);
    }
}
