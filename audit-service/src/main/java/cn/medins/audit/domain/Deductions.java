package cn.medins.audit.domain;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.List;

/**
 * How much a confirmed flag takes back from a claim (POLICY.md, clearing and deductions): what the funds paid for the
 * flagged items, their share of the claim's fund payments pro rata to their in-scope amounts, never the patient's share.
 */
public final class Deductions {

    private Deductions() {
    }

    /** One billed line: its amount and the part of it in scope ({@code null} when the claim predates that figure). */
    public record Line(String code, BigDecimal amount, BigDecimal inScope) {
    }

    /**
     * A settled claim as the deduction sees it.
     *
     * @param fundsPaid what all funds together paid for it (total less the patient's share); {@code null} for a claim
     *        recorded before the audit kept that figure
     */
    public record PaidClaim(BigDecimal total, BigDecimal fundsPaid, List<Line> lines) {

        public PaidClaim {
            lines = List.copyOf(lines);
        }

        BigDecimal inScope() {
            return lines.stream().anyMatch(line -> line.inScope() == null) ? total
                    : lines.stream().map(Line::inScope).reduce(BigDecimal.ZERO, BigDecimal::add);
        }

        /**
         * The in-scope part of {@code flagged}: at its line's in-scope share when the flag names a line, else at the
         * claim's (a finding on the whole claim, or a line without the figure).
         */
        BigDecimal inScopeOf(BigDecimal flagged, String itemCode) {
            Line line = itemCode == null ? null
                    : lines.stream().filter(l -> itemCode.equals(l.code()) && l.inScope() != null).findFirst().orElse(null);
            if (line != null) {
                return line.amount().signum() == 0 ? BigDecimal.ZERO
                        : flagged.multiply(line.inScope()).divide(line.amount(), MathContext.DECIMAL128);
            }
            return total.signum() == 0 ? BigDecimal.ZERO : flagged.multiply(inScope()).divide(total, MathContext.DECIMAL128);
        }
    }

    /**
     * The funds' share of the flagged amount, limited to what the funds have left on the claim after the deductions
     * already confirmed on it: several findings may rest on the same money (a resold pack that is also over the daily
     * quantity).
     *
     * @param itemCode the flagged line's code, {@code null} for a finding on the whole claim
     * @param claim {@code null} when the claim is not known, which, like a claim without its fund payments, leaves the
     *        flagged amount limited by the claim's total: the rule before the funds' share was kept
     */
    public static BigDecimal of(BigDecimal flagged, String itemCode, PaidClaim claim, BigDecimal alreadyDeducted) {
        if (claim == null) {
            return Money.yuan(flagged);
        }
        if (claim.fundsPaid() == null) {
            return Money.yuan(flagged.min(claim.total().subtract(alreadyDeducted).max(BigDecimal.ZERO)));
        }
        BigDecimal inScope = claim.inScope();
        BigDecimal share = inScope.signum() == 0 ? BigDecimal.ZERO
                : claim.fundsPaid().multiply(claim.inScopeOf(flagged, itemCode)).divide(inScope, MathContext.DECIMAL128);
        BigDecimal left = claim.fundsPaid().subtract(alreadyDeducted).max(BigDecimal.ZERO);
        return Money.yuan(share.min(left).max(BigDecimal.ZERO));
    }
}
