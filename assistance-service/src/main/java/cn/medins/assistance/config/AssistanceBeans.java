package cn.medins.assistance.config;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.EnumMap;
import java.util.Map;

import cn.medins.assistance.domain.AssistancePolicy;
import cn.medins.assistance.domain.BenefitKind;
import cn.medins.assistance.domain.MaternityAllowanceMatcher;
import cn.medins.assistance.domain.Partner;
import cn.medins.contracts.region.PartnerRegions;
import cn.medins.contracts.region.PoolingRegions;
import cn.medins.assistance.domain.PaymentLimits;
import cn.medins.assistance.domain.PremiumSubsidyMatcher;
import cn.medins.assistance.domain.ReAssistanceMatcher;
import cn.medins.contracts.partner.NeedyCategory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/**
 * The plain-Java policy and matchers as beans (singletons: they are final and immutable, nothing to proxy), and the
 * clock, so that tests can fix what "today" is.
 */
@ApplicationScoped
public class AssistanceBeans {

    @Produces
    @Singleton
    Clock clock() {
        return Clock.systemDefaultZone();
    }

    @Produces
    @Singleton
    AssistancePolicy policy(AssistancePolicyConfig config) {
        Map<NeedyCategory, BigDecimal> ratios = new EnumMap<>(NeedyCategory.class);
        config.subsidyRatio().forEach((category, ratio) -> {
            try {
                ratios.put(NeedyCategory.valueOf(category), ratio);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("medins.assistance.policy.subsidy-ratio." + category
                        + ": not a needy category", e);
            }
        });
        return new AssistancePolicy(config.residentIndividualPremium(), ratios, config.reAssistanceThreshold(),
                config.maternityLeaveDays(), config.maternityCesareanExtraDays(), config.maternityExtraDaysPerAdditionalBaby());
    }

    @Produces
    @Singleton
    PaymentLimits paymentLimits(AssistancePolicyConfig config) {
        Map<BenefitKind, BigDecimal> thresholds = new EnumMap<>(BenefitKind.class);
        config.paymentReviewAbove().forEach((kind, threshold) -> {
            try {
                thresholds.put(BenefitKind.valueOf(kind), threshold);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("medins.assistance.policy.payment-review-above." + kind
                        + ": not a benefit kind", e);
            }
        });
        return new PaymentLimits(thresholds, config.wageReviewAbove(), config.wageRefusedAbove());
    }

    @Produces
    @Singleton
    PartnerRegions partnerRegions(PartnerRegionsConfig config) {
        return new PartnerRegions("medins.assistance.partners", PoolingRegions.shipped(), Map.of(Partner.CIVIL_AFFAIRS.key(),
                config.civilAffairs().regions(), Partner.HR.key(), config.hr().regions()));
    }

    @Produces
    @Singleton
    PremiumSubsidyMatcher premiumSubsidyMatcher(AssistancePolicy policy) {
        return new PremiumSubsidyMatcher(policy);
    }

    @Produces
    @Singleton
    ReAssistanceMatcher reAssistanceMatcher(AssistancePolicy policy) {
        return new ReAssistanceMatcher(policy);
    }

    @Produces
    @Singleton
    MaternityAllowanceMatcher maternityAllowanceMatcher(AssistancePolicy policy) {
        return new MaternityAllowanceMatcher(policy);
    }
}
