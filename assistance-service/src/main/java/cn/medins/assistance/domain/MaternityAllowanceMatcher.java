package cn.medins.assistance.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import cn.medins.contracts.coverage.Scheme;
import cn.medins.contracts.coverage.VisitType;

/**
 * Maternity allowance (生育津贴), employees only: the employer's average monthly wage ÷ 30 × leave days, leave being
 * the base days, more for a cesarean and for each additional baby. Without a known wage the allowance is decided
 * with no amount, for a caseworker to complete.
 */
public final class MaternityAllowanceMatcher {

    /** The detail of the decision naming the wage its amount was computed on. */
    public static final String WAGE_DETAIL = "averageMonthlyWage";

    private static final BigDecimal DAYS_PER_MONTH = BigDecimal.valueOf(30);

    private MaternityAllowanceMatcher() {
    }

    /** The employer wage HR reported, with the event it came in. */
    public record Wage(String eventId, BigDecimal averageMonthlyWage) {
    }

    /**
     * @param wage {@code null} when HR never reported one
     * @param policy the figures of the version the claim was rated under
     */
    public static Optional<Decision> match(ClaimFacts claim, Wage wage, AssistancePolicy policy) {
        if (!mayAllow(claim)) {
            return Optional.empty();
        }
        int babies = claim.babies() == null ? 1 : Math.max(1, claim.babies());
        int days = leaveDays(policy, claim.maternityCase().cesarean(), babies);
        Facts facts = new Facts().ofClaim(claim)
                .add(claim.eventId(), "visitType", claim.visitType())
                .add(claim.eventId(), "patient.scheme", claim.scheme())
                .add(claim.eventId(), "maternity.caseType", claim.maternityCase())
                .add(claim.eventId(), "maternity.babies", babies);
        Map<String, String> details = new HashMap<>(Map.of("leaveDays", Integer.toString(days),
                "caseType", claim.maternityCase().name(), "babies", Integer.toString(babies),
                "policyVersion", policy.version()));
        BigDecimal amount = null;
        if (wage != null) {
            facts.add(wage.eventId(), WAGE_DETAIL, wage.averageMonthlyWage().toPlainString());
            details.put(WAGE_DETAIL, wage.averageMonthlyWage().toPlainString());
            amount = allowance(wage.averageMonthlyWage(), days);
        }
        return Optional.of(new Decision(BenefitKind.MATERNITY_ALLOWANCE, claim.settlementId(), amount, details, facts.list()));
    }

    /** Only an employee's delivery earns the allowance; for any other claim the employer's wage need not be read. */
    public static boolean mayAllow(ClaimFacts claim) {
        return !claim.reversed() && claim.visitType() == VisitType.MATERNITY && claim.scheme() == Scheme.EMPLOYEE
                && claim.maternityCase() != null;
    }

    public static int leaveDays(AssistancePolicy policy, boolean cesarean, int babies) {
        return policy.maternityLeaveDays() + (cesarean ? policy.cesareanExtraDays() : 0)
                + (babies - 1) * policy.extraDaysPerAdditionalBaby();
    }

    /** The wage is multiplied before it is divided, so no rounded daily wage enters the amount. */
    public static BigDecimal allowance(BigDecimal averageMonthlyWage, int leaveDays) {
        return averageMonthlyWage.multiply(BigDecimal.valueOf(leaveDays)).divide(DAYS_PER_MONTH, 2, RoundingMode.HALF_UP);
    }
}
