package cn.medins.assistance.service;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

import org.jboss.logging.Logger;

import com.fasterxml.jackson.core.type.TypeReference;

import cn.medins.assistance.domain.Decision;
import cn.medins.assistance.repository.BenefitDecision;
import cn.medins.assistance.repository.BenefitDecisionRepository;
import cn.medins.contracts.IdNumbers;
import cn.medins.contracts.Topics;
import cn.medins.contracts.assistance.AssistanceEvents;
import cn.medins.contracts.assistance.AssistanceEvents.BenefitGranted;
import cn.medins.contracts.assistance.AssistanceEvents.MatchedFact;
import cn.medins.contracts.assistance.AssistanceEvents.PaymentItem;
import cn.medins.contracts.notification.Notification;
import cn.medins.messaging.outbox.Outbox;
import cn.medins.messaging.outbox.OutgoingEvent;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Records each decision once (its key is unique) and announces it: {@code BenefitGranted} with the facts it matched,
 * and a notification to the insured. Runs inside the caller's transaction.
 */
@ApplicationScoped
public class DecisionLog {

    static final TypeReference<Map<String, String>> DETAILS = new TypeReference<>() {
    };
    static final TypeReference<List<PaymentItem>> PAYMENT_ITEMS = new TypeReference<>() {
    };
    static final TypeReference<List<MatchedFact>> FACTS = new TypeReference<>() {
    };
    private static final Logger LOG = Logger.getLogger(DecisionLog.class);

    private final BenefitDecisionRepository decisions;
    private final Outbox outbox;
    private final JsonText json;
    private final Clock clock;

    public DecisionLog(BenefitDecisionRepository decisions, Outbox outbox, JsonText json, Clock clock) {
        this.decisions = decisions;
        this.outbox = outbox;
        this.json = json;
        this.clock = clock;
    }

    /** @return the recorded decision, or {@code null} when this decision was already made */
    public Uni<BenefitDecision> record(Decision decision, Person person) {
        return decisions.exists(decision.key()).chain(made -> {
            if (made) {
                LOG.debugf("%s already decided for %s", decision.kind(), IdNumbers.mask(person.idNumber()));
                return Uni.createFrom().nullItem();
            }
            BenefitDecision row = rowOf(decision, person);
            LOG.infof("decided %s %s for %s", row.kind(), row.decisionId(), IdNumbers.mask(person.idNumber()));
            return decisions.persist(row);
        });
    }

    BenefitDecision rowOf(Decision decision, Person person) {
        return BenefitDecision.granted(decision, person.idNumber(), person.insuredId(), OffsetDateTime.now(clock), json::write);
    }

    /** The decision as it now stands, as enrollment and the insured's other services read it. */
    BenefitGranted granted(BenefitDecision decision) {
        return new BenefitGranted(decision.decisionId().toString(), decision.kind().name(), decision.idNumber(),
                decision.insuredId(), decision.amount(), details(decision), facts(decision), decision.decidedAt());
    }

    /** Publishes the decision as it now stands (paid, in review, ...) and tells the insured. */
    public Uni<Void> announce(BenefitDecision decision) {
        BenefitGranted granted = granted(decision);
        return outbox.publish(OutgoingEvent.aboutPerson(Topics.ASSISTANCE_EVENTS, AssistanceEvents.BENEFIT_GRANTED,
                new Person(decision.idNumber(), decision.insuredId()).key(), granted))
                .chain(() -> notifyInsured(decision));
    }

    /** An SMS about the decision as it now stands; the gateway needs the insured id, so without one nobody is told. */
    public Uni<Void> notifyInsured(BenefitDecision decision) {
        if (decision.insuredId() == null) {
            return Uni.createFrom().voidItem();
        }
        Notification notification = new Notification(UUID.randomUUID().toString(), decision.insuredId(),
                decision.kind().name(), NotificationTexts.of(decision, details(decision)), decision.decisionId().toString());
        return outbox.publish(OutgoingEvent.aboutPerson(Topics.NOTIFICATIONS, Notification.TYPE, decision.insuredId(),
                notification)).replaceWithVoid();
    }

    public Map<String, String> details(BenefitDecision decision) {
        return json.read(decision.details(), DETAILS);
    }

    /** Adds what became known after the decision was made (the wage an allowance was finally computed on). */
    public void addDetail(BenefitDecision decision, String name, String value) {
        Map<String, String> details = new TreeMap<>(details(decision));
        details.put(name, value);
        decision.replaceDetails(json.write(details));
    }

    public List<MatchedFact> facts(BenefitDecision decision) {
        return json.read(decision.matchedFacts(), FACTS);
    }
}
