package cn.medins.assistance.service;

import java.math.BigDecimal;

import cn.medins.assistance.domain.BenefitKind;
import cn.medins.assistance.domain.MaternityAllowanceMatcher;
import cn.medins.assistance.repository.BenefitDecision;
import cn.medins.assistance.repository.BenefitDecisionRepository;
import cn.medins.assistance.repository.NeedyPersonRepository;
import cn.medins.assistance.repository.ReviewCase;
import cn.medins.rest.ProblemException;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The payment of a decision township review approved at 拨付, with the amount and account known now: an allowance
 * whose employer wage came after its case opened is computed on that wage. Without the amount the approval is refused
 * (409) and the case waits.
 */
@ApplicationScoped
public class ApprovedPayment {

    private final BenefitDecisionRepository decisions;
    private final NeedyPersonRepository registry;
    private final EmploymentWages wages;
    private final Payouts payouts;
    private final DecisionLog decisionLog;

    public ApprovedPayment(BenefitDecisionRepository decisions, NeedyPersonRepository registry, EmploymentWages wages,
            Payouts payouts, DecisionLog decisionLog) {
        this.decisions = decisions;
        this.registry = registry;
        this.wages = wages;
        this.payouts = payouts;
        this.decisionLog = decisionLog;
    }

    public Uni<Void> pay(ReviewCase approved) {
        // Its reviewers saw the amount only if the case showed one from the start.
        boolean amountReviewed = approved.amount() != null;
        return decisions.findById(approved.decisionId()).chain(decision -> amountDue(approved, decision)
                .chain(amount -> registry.findByIdNumber(approved.idNumber()).chain(account -> {
                    if (amount == null) {
                        return Uni.createFrom().failure(ProblemException.conflict("amount-unknown",
                                "the amount of case " + approved.caseId() + " is not known yet (employer wage missing)"));
                    }
                    Disbursement.requireAccount(approved, account);
                    decision.settleAmount(amount);
                    return payouts.payApproved(decision, account, amountReviewed)
                            .call(payment -> payment.isHeld() ? Uni.createFrom().voidItem() : decisionLog.notifyInsured(decision))
                            .invoke(payment -> approved.paid(amount, payment.paymentId()))
                            .replaceWithVoid();
                })));
    }

    /** The amount the case shows, or, for an allowance whose wage came after the case opened, the one computed now. */
    private Uni<BigDecimal> amountDue(ReviewCase approved, BenefitDecision decision) {
        if (approved.amount() != null || approved.kind() != BenefitKind.MATERNITY_ALLOWANCE) {
            return Uni.createFrom().item(approved.amount());
        }
        int leaveDays = Integer.parseInt(decisionLog.details(decision).get("leaveDays"));
        return wages.of(approved.idNumber()).map(wage -> {
            if (wage == null) {
                return null;
            }
            // The decision then says what its amount was computed on, and the payment's check reads the wage there.
            decisionLog.addDetail(decision, MaternityAllowanceMatcher.WAGE_DETAIL, wage.averageMonthlyWage.toPlainString());
            return MaternityAllowanceMatcher.allowance(wage.averageMonthlyWage, leaveDays);
        });
    }
}
