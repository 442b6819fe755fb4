package cn.medins.assistance.service;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import cn.medins.assistance.domain.ClaimFacts;
import cn.medins.assistance.domain.NeedyPeriods;
import cn.medins.assistance.domain.ReAssistanceMatcher;
import cn.medins.assistance.repository.AdjudicationRequestRepository;
import cn.medins.assistance.repository.NeedyPeriodEntity;
import cn.medins.contracts.assistance.AssistanceEvents.AdjudicationKind;
import cn.medins.contracts.partner.NeedyCategory;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Re-assistance follows the registry (a revoked person gets no more; settlement's view only for one the registry never
 * saw): when the year's burden after the three layers, less retroactive assistance adjudicated, exceeds the threshold
 * of the claim's policy version, settlement is asked.
 */
@ApplicationScoped
public class ReAssistance implements ClaimMatcher {

    private final ClaimProjection claims;
    private final AdjudicationRequestRepository requests;
    private final PolicyFigures figures;
    private final AdjudicationService adjudication;

    public ReAssistance(ClaimProjection claims, AdjudicationRequestRepository requests, PolicyFigures figures,
            AdjudicationService adjudication) {
        this.claims = claims;
        this.requests = requests;
        this.figures = figures;
        this.adjudication = adjudication;
    }

    @Override
    public Uni<Void> onClaim(ClaimFacts claim, Person person, List<NeedyPeriodEntity> registered) {
        int year = claim.serviceDate().getYear();
        Optional<NeedyCategory> category = categoryOn(registered, claim);
        return category.isEmpty() ? Uni.createFrom().voidItem()
                : claims.ofPerson(claim.insuredId(), claim.idNumber(), LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31))
                        .chain(yearClaims -> figures.withFiguresOf(claim, policy -> requests.adjudicated(claim.idNumber(),
                                        AdjudicationKind.RETROACTIVE, year)
                                .map(retroactive -> ReAssistanceMatcher.match(claim, category.get(), yearClaims, retroactive, policy))
                                .chain(need -> need.map(found -> adjudication.request(found, person, claim.eventId()))
                                        .orElseGet(() -> Uni.createFrom().voidItem()))));
    }

    @Override
    public boolean appliesPolicyFigures() {
        return true;
    }

    private static Optional<NeedyCategory> categoryOn(List<NeedyPeriodEntity> found, ClaimFacts claim) {
        if (found.isEmpty()) {
            return Optional.ofNullable(claim.needyCategory());
        }
        return NeedyPeriods.categoryOn(found.stream().map(NeedyPeriodEntity::toPeriod).toList(), claim.serviceDate());
    }
}
