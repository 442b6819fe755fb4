package cn.medins.settlement.service;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import org.jboss.logging.Logger;

import cn.medins.contracts.IdNumbers;
import cn.medins.contracts.Topics;
import cn.medins.contracts.assistance.AssistanceEvents.AdjudicationKind;
import cn.medins.contracts.enrollment.PersonSnapshot;
import cn.medins.contracts.coverage.Scheme;
import cn.medins.contracts.assistance.AssistanceEvents.AssistanceAdjudicationRequested;
import cn.medins.contracts.settlement.SettlementEvents;
import cn.medins.contracts.settlement.SettlementEvents.AdjudicatedClaim;
import cn.medins.contracts.settlement.SettlementEvents.AssistanceAdjudicated;
import cn.medins.messaging.inbox.RejectedEventException;
import cn.medins.messaging.outbox.Outbox;
import cn.medins.messaging.outbox.OutgoingEvent;
import cn.medins.settlement.domain.AssistanceAdjudicator;
import cn.medins.settlement.domain.AssistanceAdjudicator.Adjudication;
import cn.medins.settlement.domain.AssistanceAdjudicator.SettledClaim;
import cn.medins.settlement.config.ActivePolicies;
import cn.medins.settlement.domain.SettlementCalculator;
import cn.medins.settlement.repository.AssistanceAdjudicationRecord;
import cn.medins.settlement.repository.AssistanceAdjudicationRepository;
import cn.medins.settlement.repository.InsuredPersonRepository;
import cn.medins.settlement.repository.PersonYear;
import cn.medins.settlement.repository.PersonYearRepository;
import cn.medins.settlement.repository.SettlementRecord;
import cn.medins.settlement.repository.SettlementRepository;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Answers assistance's {@code AssistanceAdjudicationRequested} with {@code AssistanceAdjudicated}, once per request id,
 * charging the person's annual assistance totals under the same lock as a settlement, so the counter and the
 * apply-free paths never spend one limit twice. Runs inside the inbox transaction of the request.
 */
@ApplicationScoped
public class AdjudicationService {

    private static final Logger LOG = Logger.getLogger(AdjudicationService.class);

    private final AssistanceAdjudicationRepository answers;
    private final SettlementRepository settlements;
    private final InsuredPersonRepository persons;
    private final PersonYearRepository years;
    private final ActivePolicies policies;
    private final Outbox outbox;
    private final InboundJson json;

    public AdjudicationService(AssistanceAdjudicationRepository answers, SettlementRepository settlements,
            InsuredPersonRepository persons, PersonYearRepository years, ActivePolicies policies, Outbox outbox, InboundJson json) {
        this.answers = answers;
        this.settlements = settlements;
        this.persons = persons;
        this.years = years;
        this.policies = policies;
        this.outbox = outbox;
        this.json = json;
    }

    public Uni<Void> adjudicate(AssistanceAdjudicationRequested request) {
        if (request.requestId() == null || request.kind() == null || request.settlementIds() == null
                || request.kind() == AdjudicationKind.RETROACTIVE && request.category() == null) {
            throw new RejectedEventException("AssistanceAdjudicationRequested needs requestId, kind, settlementIds and, for RETROACTIVE, category");
        }
        return answers.findById(request.requestId()).chain(answered -> answered != null
                ? Uni.createFrom().voidItem()
                : insuredIdOf(request).chain(insuredId -> {
                    if (insuredId == null) {
                        throw noneSettled(request);
                    }
                    // The year is locked before the claims are loaded: a reversal or another request for the person
                    // that committed meanwhile is then seen, and nothing is paid on a claim twice.
                    return years.lock(insuredId, request.year())
                            .chain(year -> listed(request, insuredId).chain(claims -> answer(request, claims, year)));
                }));
    }

    /** The listed settlements of the person in the year, not reversed, in the order they were settled. */
    private Uni<List<SettlementRecord>> listed(AssistanceAdjudicationRequested request, String insuredId) {
        Uni<List<SettlementRecord>> rows = request.settlementIds().isEmpty() ? Uni.createFrom().item(List.of())
                : settlements.list("settlementId in ?1", request.settlementIds());
        return rows.map(found -> found.stream()
                .filter(s -> s.insuredId.equals(insuredId) && s.serviceDate.getYear() == request.year()
                        && s.status == SettlementRecord.Status.SETTLED)
                .sorted(Comparator.comparing((SettlementRecord s) -> s.serviceDate).thenComparing(s -> s.settledAt))
                .toList());
    }

    private Uni<String> insuredIdOf(AssistanceAdjudicationRequested request) {
        if (request.insuredId() != null) {
            return Uni.createFrom().item(request.insuredId());
        }
        if (request.idNumber() == null) {
            return Uni.createFrom().nullItem();
        }
        return persons.findByIdNumber(request.idNumber()).chain(person -> person != null
                ? Uni.createFrom().item(person.insuredId)
                : request.settlementIds().isEmpty() ? Uni.createFrom().nullItem()
                        : settlements.ownerOf(request.settlementIds(), request.idNumber())
                                .map(owner -> owner == null ? null : owner.insuredId()));
    }

    private static RejectedEventException noneSettled(AssistanceAdjudicationRequested request) {
        return new RejectedEventException("none of the listed settlements is a settled claim of the person in " + request.year());
    }

    private Uni<Void> answer(AssistanceAdjudicationRequested request, List<SettlementRecord> claims, PersonYear year) {
        if (claims.isEmpty()) {
            throw noneSettled(request);
        }
        SettlementRecord first = claims.get(0);
        return persons.findById(first.insuredId).chain(person -> {
            PersonSnapshot snapshot = person == null ? null : json.snapshot(person.snapshot);
            return answer(request, claims, year, claim -> resident(snapshot, claim.serviceDate));
        });
    }

    /** Whether the person was covered as a resident on {@code date}, so that critical-illness insurance applies. */
    private static boolean resident(PersonSnapshot person, LocalDate date) {
        return person != null && person.enrolments() != null && person.enrolments().stream()
                .anyMatch(e -> e.covers(date) && e.category().scheme() == Scheme.RESIDENT);
    }

    private Uni<Void> answer(AssistanceAdjudicationRequested request, List<SettlementRecord> claims, PersonYear year,
            Predicate<SettlementRecord> resident) {
        SettlementRecord first = claims.get(0);
        SettlementCalculator calculator = policies.current().byVersion(first.policyVersion)
                .orElseThrow(() -> new RejectedEventException("policy " + first.policyVersion + " is no longer in force"));
        AssistanceAdjudicator adjudicator = new AssistanceAdjudicator(calculator.policy());
        List<SettledClaim> settled = claims.stream()
                .map(s -> SettledClaim.of(s.settlementId, s.split(), s.adjudicatedCriticalIllness, s.adjudicatedAssistance,
                        resident.test(s)))
                .toList();
        Adjudication adjudication = request.kind() == AdjudicationKind.RETROACTIVE
                ? adjudicator.retroactive(request.category(), settled, year.accumulators())
                : adjudicator.reAssistance(settled, year.accumulators());
        year.set(year.accumulators().plus(adjudication.delta()));
        if (request.kind() == AdjudicationKind.RETROACTIVE) {
            Map<String, SettlementRecord> byId = claims.stream().collect(Collectors.toMap(s -> s.settlementId, Function.identity()));
            adjudication.shares().forEach(share -> byId.get(share.settlementId()).adjudicated(share.criticalIllness(), share.assistance()));
        }
        AssistanceAdjudicationRecord answer = AssistanceAdjudicationRecord.answer(request, first.insuredId, adjudication.amount(),
                calculator.policy().version(), OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS));
        AssistanceAdjudicated event = answerOf(request, first, adjudication, answer.policyVersion);
        LOG.infof("adjudicated %s %s for %s: %s on %d claims", request.kind(), request.requestId(),
                IdNumbers.mask(event.idNumber()), adjudication.amount(), claims.size());
        return answers.persist(answer)
                .chain(() -> outbox.publish(OutgoingEvent.aboutPerson(Topics.SETTLEMENT_EVENTS, SettlementEvents.ASSISTANCE_ADJUDICATED,
                        first.insuredId, event)))
                .replaceWithVoid();
    }

    /** The answer published to assistance: what the request's claims are owed, claim by claim. */
    static AssistanceAdjudicated answerOf(AssistanceAdjudicationRequested request, SettlementRecord first,
            Adjudication adjudication, String policyVersion) {
        return new AssistanceAdjudicated(request.requestId(), first.insuredId,
                request.idNumber() != null ? request.idNumber() : first.idNumber, request.kind().name(), request.year(),
                adjudication.amount(), adjudication.shares().stream()
                        .map(s -> new AdjudicatedClaim(s.settlementId(), s.amount(), s.criticalIllness(), s.assistance())).toList(),
                policyVersion);
    }
}
