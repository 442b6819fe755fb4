package cn.medins.assistance.service;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import org.jboss.logging.Logger;

import cn.medins.assistance.repository.BenefitDecision;
import cn.medins.assistance.repository.NeedyPerson;
import cn.medins.assistance.repository.NeedyPersonRepository;
import cn.medins.assistance.repository.Payment;
import cn.medins.assistance.repository.PaymentRepository;
import cn.medins.contracts.IdNumbers;
import cn.medins.contracts.Topics;
import cn.medins.contracts.assistance.AssistanceEvents;
import cn.medins.contracts.assistance.AssistanceEvents.BankAccount;
import cn.medins.contracts.assistance.AssistanceEvents.PaymentInstruction;
import cn.medins.messaging.outbox.Outbox;
import cn.medins.messaging.outbox.OutgoingEvent;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Turns a decision with an amount into exactly one payment instruction to the account on the needy registry, or,
 * when there is no account, into a case for township review. Runs inside the caller's transaction.
 */
@ApplicationScoped
public class Payouts {

    private static final Logger LOG = Logger.getLogger(Payouts.class);

    private final NeedyPersonRepository registry;
    private final PaymentRepository payments;
    private final CaseService cases;
    private final Outbox outbox;
    private final JsonText json;
    private final Clock clock;

    public Payouts(NeedyPersonRepository registry, PaymentRepository payments, CaseService cases, Outbox outbox, JsonText json,
            Clock clock) {
        this.registry = registry;
        this.payments = payments;
        this.cases = cases;
        this.outbox = outbox;
        this.json = json;
        this.clock = clock;
    }

    /** @return the payment made, or {@code null} when the decision went to review instead */
    public Uni<Payment> pay(BenefitDecision decision) {
        return registry.findByIdNumber(decision.idNumber).chain(person -> {
            if (person == null || !person.hasAccount()) {
                return cases.open(decision, "no bank account on the needy registry").replaceWith((Payment) null);
            }
            return instruct(decision, person);
        });
    }

    /** The decision's payment: made now, or the one already made for it (one per decision, whatever is replayed). */
    public Uni<Payment> instruct(BenefitDecision decision, NeedyPerson account) {
        return payments.ofDecision(decision.decisionId).chain(existing -> {
            if (existing != null) {
                return Uni.createFrom().item(existing);
            }
            Payment payment = new Payment();
            payment.paymentId = UUID.randomUUID();
            payment.reference = "MA-" + decision.decisionId;
            payment.decisionId = decision.decisionId;
            payment.idNumber = decision.idNumber;
            payment.insuredId = decision.insuredId;
            payment.amount = decision.amount;
            payment.bank = account.bank;
            payment.accountNo = account.accountNo;
            payment.holder = account.holder;
            payment.reason = decision.kind + " decision " + decision.decisionId;
            payment.paymentItems = decision.paymentItems == null ? json.write(List.of()) : decision.paymentItems;
            payment.status = "INSTRUCTED";
            payment.createdAt = OffsetDateTime.now(clock);
            decision.status = BenefitDecision.Status.PAID;
            LOG.infof("payment %s of %s for %s", payment.reference, payment.amount, IdNumbers.mask(payment.idNumber));
            PaymentInstruction instruction = new PaymentInstruction(payment.paymentId.toString(), payment.reference,
                    payment.amount, new BankAccount(payment.bank, payment.accountNo, payment.holder), payment.idNumber,
                    payment.insuredId, decision.decisionId.toString(), payment.reason,
                    json.read(payment.paymentItems, DecisionLog.PAYMENT_ITEMS), payment.createdAt);
            String key = new Person(payment.idNumber, payment.insuredId).key();
            return payments.persist(payment)
                    .call(() -> outbox.publish(OutgoingEvent.aboutPerson(Topics.PAYMENT_INSTRUCTIONS,
                            AssistanceEvents.PAYMENT_INSTRUCTION, key, instruction)));
        });
    }
}
