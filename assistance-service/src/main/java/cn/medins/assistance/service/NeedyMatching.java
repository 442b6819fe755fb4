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

    private final PremiumSubsidyMatcher subsidyMatcher;
    private final InsuredDirectory directory;
    private final ClaimProjection claims;
    private final AdjudicationRequestRepository requests;
    private final AdjudicationService adjudication;
    private final DecisionLog decisionLog;
    private final CaseService cases;
    private final Outbox outbox;
    private final Clock clock;

    public NeedyMatching(PremiumSubsidyMatcher subsidyMatcher, InsuredDirectory directory, ClaimProjection claims, AdjudicationRequestRepository requests,
            AdjudicationService adjudication, DecisionLog decisionLog, CaseService cases, Outbox outbox, Clock clock) {
        this.subsidyMatcher = subsidyMatcher;
        this.directory = directory;
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
        return subsidise(grant, person).chain(() -> assistRetroactively(grant, person, eventId));
    }

    private Uni<Void> subsidise(NeedyGrant grant, Person person) {
        return directory.byIdNumber(person.idNumber())
                .map(insured -> subsidyMatcher.match(grant, insured == null ? null : insured.scheme, LocalDate.now(clock)))
                .chain(decision -> decision.map(found -> recordSubsidy(found, grant, person))
                        .orElseGet(() -> Uni.createFrom().voidItem()));
    }

    /** The subsidy as enrollment records it on the person's contribution: the year, the ratio and the amount. */
    static PremiumSubsidyGranted subsidyGranted(BenefitDecision recorded, Decision decision, NeedyGrant grant, Person person) {
        return new PremiumSubsidyGranted(recorded.decisionId.toString(), person.idNumber(), person.insuredId(), grant.category(),
                Integer.parseInt(decision.details().get("year")), new BigDecimal(decision.details().get("ratio")),
                recorded.amount, grant.eventId());
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
