package cn.medins.assistance.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;

import cn.medins.contracts.coverage.Scheme;

/**
 * Subsidised enrolment: a needy grant whose period runs in the current year subsidises that year's individual
 * resident premium at the category's ratio. Years already past are not reopened; a later year is decided when it is
 * current. A person enrollment knows as an employee pays no resident premium, so gets none.
 */
public final class PremiumSubsidyMatcher {

    private PremiumSubsidyMatcher() {
    }

    /**
     * @param scheme the person's current scheme, {@code null} when enrollment has not announced the person
     * @param policy the figures of the person's region's policy in force today
     */
    public static Optional<Decision> match(NeedyGrant grant, Scheme scheme, LocalDate today, AssistancePolicy policy) {
        if (scheme == Scheme.EMPLOYEE) {
            return Optional.empty();
        }
        int year = today.getYear();
        LocalDate firstDay = LocalDate.of(year, 1, 1);
        LocalDate lastDay = LocalDate.of(year, 12, 31);
        boolean runsThisYear = !grant.validFrom().isAfter(lastDay)
                && (grant.validTo() == null || !grant.validTo().isBefore(firstDay))
                && (grant.validTo() == null || !grant.validTo().isBefore(grant.validFrom()));
        if (!runsThisYear) {
            return Optional.empty();
        }
        BigDecimal ratio = policy.subsidyRatio(grant.category());
        BigDecimal amount = policy.residentIndividualPremium().multiply(ratio).setScale(2, RoundingMode.HALF_UP);
        Facts facts = new Facts()
                .add(grant.eventId(), "category", grant.category())
                .add(grant.eventId(), "validFrom", grant.validFrom())
                .add(grant.eventId(), "validTo", grant.validTo());
        return Optional.of(new Decision(BenefitKind.PREMIUM_SUBSIDY, grant.idNumber() + "|" + year, amount,
                Map.of("year", Integer.toString(year), "category", grant.category().name(), "ratio", ratio.toPlainString(),
                        "policyVersion", policy.version()),
                facts.list()));
    }
}
