package cn.medins.assistance.domain;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

import cn.medins.contracts.assistance.AssistanceEvents.AdjudicationKind;
import cn.medins.contracts.partner.NeedyCategory;

/**
 * Re-assistance (再救助): after a claim of a needy person, when the year's in-scope burden left after basic pool,
 * large medical, critical illness and assistance (one-stop and retroactive) exceeds the threshold, settlement is asked
 * for 70% of the excess less what re-assistance already paid. Each settled claim can ask once.
 */
public final class ReAssistanceMatcher {

    private ReAssistanceMatcher() {
    }

    /**
     * @param category the person's needy category on the claim's service date, {@code null} when not needy
     * @param yearClaims the person's claims of the trigger's calendar year, the trigger included
     * @param retroactiveAssistance what retroactive assistance was adjudicated for that year
     * @param policy the figures of the version the trigger was rated under
     */
    public static Optional<AdjudicationNeed> match(ClaimFacts trigger, NeedyCategory category, List<ClaimFacts> yearClaims,
            BigDecimal retroactiveAssistance, AssistancePolicy policy) {
        if (category == null || trigger.reversed()) {
            return Optional.empty();
        }
        int year = trigger.serviceDate().getYear();
        List<ClaimFacts> counted = yearClaims.stream()
                .filter(claim -> !claim.reversed() && claim.serviceDate().getYear() == year)
                .toList();
        BigDecimal burden = counted.stream()
                .map(claim -> claim.layers().burdenLeft())
                .reduce(BigDecimal.ZERO, BigDecimal::add)
                .subtract(retroactiveAssistance);
        if (burden.compareTo(policy.reAssistanceThreshold()) <= 0) {
            return Optional.empty();
        }
        Facts facts = new Facts().ofClaim(trigger)
                .add(trigger.eventId(), "patient.needyCategory", category)
                .add(trigger.eventId(), "yearBurdenAfterThreeLayers", burden.toPlainString())
                .add(trigger.eventId(), "retroactiveAssistance", retroactiveAssistance.toPlainString())
                .add(trigger.eventId(), "policyVersion", policy.version());
        return Optional.of(new AdjudicationNeed(AdjudicationKind.RE_ASSISTANCE,
                subjectOf(trigger) + "|" + year + "|" + trigger.settlementId(), category, year,
                counted.stream().map(ClaimFacts::settlementId).toList(), facts.list()));
    }

    private static String subjectOf(ClaimFacts claim) {
        return claim.idNumber() != null ? claim.idNumber() : claim.insuredId();
    }
}
