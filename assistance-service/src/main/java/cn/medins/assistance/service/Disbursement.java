package cn.medins.assistance.service;

import cn.medins.assistance.repository.BenefitDecision;
import cn.medins.assistance.repository.BenefitDecisionRepository;
import cn.medins.assistance.repository.NeedyPerson;
import cn.medins.assistance.repository.NeedyPersonRepository;
import cn.medins.assistance.repository.PaymentRepository;
import cn.medins.assistance.repository.ReviewCase;
import cn.medins.rest.ProblemException;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * 拨付: what approving a case's last stage carries out. A held account becomes the one in use, a held payment is sent
 * to the account in use now, a decision that carries money is paid ({@link ApprovedPayment}). Without an account the
 * approval is refused (409) and the case waits. Runs inside the review's transaction.
 */
@ApplicationScoped
public class Disbursement {

    private final BenefitDecisionRepository decisions;
    private final NeedyPersonRepository registry;
    private final PaymentRepository payments;
    private final Payouts payouts;
    private final DecisionLog decisionLog;
    private final ApprovedPayment approvedPayment;

    public Disbursement(BenefitDecisionRepository decisions, NeedyPersonRepository registry, PaymentRepository payments,
            Payouts payouts, DecisionLog decisionLog, ApprovedPayment approvedPayment) {
        this.decisions = decisions;
        this.registry = registry;
        this.payments = payments;
        this.payouts = payouts;
        this.decisionLog = decisionLog;
        this.approvedPayment = approvedPayment;
    }

    public Uni<Void> disburse(ReviewCase approved) {
        return switch (approved.kind()) {
            case BANK_ACCOUNT_REVIEW -> useHeldAccount(approved);
            case PAYMENT_REVIEW -> releaseHeldPayment(approved);
            default -> approved.kind().paysToBank() ? approvedPayment.pay(approved) : Uni.createFrom().voidItem();
        };
    }

    private Uni<Void> useHeldAccount(ReviewCase approved) {
        return registry.findByIdNumber(approved.idNumber()).invoke(person -> {
            if (person != null) {
                person.releaseHeldAccount();
            }
        }).chain(() -> decisions.findById(approved.decisionId())).invoke(BenefitDecision::grant).replaceWithVoid();
    }

    /** The held payment goes to the account in use now; the decision it pays is paid, the review decision granted. */
    private Uni<Void> releaseHeldPayment(ReviewCase approved) {
        return payments.heldBy(approved.caseId()).chain(held -> registry.findByIdNumber(approved.idNumber())
                .chain(account -> payouts.release(held, requireAccount(approved, account)))
                .chain(() -> decisions.findById(held.decisionId()))
                .invoke(BenefitDecision::markPaid)
                .call(decisionLog::notifyInsured))
                .chain(() -> decisions.findById(approved.decisionId()))
                .invoke(BenefitDecision::grant)
                .replaceWithVoid();
    }

    /** @throws ProblemException 409 {@code account-unknown}: nothing is paid before the registry has the person's account */
    static NeedyPerson requireAccount(ReviewCase approved, NeedyPerson account) {
        if (account == null || !account.hasAccount()) {
            throw ProblemException.conflict("account-unknown", "no bank account is registered for the person of case "
                    + approved.caseId());
        }
        return account;
    }
}
