package cn.medins.assistance.config;

import java.math.BigDecimal;
import java.util.Map;

import io.smallrye.config.ConfigMapping;

/** The policy figures in application.properties (POLICY.md); each says there whether it is published or assumed. */
@ConfigMapping(prefix = "medins.assistance.policy")
public interface AssistancePolicyConfig {

    BigDecimal residentIndividualPremium();

    /** Keyed by needy category name. */
    Map<String, BigDecimal> subsidyRatio();

    BigDecimal reAssistanceThreshold();

    int maternityLeaveDays();

    int maternityCesareanExtraDays();

    int maternityExtraDaysPerAdditionalBaby();

    /** Keyed by benefit kind name, for each kind that pays to a bank: a larger payment waits for township review. */
    Map<String, BigDecimal> paymentReviewAbove();

    /** An allowance computed on a larger employer wage waits for township review. */
    BigDecimal wageReviewAbove();

    /** A larger employer wage is refused as no wage at all. */
    BigDecimal wageRefusedAbove();
}
