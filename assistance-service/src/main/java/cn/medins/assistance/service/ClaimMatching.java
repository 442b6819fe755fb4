package cn.medins.assistance.service;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

import cn.medins.assistance.domain.ClaimFacts;
import cn.medins.assistance.repository.NeedyPeriodEntity;
import cn.medins.assistance.repository.NeedyPeriodRepository;
import cn.medins.assistance.service.ClaimProjection.Settled;
import cn.medins.contracts.assistance.AssistanceEvents.AdjudicationKind;
import cn.medins.contracts.settlement.SettlementEvents.AssistanceAdjudicated;
import cn.medins.reactive.InTurn;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * What a settled claim makes due: each of {@link ClaimMatchers} in turn (chronic-disease recognition, the maternity
 * allowance, a long-term-care referral, retroactive assistance the grant's look-back missed, re-assistance), each
 * decision once. A person without an ID number (a newborn before registration) gets none yet.
 */
@ApplicationScoped
public class ClaimMatching {

    private final ClaimProjection claims;
    private final NeedyPeriodRepository periods;
    private final ClaimMatchers matchers;
    private final ReAssistance reAssistance;

    public ClaimMatching(ClaimProjection claims, NeedyPeriodRepository periods, ClaimMatchers matchers,
            ReAssistance reAssistance) {
        this.claims = claims;
        this.periods = periods;
        this.matchers = matchers;
        this.reAssistance = reAssistance;
    }

    /**
     * Records a run of settled claims and matches each in turn, as if they had come one by one: a claim's matchers see
     * the claims before it in the run, not those after it. The claims are looked up, their persons locked and their
     * needy periods read once for the run.
     */
    public Uni<Void> onClaimsSettled(List<Settled> run) {
        return claims.arrive(run).chain(arriving -> periods.ofPersons(arriving.stream()
                        .map(claim -> claim.claim().idNumber).filter(Objects::nonNull).collect(Collectors.toSet()))
                .chain(registered -> InTurn.each(arriving, claim -> claims.record(claim).chain(facts ->
                        match(facts, registered.getOrDefault(facts.idNumber(), List.of()), matchers.inOrder())))));
    }

    private static Uni<Void> match(ClaimFacts claim, List<NeedyPeriodEntity> registered, List<ClaimMatcher> matchers) {
        if (claim.idNumber() == null || claim.reversed()) {
            return Uni.createFrom().voidItem();
        }
        Person person = new Person(claim.idNumber(), claim.insuredId());
        return InTurn.each(matchers, matcher -> matcher.onClaim(claim, person, registered));
    }

    /**
     * The figures of a version arrived: the claims parked for them meet the matchers that apply figures now, in the
     * order they were settled, as they would have on arrival. The decision log and the request keys keep each
     * decision single.
     */
    public Uni<Void> onPolicyArrived(String version) {
        return claims.awaitingPolicy(version).chain(parked -> InTurn.each(parked, claim -> claims.awaitPolicy(claim.settlementId(), null)
                .chain(() -> periods.ofPerson(claim.idNumber()))
                .chain(registered -> match(claim, registered, matchers.applyingPolicyFigures()))));
    }

    /**
     * Retroactive assistance lowers the year's burden only once settlement has answered: whether re-assistance is due
     * on what it left is asked then, on the person's latest claim of the year, so the answer does not depend on which
     * of the grant and the claim reached this service first.
     */
    public Uni<Void> onAdjudicated(AssistanceAdjudicated answer) {
        if (!AdjudicationKind.RETROACTIVE.name().equals(answer.kind()) || answer.idNumber() == null
                || answer.amount() == null || answer.amount().signum() <= 0) {
            return Uni.createFrom().voidItem();
        }
        Person person = new Person(answer.idNumber(), answer.insuredId());
        // The answer was recorded in this transaction; the query of adjudicated amounts must see it.
        return Panache.flush()
                .chain(() -> claims.ofPerson(answer.insuredId(), answer.idNumber(), LocalDate.of(answer.year(), 1, 1),
                        LocalDate.of(answer.year(), 12, 31)))
                .chain(yearClaims -> yearClaims.stream()
                        .filter(claim -> !claim.reversed())
                        .max(Comparator.comparing(ClaimFacts::serviceDate))
                        .map(latest -> periods.ofPerson(latest.idNumber())
                                .chain(registered -> reAssistance.onClaim(latest, person, registered)))
                        .orElseGet(() -> Uni.createFrom().voidItem()));
    }
}
