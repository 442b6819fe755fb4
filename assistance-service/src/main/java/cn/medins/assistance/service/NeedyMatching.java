package cn.medins.assistance.service;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import cn.medins.assistance.domain.AdjudicationNeed;
import cn.medins.assistance.domain.ClaimFacts;
import cn.medins.assistance.domain.Decision;
import cn.medins.assistance.domain.NeedyGrant;
import cn.medins.assistance.domain.PremiumSubsidyMatcher;
import cn.medins.assistance.domain.RetroactiveAssistanceMatcher;
import cn.medins.assistance.repository.AdjudicationRequestRepository;
import cn.medins.assistance.repository.NeedyPeriodRepository;
import cn.medins.assistance.repository.BenefitDecision;
import cn.medins.contracts.Topics;
import cn.medins.contracts.assistance.AssistanceEvents;
import cn.medins.contracts.assistance.AssistanceEvents.AdjudicationKind;
import cn.medins.contracts.assistance.AssistanceEvents.NeedyAction;
import cn.medins.contracts.assistance.AssistanceEvents.NeedyStatusChanged;
import cn.medins.contracts.assistance.AssistanceEvents.PremiumSubsidyGranted;
import cn.medins.messaging.outbox.Outbox;
import cn.medins.messaging.outbox.OutgoingEvent;
import cn.medins.reactive.InTurn;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/** What a needy grant makes due at once: the premium subsidy, and assistance on the claims settled before it. */
@ApplicationScoped
public class NeedyMatching {

    private final PolicyFigures figures;
    private final InsuredDirectory directory;
    private final NeedyPeriodRepository periods;
    private final ClaimProjection claims;
    private final AdjudicationRequestRepository requests;
    private final AdjudicationService adjudication;
    private final DecisionLog decisionLog;
    private final CaseOpening cases;
    private final Outbox outbox;
    private final Clock clock;

    public NeedyMatching(PolicyFigures figures, InsuredDirectory directory, NeedyPeriodRepository periods, ClaimProjection claims, AdjudicationRequestRepository requests,
            AdjudicationService adjudication, DecisionLog decisionLog, CaseOpening cases, Outbox outbox, Clock clock) {
        this.figures = figures;
        this.directory = directory;
        this.periods = periods;
        this.claims = claims;
        this.requests = requests;
        this.adjudication = adjudication;
        this.decisionLog = decisionLog;
        this.cases = cases;
        this.outbox = outbox;
        this.clock = clock;
    }

    /** A revocation decides nothing: it only stops what is decided from then on, and never claws back. */
    public Uni<Void> onStatusChanged(NeedyStatusChanged changed, String eventId) {
        if (changed.action() != NeedyAction.GRANTED) {
            return Uni.createFrom().voidItem();
        }
        NeedyGrant grant = new NeedyGrant(eventId, changed.idNumber(), changed.category(), changed.validFrom(), changed.validTo());
        Person person = new Person(changed.idNumber(), changed.insuredId());
        return subsidise(grant, person, changed.regionCode()).chain(() -> assistRetroactively(grant, person, eventId));
    }

    /**
     * The subsidy under the figures of the person's region (enrollment's, else the registry's) in force today. A region
     * settlement has announced no policy in force for yet decides nothing now: {@link #subsidiseWaiting} decides it
     * once the version is announced.
     */
    private Uni<Void> subsidise(NeedyGrant grant, Person person, String registryRegion) {
        LocalDate today = LocalDate.now(clock);
        return directory.byIdNumber(person.idNumber()).chain(insured -> {
            String region = insured != null && insured.regionCode != null ? insured.regionCode : registryRegion;
            Person known = person.insuredId() == null && insured != null ? new Person(person.idNumber(), insured.insuredId) : person;
            return figures.inForce(region, today).map(policy -> policy.flatMap(found ->
                            PremiumSubsidyMatcher.match(grant, insured == null ? null : insured.scheme, today, found)))
                    .chain(decision -> decision.map(found -> recordSubsidy(found, grant, known))
                            .orElseGet(() -> Uni.createFrom().voidItem()));
        });
    }

    /**
     * A region's first version in force today has been announced: the grants of its needy persons that waited for
     * figures are decided now. A grant already subsidised for the year is not decided twice (the decision log keeps
     * one decision per person and year).
     */
    public Uni<Void> subsidiseWaiting(String regionCode) {
        int year = LocalDate.now(clock).getYear();
        return periods.grantedInRegion(regionCode, LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31))
                .chain(grants -> InTurn.each(grants, grant -> subsidise(grant, new Person(grant.idNumber(), null), regionCode)));
    }

    /** The subsidy as enrollment records it on the person's contribution: the year, the ratio and the amount. */
    static PremiumSubsidyGranted subsidyGranted(BenefitDecision recorded, Decision decision, NeedyGrant grant, Person person) {
        return new PremiumSubsidyGranted(recorded.decisionId().toString(), person.idNumber(), person.insuredId(), grant.category(),
                Integer.parseInt(decision.details().get("year")), new BigDecimal(decision.details().get("ratio")),
                recorded.amount(), grant.eventId());
    }

    private Uni<Void> recordSubsidy(Decision decision, NeedyGrant grant, Person person) {
        return decisionLog.record(decision, person).chain(recorded -> {
            if (recorded == null) {
                return Uni.createFrom().voidItem();
            }
            return outbox.publish(OutgoingEvent.aboutPerson(Topics.ASSISTANCE_EVENTS,
                    AssistanceEvents.PREMIUM_SUBSIDY_GRANTED, person.key(), subsidyGranted(recorded, decision, grant, person)))
                    .chain(() -> decisionLog.announce(recorded));
        });
    }

    private Uni<Void> assistRetroactively(NeedyGrant grant, Person person, String cause) {
        LocalDate today = LocalDate.now(clock);
        if (!grant.validFrom().isBefore(today)) {
            return Uni.createFrom().voidItem();
        }
        return claims.ofPerson(person.insuredId(), person.idNumber(), grant.validFrom(), today)
                .chain(found -> requests.settlementsRequested(person.idNumber(), AdjudicationKind.RETROACTIVE)
                        .chain(requested -> requestAll(RetroactiveAssistanceMatcher.match(grant, found, requested, today),
                                withInsuredIdFrom(person, found), cause)))
                .chain(() -> reviewBeyondReach(grant, person, today));
    }

    /** A grant valid from before the reach-back limit: the older claims go to a township review case, once. */
    private Uni<Void> reviewBeyondReach(NeedyGrant grant, Person person, LocalDate today) {
        return RetroactiveAssistanceMatcher.reviewBeyondReach(grant, today)
                .map(decision -> decisionLog.record(decision, person).chain(recorded -> recorded == null
                        ? Uni.createFrom().voidItem()
                        : cases.open(recorded, "needy status valid from " + grant.validFrom() + " reaches back before "
                                + RetroactiveAssistanceMatcher.reachBack(today) + ": the claims served before then are for review")
                                .replaceWithVoid()))
                .orElseGet(() -> Uni.createFrom().voidItem());
    }

    private Uni<Void> requestAll(List<AdjudicationNeed> needs, Person person, String cause) {
        return InTurn.each(needs, need -> adjudication.request(need, person, cause));
    }

    /** Settlement knows the person by insured id; a claim names it even when enrollment's event has not come yet. */
    private static Person withInsuredIdFrom(Person person, List<ClaimFacts> found) {
        if (person.insuredId() != null || found.isEmpty()) {
            return person;
        }
        return new Person(person.idNumber(), found.get(0).insuredId());
    }
}
