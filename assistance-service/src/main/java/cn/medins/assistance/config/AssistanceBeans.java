package cn.medins.assistance.config;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.EnumMap;
import java.util.Map;

import cn.medins.assistance.domain.BenefitKind;
import cn.medins.assistance.domain.Partner;
import cn.medins.contracts.region.PartnerRegions;
import cn.medins.contracts.region.PoolingRegions;
import cn.medins.assistance.domain.PaymentLimits;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/**
 * The plain-Java payment limits and partner regions as beans (singletons: they are final and immutable, nothing to
 * proxy), and the clock, so that tests can fix what "today" is. The matchers' policy figures come from settlement's
 * {@code PolicyActivated} ({@code service.PolicyFigures}), not from here.
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
}
