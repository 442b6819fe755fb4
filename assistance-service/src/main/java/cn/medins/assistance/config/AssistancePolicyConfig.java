package cn.medins.assistance.config;

import java.math.BigDecimal;
import java.util.Map;

import io.smallrye.config.ConfigMapping;

/**
 * The payment controls in application.properties; each says there whether it is published or assumed. The benefit
 * figures (premium subsidy, re-assistance threshold, maternity leave) are settlement's policy, not configuration here.
 */
@ConfigMapping(prefix = "medins.assistance.policy")
public interface AssistancePolicyConfig {

    /** Keyed by benefit kind name, for each kind that pays to a bank: a larger payment waits for township review. */
    Map<String, BigDecimal> paymentReviewAbove();

    /** An allowance computed on a larger employer wage waits for township review. */
    BigDecimal wageReviewAbove();

    /** A larger employer wage is refused as no wage at all. */
    BigDecimal wageRefusedAbove();
}
