package cn.medins.assistance.service;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jboss.logging.Logger;

import cn.medins.assistance.domain.BenefitKind;
import cn.medins.assistance.domain.MaternityAllowanceMatcher;
import cn.medins.assistance.domain.PaymentLimits;
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
 * The one place a payment instruction to the bank is made. A decision with an amount becomes exactly one payment to
 * the account on the needy registry: instructed now, or, when its amount (or the wage it was computed on) is above
 * {@link PaymentLimits}, held with a PAYMENT_REVIEW case and instructed only when the case is approved at 拨付. With no
 * account, the decision goes to township review instead. Runs inside the caller's transaction.
 */
@ApplicationScoped
public class Payouts {

    private static final Logger LOG = Logger.getLogger(Payouts.class);

    private final NeedyPersonRepository registry;
    private final PaymentRepository payments;
    private final CaseService cases;
    private final DecisionLog decisionLog;
    private final PaymentLimits limits;
    private final Outbox outbox;
    private final JsonText json;
    private final Clock clock;

    public Payouts(NeedyPersonRepository registry, PaymentRepository payments, CaseService cases, DecisionLog decisionLog,
            PaymentLimits limits, Outbox outbox, JsonText json, Clock clock) {
        this.registry = registry;
        this.payments = payments;
        this.cases = cases;
        this.decisionLog = decisionLog;
        this.limits = limits;
        this.outbox = outbox;
        this.json = json;
        this.clock = clock;
    }

    /** An apply-free decision's payment, nobody having looked at it. @return the payment instructed, or {@code null} */
    public Uni<Payment> pay(BenefitDecision decision) {
        return registry.findByIdNumber(decision.idNumber).chain(person -> {
            Optional<String> review = reviewReason(decision);
            if (person == null || !person.hasAccount()) {
                return cases.open(decision, "no bank account on the needy registry" + review.map(cause -> "; " + cause).orElse(""))
                        .replaceWith((Payment) null);
            }
            return review.isPresent() ? hold(decision, person, review.get()).replaceWith((Payment) null) : instruct(decision, person);
        });
    }

    /**
     * The payment of a decision township review approved at 拨付. Its reviewers saw its amount only if the case had
     * one from the start; an amount first known now (an allowance whose wage came after the case opened) gets the same
     * check as an apply-free one, so no case approved on an unknown amount sends a large sum.
     *
     * @return the payment, instructed or held
     */
    public Uni<Payment> payApproved(BenefitDecision decision, NeedyPerson account, boolean amountReviewed) {
        Optional<String> review = amountReviewed ? Optional.empty() : reviewReason(decision);
        return review.isPresent() ? hold(decision, account, review.get()) : instruct(decision, account);
    }

    /** The held payment of an approved PAYMENT_REVIEW case, instructed to the account in use now. */
    public Uni<Payment> release(Payment held, NeedyPerson account) {
        held.release(account.bank, account.accountNo, account.holder);
        LOG.infof("held payment %s of %s released for %s", held.reference, held.amount, IdNumbers.mask(held.idNumber));
        return publish(held).replaceWith(held);
    }

    private Optional<String> reviewReason(BenefitDecision decision) {
        String wage = decision.kind == BenefitKind.MATERNITY_ALLOWANCE
                ? decisionLog.details(decision).get(MaternityAllowanceMatcher.WAGE_DETAIL) : null;
        return limits.reviewReason(decision.kind, decision.amount, wage == null ? null : new BigDecimal(wage));
    }

    /** Kept from the bank, with a case for township review; one payment per decision, whatever is replayed. */
    private Uni<Payment> hold(BenefitDecision decision, NeedyPerson account, String reason) {
        return payments.ofDecision(decision.decisionId).chain(existing -> {
            if (existing != null) {
                return Uni.createFrom().item(existing);
            }
            Payment payment = paymentOf(decision, account);
            decision.status = BenefitDecision.Status.IN_REVIEW;
            LOG.infof("payment %s of %s for %s held for review: %s", payment.reference, payment.amount,
                    IdNumbers.mask(payment.idNumber), reason);
            return cases.openPaymentReview(decision, reason).chain(reviewCase -> {
                payment.hold(reviewCase.caseId, reason);
                reviewCase.paymentId = payment.paymentId;
                return payments.persist(payment);
            });
        });
    }

    /** The decision's payment: made now, or the one already made for it (one per decision, whatever is replayed). */
    private Uni<Payment> instruct(BenefitDecision decision, NeedyPerson account) {
        return payments.ofDecision(decision.decisionId).chain(existing -> {
            if (existing != null) {
                return Uni.createFrom().item(existing);
            }
            Payment payment = paymentOf(decision, account);
            payment.status = Payment.Status.INSTRUCTED;
            decision.status = BenefitDecision.Status.PAID;
            LOG.infof("payment %s of %s for %s", payment.reference, payment.amount, IdNumbers.mask(payment.idNumber));
            return payments.persist(payment).call(this::publish);
        });
    }

    private Payment paymentOf(BenefitDecision decision, NeedyPerson account) {
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
        payment.createdAt = OffsetDateTime.now(clock);
        return payment;
    }

    private Uni<Void> publish(Payment payment) {
        PaymentInstruction instruction = new PaymentInstruction(payment.paymentId.toString(), payment.reference,
                payment.amount, new BankAccount(payment.bank, payment.accountNo, payment.holder), payment.idNumber,
                payment.insuredId, payment.decisionId.toString(), payment.reason,
                json.read(payment.paymentItems, DecisionLog.PAYMENT_ITEMS), payment.createdAt);
        String key = new Person(payment.idNumber, payment.insuredId).key();
        return outbox.publish(OutgoingEvent.aboutPerson(Topics.PAYMENT_INSTRUCTIONS, AssistanceEvents.PAYMENT_INSTRUCTION,
                key, instruction)).replaceWithVoid();
    }
}
