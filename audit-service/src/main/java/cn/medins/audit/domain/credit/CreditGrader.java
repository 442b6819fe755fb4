package cn.medins.audit.domain.credit;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * Grades an institution from its confirmed violations per 1,000 claims over twelve months, then adjusts for volume
 * (too few claims prove nothing either way, so they cannot earn A+) and for the trend between this month and the
 * previous one (a worsening month costs one grade; a clean month after a bad one earns one back, up to A).
 */
public final class CreditGrader {

    /** Upper bounds (inclusive) of violations per 1,000 claims for A, B, C, C- and D; above the last is D-. */
    private static final BigDecimal[] BOUNDS = {new BigDecimal("2"), new BigDecimal("5"), new BigDecimal("10"),
            new BigDecimal("20"), new BigDecimal("50")};
    private static final CreditGrade[] BY_BOUND = {CreditGrade.A, CreditGrade.B, CreditGrade.C, CreditGrade.C_MINUS,
            CreditGrade.D};
    static final long MIN_CLAIMS_FOR_A_PLUS = 100;
    static final long MIN_MONTHLY_CLAIMS_FOR_TREND = 20;

    public CreditAssessment grade(InstitutionRecord record) {
        List<String> reasons = new ArrayList<>();
        BigDecimal rate = perThousand(record.violations(), record.claims());
        CreditGrade grade = byRate(rate);
        reasons.add(record.violations() + " confirmed violations in " + record.claims() + " claims over 12 months: "
                + rate.toPlainString() + " per 1,000 → " + grade.label());
        if (grade == CreditGrade.A_PLUS && record.claims() < MIN_CLAIMS_FOR_A_PLUS) {
            grade = CreditGrade.A;
            reasons.add("only " + record.claims() + " claims, fewer than " + MIN_CLAIMS_FOR_A_PLUS + " needed for A+ → A");
        }
        BigDecimal thisMonth = perThousand(record.violationsThisMonth(), record.claimsThisMonth());
        BigDecimal previousMonth = perThousand(record.violationsPreviousMonth(), record.claimsPreviousMonth());
        if (record.violationsThisMonth() >= 2 && thisMonth.compareTo(previousMonth.multiply(BigDecimal.valueOf(2))) > 0) {
            grade = grade.lower();
            reasons.add("worsening: " + thisMonth.toPlainString() + " per 1,000 this month against "
                    + previousMonth.toPlainString() + " the month before → " + grade.label());
        } else if (record.violationsThisMonth() == 0 && record.violationsPreviousMonth() > 0
                && record.claimsThisMonth() >= MIN_MONTHLY_CLAIMS_FOR_TREND && grade.ordinal() > CreditGrade.A.ordinal()) {
            grade = grade.raiseUpTo(CreditGrade.A);
            reasons.add("improving: no violation in " + record.claimsThisMonth() + " claims this month after "
                    + record.violationsPreviousMonth() + " the month before → " + grade.label());
        }
        return new CreditAssessment(grade, rate, reasons);
    }

    private static CreditGrade byRate(BigDecimal rate) {
        if (rate.signum() == 0) {
            return CreditGrade.A_PLUS;
        }
        for (int i = 0; i < BOUNDS.length; i++) {
            if (rate.compareTo(BOUNDS[i]) <= 0) {
                return BY_BOUND[i];
            }
        }
        return CreditGrade.D_MINUS;
    }

    private static BigDecimal perThousand(long violations, long claims) {
        // Confirmed violations outlive a reversal of their claim: never fewer claims than violations.
        long base = Math.max(claims, violations);
        if (base == 0) {
            return BigDecimal.ZERO.setScale(2);
        }
        return BigDecimal.valueOf(violations * 1000).divide(BigDecimal.valueOf(base), 2, RoundingMode.HALF_UP);
    }
}
