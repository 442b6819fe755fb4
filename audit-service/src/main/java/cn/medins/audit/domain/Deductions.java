package cn.medins.audit.domain;

import java.math.BigDecimal;

/** How much a confirmed flag takes back from a claim. */
public final class Deductions {

    private Deductions() {
    }

    /**
     * The flagged amount, limited to what the claim has left after the deductions already confirmed on it: several
     * findings may rest on the same money (a resold pack that is also over the daily quantity).
     *
     * @param claimTotal the claim's total, {@code null} when the claim is not known, which leaves the flagged amount
     */
    public static BigDecimal of(BigDecimal flagged, BigDecimal claimTotal, BigDecimal alreadyDeducted) {
        if (claimTotal == null) {
            return Money.yuan(flagged);
        }
        BigDecimal left = claimTotal.subtract(alreadyDeducted).max(BigDecimal.ZERO);
        return Money.yuan(flagged.min(left));
    }
}
