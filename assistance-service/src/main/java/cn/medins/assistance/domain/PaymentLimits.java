package cn.medins.assistance.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What may reach a bank without a person looking at it (policy data, loaded from configuration). A partner's record
 * drives amounts (HR's wage makes the maternity allowance; a needy grant makes assistance due), so one forged record
 * must not pay a large sum unseen: a payment above its kind's threshold, or an allowance computed on a wage above the
 * wage review limit, is held for township review. A wage above {@code wageRefusedAbove}, or not above zero, is no
 * wage at all and its record is refused.
 *
 * @param reviewAbove per kind that pays to the bank, the largest amount paid without review
 * @param wageReviewAbove the largest employer average monthly wage an allowance is paid on without review
 * @param wageRefusedAbove the largest employer average monthly wage accepted at all
 */
public record PaymentLimits(Map<BenefitKind, BigDecimal> reviewAbove, BigDecimal wageReviewAbove, BigDecimal wageRefusedAbove) {

    public PaymentLimits {
        reviewAbove = new EnumMap<>(reviewAbove);
        for (BenefitKind kind : BenefitKind.values()) {
            BigDecimal threshold = reviewAbove.get(kind);
            if (kind.paysToBank() && (threshold == null || threshold.signum() <= 0)) {
                throw new IllegalArgumentException("payment-review-above." + kind + " must be set above 0, was " + threshold);
            }
            if (!kind.paysToBank() && threshold != null) {
                throw new IllegalArgumentException("payment-review-above." + kind + ": " + kind + " pays nothing to a bank");
            }
        }
        Objects.requireNonNull(wageReviewAbove, "wageReviewAbove");
        Objects.requireNonNull(wageRefusedAbove, "wageRefusedAbove");
        if (wageReviewAbove.signum() <= 0 || wageRefusedAbove.compareTo(wageReviewAbove) <= 0) {
            throw new IllegalArgumentException("wage-review-above must be above 0 and below wage-refused-above, were "
                    + wageReviewAbove + " and " + wageRefusedAbove);
        }
    }

    /**
     * Why a decision's payment may go to the bank only after township review, every cause at once; empty when it may
     * go now.
     *
     * @param averageMonthlyWage the wage the amount was computed on, {@code null} when it was not computed on one
     */
    public Optional<String> reviewReason(BenefitKind kind, BigDecimal amount, BigDecimal averageMonthlyWage) {
        List<String> causes = new ArrayList<>();
        BigDecimal threshold = reviewAbove.get(kind);
        if (threshold != null && amount != null && amount.compareTo(threshold) > 0) {
            causes.add("amount " + yuan(amount) + " is above the " + kind + " review threshold " + threshold.toPlainString());
        }
        if (averageMonthlyWage != null && averageMonthlyWage.compareTo(wageReviewAbove) > 0) {
            causes.add("averageMonthlyWage " + yuan(averageMonthlyWage) + " is above the wage review limit "
                    + wageReviewAbove.toPlainString());
        }
        return causes.isEmpty() ? Optional.empty()
                : Optional.of(String.join("; ", causes) + ": paid only once township review approves it");
    }

    /** Why HR's wage cannot be an employer's average monthly wage, naming the field; empty when it can. */
    public Optional<String> wageRefusal(BigDecimal averageMonthlyWage) {
        if (averageMonthlyWage == null) {
            return Optional.empty();
        }
        if (averageMonthlyWage.signum() <= 0) {
            return Optional.of("field averageMonthlyWage: " + yuan(averageMonthlyWage) + " is not a wage (must be above 0)");
        }
        if (averageMonthlyWage.compareTo(wageRefusedAbove) > 0) {
            return Optional.of("field averageMonthlyWage: " + yuan(averageMonthlyWage) + " is above "
                    + wageRefusedAbove.toPlainString() + ", no plausible employer average monthly wage");
        }
        return Optional.empty();
    }

    /** Yuan as partners and staff write them, with the fen: 25000.00 however the record wrote it; never rounded. */
    private static String yuan(BigDecimal amount) {
        return (amount.scale() < 2 ? amount.setScale(2) : amount).toPlainString();
    }
}
