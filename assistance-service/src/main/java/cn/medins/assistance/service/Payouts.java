package cn.medins.assistance.service;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Optional;

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
    private final CaseOpening cases;
    private final DecisionLog decisionLog;
    private final PaymentLimits limits;
    private final PaymentInstructions instructions;
    private final Clock clock;

    public Payouts(NeedyPersonRepository registry, PaymentRepository payments, CaseOpening cases, DecisionLog decisionLog,
            PaymentLimits limits, PaymentInstructions instructions, Clock clock) {
        this.registry = registry;
        this.payments = payments;
        this.cases = cases;
        this.decisionLog = decisionLog;
        this.limits = limits;
        this.instructions = instructions;
        this.clock = clock;
    }

    /** An apply-free decision's payment, nobody having looked at it. @return the payment instructed, or {@code null} */
    public Uni<Payment> pay(BenefitDecision decision) {
        return registry.findByIdNumber(decision.idNumber()).chain(person -> {
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
        LOG.infof("held payment %s of %s released for %s", held.reference(), held.amount(), IdNumbers.mask(held.idNumber()));
        return instructions.send(held).replaceWith(held);
    }

    private Optional<String> reviewReason(BenefitDecision decision) {
        String wage = decision.kind() == BenefitKind.MATERNITY_ALLOWANCE
                ? decisionLog.details(decision).get(MaternityAllowanceMatcher.WAGE_DETAIL) : null;
        return limits.reviewReason(decision.kind(), decision.amount(), wage == null ? null : new BigDecimal(wage));
    }

    /** Kept from the bank, with a case for township review; one payment per decision, whatever is replayed. */
    private Uni<Payment> hold(BenefitDecision decision, NeedyPerson account, String reason) {
        return payments.ofDecision(decision.decisionId()).chain(existing -> {
            if (existing != null) {
                return Uni.createFrom().item(existing);
            }
            Payment payment = Payment.of(decision, account, OffsetDateTime.now(clock));
            decision.holdForReview();
            LOG.infof("payment %s of %s for %s held for review: %s", payment.reference(), payment.amount(),
                    IdNumbers.mask(payment.idNumber()), reason);
            return cases.openPaymentReview(decision, reason).chain(reviewCase -> {
                payment.hold(reviewCase.caseId(), reason);
                reviewCase.holds(payment.paymentId());
                return payments.persist(payment);
            });
        });
    }

    /** The decision's payment: made now, or the one already made for it (one per decision, whatever is replayed). */
    private Uni<Payment> instruct(BenefitDecision decision, NeedyPerson account) {
        return payments.ofDecision(decision.decisionId()).chain(existing -> {
            if (existing != null) {
                return Uni.createFrom().item(existing);
            }
            Payment payment = Payment.of(decision, account, OffsetDateTime.now(clock));
            payment.instruct();
            decision.markPaid();
            LOG.infof("payment %s of %s for %s", payment.reference(), payment.amount(), IdNumbers.mask(payment.idNumber()));
            return payments.persist(payment).call(instructions::send);
        });
    }
}
