package cn.medins.assistance.service;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import cn.medins.assistance.domain.ClaimFacts;
import cn.medins.assistance.domain.NeedyPeriod;
import cn.medins.assistance.domain.NeedyPeriods;
import cn.medins.assistance.domain.RetroactiveAssistanceMatcher;
import cn.medins.assistance.repository.AdjudicationRequestRepository;
import cn.medins.assistance.repository.NeedyPeriodEntity;
import cn.medins.contracts.assistance.AssistanceEvents.AdjudicationKind;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * A claim of a person the registry holds as needy on its service date, settled without assistance because the grant
 * reached settlement after it: retroactive assistance is asked for it on its own.
 */
@ApplicationScoped
public class LateClaimAssistance implements ClaimMatcher {

    private final AdjudicationRequestRepository requests;
    private final AdjudicationService adjudication;
    private final Clock clock;

    public LateClaimAssistance(AdjudicationRequestRepository requests, AdjudicationService adjudication, Clock clock) {
        this.requests = requests;
        this.adjudication = adjudication;
        this.clock = clock;
    }

    @Override
    public Uni<Void> onClaim(ClaimFacts claim, Person person, List<NeedyPeriodEntity> registered) {
        Optional<NeedyPeriod> period = NeedyPeriods.periodOn(registered.stream().map(NeedyPeriodEntity::toPeriod).toList(),
                claim.serviceDate());
        return period.isEmpty() ? Uni.createFrom().voidItem()
                : requests.settlementsRequested(claim.idNumber(), AdjudicationKind.RETROACTIVE)
                        .map(requested -> RetroactiveAssistanceMatcher.matchLateClaim(claim.idNumber(), period.get(), claim,
                                requested, LocalDate.now(clock)))
                        .chain(need -> need.map(found -> adjudication.request(found, person, claim.eventId()))
                                .orElseGet(() -> Uni.createFrom().voidItem()));
    }
}
