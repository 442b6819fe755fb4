package cn.medins.assistance.service;

import cn.medins.assistance.repository.BenefitDecision;
import cn.medins.assistance.repository.BenefitDecisionRepository;
import cn.medins.assistance.repository.NeedyPersonRepository;
import cn.medins.assistance.repository.PaymentRepository;
import cn.medins.assistance.repository.ReviewCase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * What rejecting a case at any stage undoes: a held account is discarded, a held payment is never sent, and the
 * decision waiting for the case ends. Runs inside the review's transaction.
 */
@ApplicationScoped
public class CaseRejection {

    private final BenefitDecisionRepository decisions;
    private final NeedyPersonRepository registry;
    private final PaymentRepository payments;

    public CaseRejection(BenefitDecisionRepository decisions, NeedyPersonRepository registry, PaymentRepository payments) {
        this.decisions = decisions;
        this.registry = registry;
        this.payments = payments;
    }

    public Uni<Void> undo(ReviewCase rejected) {
        Uni<Void> undone = switch (rejected.kind()) {
            case BANK_ACCOUNT_REVIEW -> registry.findByIdNumber(rejected.idNumber()).invoke(person -> {
                if (person != null) {
                    person.discardHeldAccount();
                }
            }).replaceWithVoid();
            case PAYMENT_REVIEW -> payments.heldBy(rejected.caseId()).chain(held -> {
                held.reject();
                return decisions.findById(held.decisionId()).invoke(BenefitDecision::reject).replaceWithVoid();
            });
            default -> Uni.createFrom().voidItem();
        };
        return undone.chain(() -> decisions.findById(rejected.decisionId())).invoke(BenefitDecision::caseRejected)
                .replaceWithVoid();
    }
}
