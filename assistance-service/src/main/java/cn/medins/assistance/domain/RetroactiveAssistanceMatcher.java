package cn.medins.assistance.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

import cn.medins.contracts.assistance.AssistanceEvents.AdjudicationKind;

/**
 * Retroactive assistance: a grant valid from a past date makes the person's claims since then owed the assistance
 * they did not get. Eligible: settled, not reversed, served within the period and not after today, no assistance paid,
 * some in-scope burden left, and not already in an earlier request. One request per calendar year, since the annual
 * assistance limit is per year. It reaches back no further than 1 January of the previous year (POLICY.md): claims
 * served before that are left to the township review a grant valid from so long ago opens.
 */
public final class RetroactiveAssistanceMatcher {

    private RetroactiveAssistanceMatcher() {
    }

    public static List<AdjudicationNeed> match(NeedyGrant grant, List<ClaimFacts> claims, Set<String> alreadyRequested,
            LocalDate today) {
        if (!grant.validFrom().isBefore(today)) {
            return List.of();
        }
        Map<Integer, List<ClaimFacts>> owedByYear = new TreeMap<>();
        for (ClaimFacts claim : claims) {
            if (isOwed(claim, grant, alreadyRequested, today)) {
                owedByYear.computeIfAbsent(claim.serviceDate().getYear(), year -> new ArrayList<>()).add(claim);
            }
        }
        List<AdjudicationNeed> needs = new ArrayList<>();
        owedByYear.forEach((year, owed) -> {
            Facts facts = grantFacts(grant);
            owed.forEach(claim -> addClaimFacts(facts, claim));
            needs.add(new AdjudicationNeed(AdjudicationKind.RETROACTIVE,
                    grant.idNumber() + "|" + grant.category() + "|" + grant.validFrom() + "|" + year, grant.category(), year,
                    owed.stream().map(ClaimFacts::settlementId).toList(), facts.list()));
        });
        return needs;
    }

    /**
     * A claim that reaches this service after the grant covering its service date: settlement settled it before it
     * heard of the grant, so it got no assistance, and the grant's look-back did not see it. It is owed on its own,
     * in a request of its own.
     */
    public static Optional<AdjudicationNeed> matchLateClaim(String idNumber, NeedyPeriod period, ClaimFacts claim,
            Set<String> alreadyRequested, LocalDate today) {
        NeedyGrant grant = new NeedyGrant("needy-period:" + period.id(), idNumber, period.category(), period.validFrom(),
                period.validTo());
        if (!isOwed(claim, grant, alreadyRequested, today)) {
            return Optional.empty();
        }
        Facts facts = grantFacts(grant);
        addClaimFacts(facts, claim);
        return Optional.of(new AdjudicationNeed(AdjudicationKind.RETROACTIVE,
                idNumber + "|" + grant.category() + "|" + grant.validFrom() + "|" + claim.settlementId(), grant.category(),
                claim.serviceDate().getYear(), List.of(claim.settlementId()), facts.list()));
    }

    /** The earliest service date retroactive assistance pays for on its own: 1 January of the previous year. */
    public static LocalDate reachBack(LocalDate today) {
        return LocalDate.of(today.getYear() - 1, 1, 1);
    }

    /**
     * A grant valid from before {@link #reachBack}: what it would owe on claims older than that is for a township review
     * case to decide, not for this matcher.
     */
    public static Optional<Decision> reviewBeyondReach(NeedyGrant grant, LocalDate today) {
        LocalDate limit = reachBack(today);
        if (!grant.validFrom().isBefore(limit)) {
            return Optional.empty();
        }
        return Optional.of(new Decision(BenefitKind.RETROACTIVE_ASSISTANCE_REVIEW,
                grant.idNumber() + "|" + grant.category() + "|" + grant.validFrom() + "|before-" + limit, null,
                Map.of("category", grant.category().name(), "validFrom", grant.validFrom().toString(),
                        "reachBack", limit.toString()),
                grantFacts(grant).list()));
    }

    private static Facts grantFacts(NeedyGrant grant) {
        return new Facts()
                .add(grant.eventId(), "category", grant.category())
                .add(grant.eventId(), "validFrom", grant.validFrom());
    }

    private static void addClaimFacts(Facts facts, ClaimFacts claim) {
        facts.ofClaim(claim).add(claim.eventId(), "split.assistance", claim.layers().assistance());
    }

    private static boolean isOwed(ClaimFacts claim, NeedyGrant grant, Set<String> alreadyRequested, LocalDate today) {
        return !claim.reversed()
                && grant.covers(claim.serviceDate())
                && !claim.serviceDate().isBefore(reachBack(today))
                && !claim.serviceDate().isAfter(today)
                && !claim.gotAssistance()
                && claim.layers().burdenLeft().signum() > 0
                && !alreadyRequested.contains(claim.settlementId());
    }
}
