package cn.medins.assistance.domain;

/** The apply-free decisions this service makes (the {@code kind} of {@code BenefitGranted}). */
public enum BenefitKind {
    PREMIUM_SUBSIDY,
    RETROACTIVE_ASSISTANCE,
    RE_ASSISTANCE,
    CHRONIC_DISEASE_RECOGNITION,
    MATERNITY_ALLOWANCE,
    LONG_TERM_CARE_REFERRAL
}
