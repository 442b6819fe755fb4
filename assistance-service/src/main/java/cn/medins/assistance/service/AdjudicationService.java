package cn.medins.assistance.service;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.jboss.logging.Logger;

import cn.medins.assistance.domain.AdjudicationNeed;
import cn.medins.assistance.domain.BenefitKind;
import cn.medins.assistance.domain.Decision;
import cn.medins.assistance.repository.AdjudicationRequest;
import cn.medins.assistance.repository.AdjudicationRequestRepository;
import cn.medins.contracts.IdNumbers;
import cn.medins.contracts.Topics;
import cn.medins.contracts.assistance.AssistanceEvents;
import cn.medins.contracts.assistance.AssistanceEvents.AdjudicationKind;
import cn.medins.contracts.assistance.AssistanceEvents.AssistanceAdjudicationRequested;
import cn.medins.contracts.assistance.AssistanceEvents.AssistanceGranted;
import cn.medins.contracts.assistance.AssistanceEvents.MatchedFact;
import cn.medins.contracts.assistance.AssistanceEvents.PaymentFund;
import cn.medins.contracts.assistance.AssistanceEvents.PaymentItem;
import cn.medins.contracts.settlement.SettlementEvents.AdjudicatedClaim;
import cn.medins.contracts.settlement.SettlementEvents.AssistanceAdjudicated;
import cn.medins.messaging.inbox.RejectedEventException;
import cn.medins.messaging.outbox.Outbox;
import cn.medins.messaging.outbox.OutgoingEvent;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Money has one owner: assistance decides that retroactive or re-assistance is owed and asks settlement how much
 * ({@code AssistanceAdjudicationRequested}); settlement's {@code AssistanceAdjudicated} answer is paid once. A request
 * is made once per key and answered once per request id, so no replay of either side pays twice.
 */
@ApplicationScoped
public class AdjudicationService {

    private static final Logger LOG = Logger.getLogger(AdjudicationService.class);

    private final AdjudicationRequestRepository requests;
    private final DecisionLog decisionLog;
    private final Payouts payouts;
    private final Outbox outbox;
    private final JsonText json;
    private final Clock clock;

    public AdjudicationService(AdjudicationRequestRepository requests, DecisionLog decisionLog, Payouts payouts,
            Outbox outbox, JsonText json, Clock clock) {
        this.requests = requests;
        this.decisionLog = decisionLog;
        this.payouts = payouts;
        this.outbox = outbox;
        this.json = json;
        this.clock = clock;
    }

    static AssistanceAdjudicationRequested requested(String requestId, AdjudicationNeed need, Person person, String cause) {
        return new AssistanceAdjudicationRequested(requestId, need.kind(), person.idNumber(), person.insuredId(),
                need.category(), need.year(), need.settlementIds(), cause);
    }

    public Uni<Void> request(AdjudicationNeed need, Person person, String cause) {
        return requests.exists(need.key()).chain(asked -> {
            if (asked) {
                return Uni.createFrom().voidItem();
            }
            AdjudicationRequest request = AdjudicationRequest.of(need, person.idNumber(), person.insuredId(),
                    json.write(need.matchedFacts()), OffsetDateTime.now(clock));
            LOG.infof("asking settlement to adjudicate %s %d for %s on %d claims", need.kind(), need.year(),
                    IdNumbers.mask(person.idNumber()), need.settlementIds().size());
            AssistanceAdjudicationRequested event = requested(request.requestId(), need, person, cause);
            return requests.persist(request)
                    .call(() -> outbox.publish(OutgoingEvent.aboutPerson(Topics.ASSISTANCE_EVENTS,
                            AssistanceEvents.ADJUDICATION_REQUESTED, person.key(), event)))
                    .replaceWithVoid();
        });
    }

    /** Pays settlement's answer, once; an answer to a request this service never made is refused. */
    public Uni<Void> answer(String eventId, AssistanceAdjudicated answer) {
        return requests.findById(answer.requestId()).chain(request -> {
            if (request == null) {
                throw new RejectedEventException("field requestId: " + answer.requestId() + " is not a request of this service");
            }
            if (request.isAnswered()) {
                return Uni.createFrom().voidItem();
            }
            List<PaymentItem> items = paymentItems(answer);
            if (!answer.claims().isEmpty() && items.stream().map(PaymentItem::amount).reduce(BigDecimal.ZERO, BigDecimal::add)
                    .compareTo(answer.amount()) != 0) {
                throw new RejectedEventException("field claims: the claims' criticalIllness and assistance do not add up to amount "
                        + answer.amount());
            }
            request.answer(answer.amount(), OffsetDateTime.now(clock));
            if (answer.amount().signum() <= 0) {
                LOG.infof("settlement owes nothing on request %s", request.requestId());
                return Uni.createFrom().voidItem();
            }
            Person person = new Person(request.idNumber(), request.insuredId() != null ? request.insuredId() : answer.insuredId());
            return decisionLog.record(decisionOf(request, answer, eventId), person)
                    .chain(decision -> decision == null ? Uni.createFrom().voidItem() : payouts.pay(decision)
                            .call(() -> decisionLog.announce(decision))
                            .chain(payment -> outbox.publish(OutgoingEvent.aboutPerson(Topics.ASSISTANCE_EVENTS,
                                    AssistanceEvents.ASSISTANCE_GRANTED, person.key(),
                                    new AssistanceGranted(decision.decisionId().toString(), person.idNumber(), person.insuredId(),
                                            request.kind(), decision.amount(), payment == null ? null : payment.paymentId().toString(),
                                            decision.decidedAt()))))
                            .replaceWithVoid());
        });
    }

    private Decision decisionOf(AdjudicationRequest request, AssistanceAdjudicated answer, String eventId) {
        List<MatchedFact> facts = new ArrayList<>(json.read(request.matchedFacts(), DecisionLog.FACTS));
        facts.add(new MatchedFact(eventId, "requestId", answer.requestId()));
        facts.add(new MatchedFact(eventId, "amount", answer.amount().toPlainString()));
        BenefitKind kind = request.kind() == AdjudicationKind.RETROACTIVE ? BenefitKind.RETROACTIVE_ASSISTANCE : BenefitKind.RE_ASSISTANCE;
        return new Decision(kind, request.requestId(), answer.amount(), Map.of("requestId", request.requestId(),
                "year", Integer.toString(request.year()), "category", request.category().name(),
                "policyVersion", answer.policyVersion()), facts, paymentItems(answer));
    }

    /** Each claim's share of the answer, fund by fund, so that the payment says what it pays for. */
    static List<PaymentItem> paymentItems(AssistanceAdjudicated answer) {
        List<PaymentItem> items = new ArrayList<>();
        for (AdjudicatedClaim claim : answer.claims()) {
            BigDecimal criticalIllness = claim.criticalIllness() == null ? BigDecimal.ZERO : claim.criticalIllness();
            BigDecimal assistance = claim.assistance() == null ? claim.amount().subtract(criticalIllness) : claim.assistance();
            if (criticalIllness.signum() > 0) {
                items.add(new PaymentItem(claim.settlementId(), PaymentFund.CRITICAL_ILLNESS, criticalIllness));
            }
            if (assistance.signum() > 0) {
                items.add(new PaymentItem(claim.settlementId(), PaymentFund.MEDICAL_ASSISTANCE, assistance));
            }
        }
        return items;
    }
}
