package cn.medins.settlement.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The agency's monthly prepayment tiers (预拨): audit's credit grade puts an institution in one of four tiers, and the
 * tier's ratio is the share of a closed month's net payable paid at the close. The rest is the quality deposit
 * (质量保证金), retained until the year's assessment. An institution audit has not graded yet is in
 * {@code ungradedTier}; a grade the table does not know is in the last tier, the one that advances least.
 *
 * @param tiers numbered 1, 2, 3, 4 in order, every credit grade in exactly one, ratios never rising
 */
public record PrepaymentTiers(int ungradedTier, List<Tier> tiers) {

    /** Audit's credit grades, best first (audit-service README). */
    public static final List<String> GRADES = List.of("A+", "A", "B", "C", "C-", "D", "D-");
    public static final int TIER_COUNT = 4;

    public record Tier(int tier, List<String> grades, BigDecimal ratio) {
    }

    /** The tier of one month: which grade put the institution there, what was paid at the close and what is retained. */
    public record Prepayment(String creditGrade, int tier, BigDecimal ratio, BigDecimal prepaid, BigDecimal retained) {
    }

    public PrepaymentTiers {
        if (tiers == null || tiers.size() != TIER_COUNT) {
            throw new IllegalArgumentException("tiers: must list " + TIER_COUNT + " tiers");
        }
        Map<String, Integer> tierOfGrade = new HashMap<>();
        BigDecimal previous = BigDecimal.ONE;
        for (int i = 0; i < tiers.size(); i++) {
            Tier tier = tiers.get(i);
            String at = "tiers[" + i + "].";
            if (tier.tier() != i + 1) {
                throw new IllegalArgumentException(at + "tier: must be " + (i + 1) + ", was " + tier.tier());
            }
            if (tier.ratio() == null || tier.ratio().signum() < 0 || tier.ratio().compareTo(BigDecimal.ONE) > 0) {
                throw new IllegalArgumentException(at + "ratio: must be a ratio between 0 and 1, was " + tier.ratio());
            }
            if (tier.ratio().compareTo(previous) > 0) {
                throw new IllegalArgumentException(at + "ratio: a worse tier must not advance more than a better one, was "
                        + tier.ratio() + " after " + previous);
            }
            previous = tier.ratio();
            if (tier.grades() == null) {
                throw new IllegalArgumentException(at + "grades: missing");
            }
            for (String grade : tier.grades()) {
                if (!GRADES.contains(grade)) {
                    throw new IllegalArgumentException(at + "grades: " + grade + " is not a credit grade " + GRADES);
                }
                if (tierOfGrade.put(grade, tier.tier()) != null) {
                    throw new IllegalArgumentException(at + "grades: " + grade + " is in two tiers");
                }
            }
        }
        for (String grade : GRADES) {
            if (!tierOfGrade.containsKey(grade)) {
                throw new IllegalArgumentException("tiers: grade " + grade + " is in no tier");
            }
        }
        if (ungradedTier < 1 || ungradedTier > TIER_COUNT) {
            throw new IllegalArgumentException("ungradedTier: must be a tier 1–" + TIER_COUNT + ", was " + ungradedTier);
        }
        tiers = List.copyOf(tiers);
    }

    /**
     * What a month of {@code netPayable} advances for an institution of {@code creditGrade} ({@code null}: not graded).
     * The prepayment is rounded down to the fen, so that it never exceeds the ratio; the two parts add up exactly.
     */
    public Prepayment of(String creditGrade, BigDecimal netPayable) {
        Tier tier = tierOf(creditGrade);
        BigDecimal prepaid = netPayable.multiply(tier.ratio()).setScale(2, RoundingMode.DOWN);
        return new Prepayment(creditGrade, tier.tier(), tier.ratio(), prepaid, netPayable.subtract(prepaid).setScale(2));
    }

    public Tier tierOf(String creditGrade) {
        if (creditGrade == null) {
            return tiers.get(ungradedTier - 1);
        }
        return tiers.stream().filter(tier -> tier.grades().contains(creditGrade)).findFirst()
                .orElse(tiers.get(TIER_COUNT - 1));
    }
}
