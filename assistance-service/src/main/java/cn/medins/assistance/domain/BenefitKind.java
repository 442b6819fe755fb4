package cn.medins.assistance.domain;

/** The apply-free decisions this service makes (the {@code kind} of {@code BenefitGranted}). */
public enum BenefitKind {
    PREMIUM_SUBSIDY,
    RETROACTIVE_ASSISTANCE,
    RE_ASSISTANCE,
    /**
     * A needy status granted from before the retroactive reach-back limit: the township reviews the claims served
     * before the limit; the decision itself pays nothing.
     */
    RETROACTIVE_ASSISTANCE_REVIEW,
    CHRONIC_DISEASE_RECOGNITION,
    MATERNITY_ALLOWANCE,
    LONG_TERM_CARE_REFERRAL,
    /**
     * A partner record offered a bank account whose holder is not the person: the township reviews it before any money
     * goes there; the decision itself pays nothing. Never announced as a benefit.
     */
    BANK_ACCOUNT_REVIEW,
    /**
     * A payment above what may go to the bank unseen ({@link PaymentLimits}) is held for township review; the decision
     * itself pays nothing, approval at 拨付 sends the held payment of the decision it names. Never announced as a
     * benefit.
     */
    PAYMENT_REVIEW;

    /** Whether a decision of this kind pays money into the person's bank account. */
    public boolean paysToBank() {
        return this == RETROACTIVE_ASSISTANCE || this == RE_ASSISTANCE || this == MATERNITY_ALLOWANCE;
    }
}
