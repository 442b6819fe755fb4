package cn.medins.audit.domain.credit;

/**
 * An institution's claims and confirmed violations (claims with at least one confirmed flag): over the last twelve
 * months, this month and the month before.
 */
public record InstitutionRecord(long claims, long violations, long claimsThisMonth, long violationsThisMonth,
        long claimsPreviousMonth, long violationsPreviousMonth) {
}
