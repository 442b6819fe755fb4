package cn.medins.assistance.service;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.jboss.logging.Logger;

import cn.medins.assistance.domain.AssistancePolicy;
import cn.medins.assistance.domain.ChronicDiseaseMatcher;
import cn.medins.assistance.domain.ClaimFacts;
import cn.medins.assistance.domain.Decision;
import cn.medins.assistance.domain.LongTermCareReferralMatcher;
import cn.medins.assistance.domain.MaternityAllowanceMatcher;
import cn.medins.assistance.domain.NeedyPeriod;
import cn.medins.assistance.domain.NeedyPeriods;
import cn.medins.assistance.domain.ReAssistanceMatcher;
import cn.medins.assistance.domain.RetroactiveAssistanceMatcher;
import cn.medins.assistance.repository.AdjudicationRequestRepository;
import cn.medins.assistance.repository.InsuredPerson;
import cn.medins.assistance.repository.NeedyPeriodEntity;
import cn.medins.assistance.repository.NeedyPeriodRepository;
import cn.medins.assistance.service.ClaimProjection.Settled;
import cn.medins.contracts.assistance.AssistanceEvents.AdjudicationKind;
import cn.medins.contracts.coverage.ChronicDisease;
import cn.medins.contracts.partner.NeedyCategory;
import cn.medins.contracts.settlement.SettlementEvents.AssistanceAdjudicated;
import cn.medins.reactive.InTurn;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * What a settled claim makes due: chronic-disease recognition, the maternity allowance, a long-term-care referral,
 * retroactive assistance the grant's look-back missed, and re-assistance, each decided once. A person without an ID number (a newborn before registration) gets none yet.
 */
@ApplicationScoped
public class ClaimMatching {

    private static final Logger LOG = Logger.getLogger(ClaimMatching.class);

    private final ClaimProjection claims;
    private final InsuredDirectory directory;
    private final EmploymentWages wages;
    private final NeedyPeriodRepository periods;
    private final AdjudicationRequestRepository requests;
    private final PolicyFigures figures;
    private final DecisionLog decisionLog;
    private final Payouts payouts;
    private final CaseService cases;
    private final AdjudicationService adjudication;
    private final Clock clock;

    public ClaimMatching(ClaimProjection claims, InsuredDirectory directory, EmploymentWages wages,
            NeedyPeriodRepository periods, AdjudicationRequestRepository requests, PolicyFigures figures, DecisionLog decisionLog, Payouts payouts, CaseService cases,
            AdjudicationService adjudication, Clock clock) {
        this.claims = claims;
        this.directory = directory;
        this.wages = wages;
        this.periods = periods;
        this.requests = requests;
        this.figures = figures;
        this.decisionLog = decisionLog;
        this.payouts = payouts;
        this.cases = cases;
        this.adjudication = adjudication;
        this.clock = clock;
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
                        onClaimSettled(facts, registered.getOrDefault(facts.idNumber(), List.of()))))));
    }

    private Uni<Void> onClaimSettled(ClaimFacts claim, List<NeedyPeriodEntity> registered) {
        if (claim.idNumber() == null || claim.reversed()) {
            return Uni.createFrom().voidItem();
        }
        Person person = new Person(claim.idNumber(), claim.insuredId());
        return recogniseChronicDiseases(claim, person)
                .chain(() -> allowMaternity(claim, person))
                .chain(() -> referToLongTermCare(claim, person))
                .chain(() -> assistIfMissed(claim, person, registered))
                .chain(() -> reAssist(claim, person, registered));
    }

    /**
     * A claim of a person the registry holds as needy on its service date, settled without assistance because the grant
     * reached settlement after it: retroactive assistance, asked before re-assistance so that settlement, answering
     * the two in order, leaves re-assistance only what retroactive assistance did not cover.
     */
    private Uni<Void> assistIfMissed(ClaimFacts claim, Person person, List<NeedyPeriodEntity> registered) {
        Optional<NeedyPeriod> period = NeedyPeriods.periodOn(registered.stream().map(NeedyPeriodEntity::toPeriod).toList(),
                claim.serviceDate());
        return period.isEmpty() ? Uni.createFrom().voidItem()
                : requests.settlementsRequested(claim.idNumber(), AdjudicationKind.RETROACTIVE)
                        .map(requested -> RetroactiveAssistanceMatcher.matchLateClaim(claim.idNumber(), period.get(), claim,
                                requested, LocalDate.now(clock)))
                        .chain(need -> need.map(found -> adjudication.request(found, person, claim.eventId()))
                                .orElseGet(() -> Uni.createFrom().voidItem()));
    }

    private Uni<Void> recogniseChronicDiseases(ClaimFacts claim, Person person) {
        if (!ChronicDiseaseMatcher.mayRecognise(claim)) {
            return Uni.createFrom().voidItem();
        }
        LocalDate date = claim.serviceDate();
        return directory.byInsuredId(claim.insuredId())
                .chain(insured -> claims.ofPerson(claim.insuredId(), claim.idNumber(), date.minusMonths(12), date.plusMonths(12))
                        .map(history -> ChronicDiseaseMatcher.match(claim, history, qualified(insured))))
                .chain(decisions -> InTurn.each(decisions, decision -> decideAndAnnounce(decision, person)));
    }

    private static Set<ChronicDisease> qualified(InsuredPerson insured) {
        Set<ChronicDisease> diseases = EnumSet.noneOf(ChronicDisease.class);
        if (insured != null) {
            for (ChronicDisease disease : ChronicDisease.values()) {
                if (insured.isQualifiedFor(disease.name())) {
                    diseases.add(disease);
                }
            }
        }
        return diseases;
    }

    private Uni<Void> allowMaternity(ClaimFacts claim, Person person) {
        if (!MaternityAllowanceMatcher.mayAllow(claim)) {
            return Uni.createFrom().voidItem();
        }
        return withFigures(claim, policy -> wages.of(claim.idNumber())
                .map(wage -> MaternityAllowanceMatcher.match(claim, wage == null ? null
                        : new MaternityAllowanceMatcher.Wage(wage.eventId, wage.averageMonthlyWage), policy))
                .chain(decision -> decision.map(found -> decisionLog.record(found, person).chain(recorded -> {
                    if (recorded == null) {
                        return Uni.createFrom().voidItem();
                    }
                    Uni<?> settled = recorded.amount == null
                            ? cases.open(recorded, "employer average monthly wage unknown")
                            : payouts.pay(recorded);
                    return settled.chain(() -> decisionLog.announce(recorded));
                })).orElseGet(() -> Uni.createFrom().voidItem())));
    }

    /**
     * Runs a matcher with the figures of the claim's policy version. A claim whose version has not been announced yet is
     * parked, not held: {@link #onPolicyArrived} runs its figure-dependent matchers when the version comes.
     */
    private Uni<Void> withFigures(ClaimFacts claim, Function<AssistancePolicy, Uni<Void>> matcher) {
        return figures.of(claim).chain(found -> {
            if (found.isPresent()) {
                return matcher.apply(found.get());
            }
            if (claim.policyVersion() == null) {
                LOG.warnf("claim %s of region %s: no policy in force on %s, its maternity and re-assistance matchers are skipped",
                        claim.settlementId(), claim.regionCode(), claim.serviceDate());
                return Uni.createFrom().voidItem();
            }
            return claims.awaitPolicy(claim.settlementId(), claim.policyVersion());
        });
    }

    /**
     * The figures of a version arrived: the claims parked for them are matched now, in the order they were settled,
     * as they would have been on arrival. The decision log and the request keys keep each decision single.
     */
    public Uni<Void> onPolicyArrived(String version) {
        return claims.awaitingPolicy(version).chain(parked -> InTurn.each(parked, claim -> {
            Person person = new Person(claim.idNumber(), claim.insuredId());
            return claims.awaitPolicy(claim.settlementId(), null)
                    .chain(() -> allowMaternity(claim, person))
                    .chain(() -> periods.ofPerson(claim.idNumber()))
                    .chain(registered -> reAssist(claim, person, registered));
        }));
    }

    private Uni<Void> referToLongTermCare(ClaimFacts claim, Person person) {
        return LongTermCareReferralMatcher.match(claim)
                .map(decision -> decisionLog.record(decision, person).chain(recorded -> recorded == null
                        ? Uni.createFrom().voidItem()
                        : cases.open(recorded, "long-term-care needs assessment").chain(() -> decisionLog.announce(recorded))))
                .orElseGet(() -> Uni.createFrom().voidItem());
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
                        .map(latest -> periods.ofPerson(latest.idNumber()).chain(registered -> reAssist(latest, person, registered)))
                        .orElseGet(() -> Uni.createFrom().voidItem()));
    }

    /** Re-assistance follows the registry (a revoked person gets no more); settlement's view only for one it never saw. */
    private Uni<Void> reAssist(ClaimFacts claim, Person person, List<NeedyPeriodEntity> registered) {
        int year = claim.serviceDate().getYear();
        Optional<NeedyCategory> category = categoryOn(registered, claim);
        return category.isEmpty() ? Uni.createFrom().voidItem()
                : claims.ofPerson(claim.insuredId(), claim.idNumber(), LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31))
                        .chain(yearClaims -> withFigures(claim, policy -> requests.adjudicated(claim.idNumber(),
                                        AdjudicationKind.RETROACTIVE, year)
                                .map(retroactive -> ReAssistanceMatcher.match(claim, category.get(), yearClaims, retroactive, policy))
                                .chain(need -> need.map(found -> adjudication.request(found, person, claim.eventId()))
                                        .orElseGet(() -> Uni.createFrom().voidItem()))));
    }

    private static Optional<NeedyCategory> categoryOn(List<NeedyPeriodEntity> found, ClaimFacts claim) {
        if (found.isEmpty()) {
            return Optional.ofNullable(claim.needyCategory());
        }
        return NeedyPeriods.categoryOn(found.stream().map(NeedyPeriodEntity::toPeriod).toList(), claim.serviceDate());
    }

    private Uni<Void> decideAndAnnounce(Decision decision, Person person) {
        return decisionLog.record(decision, person)
                .chain(recorded -> recorded == null ? Uni.createFrom().voidItem() : decisionLog.announce(recorded));
    }
}
