package cn.medins.assistance.service;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Map;

import cn.medins.assistance.domain.BenefitKind;
import cn.medins.assistance.repository.BenefitDecision;
import cn.medins.assistance.repository.BenefitDecisionRepository;
import cn.medins.assistance.repository.ReviewCase;
import cn.medins.assistance.repository.ReviewCaseRepository;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Opens township review cases (初审 → 复核 → 拨付) for decisions that need a human look; {@link CaseReviews} takes them
 * from there. Runs inside the caller's transaction.
 */
@ApplicationScoped
public class CaseOpening {

    private final ReviewCaseRepository cases;
    private final BenefitDecisionRepository decisions;
    private final JsonText json;
    private final Clock clock;

    public CaseOpening(ReviewCaseRepository cases, BenefitDecisionRepository decisions, JsonText json, Clock clock) {
        this.cases = cases;
        this.decisions = decisions;
        this.json = json;
        this.clock = clock;
    }

    /**
     * Holds an account whose holder is not the person for township review: a decision that pays nothing, and its case
     * at 初审. Approval at 拨付 makes it the account assistance is paid to; rejection discards it.
     */
    public Uni<ReviewCase> openAccountReview(String idNumber, String insuredId, String eventId, String reason) {
        BenefitDecision decision = BenefitDecision.forReview(BenefitKind.BANK_ACCOUNT_REVIEW, idNumber + "|" + eventId,
                idNumber, insuredId, now());
        return decisions.persist(decision).chain(saved -> open(saved, reason));
    }

    /**
     * Holds a decision's payment for township review: a decision that pays nothing itself, naming the one whose payment
     * it holds, and its case at 初审 with the amount. Approval at 拨付 sends the held payment; rejection ends both.
     */
    public Uni<ReviewCase> openPaymentReview(BenefitDecision paying, String reason) {
        String details = json.write(Map.of("decisionId", paying.decisionId().toString(), "kind", paying.kind().name()));
        return decisions.persist(BenefitDecision.reviewOfPayment(paying, details, now())).chain(saved -> open(saved, reason));
    }

    /** Opens the decision's case at 初审; a decision that pays is in review until the case ends. */
    public Uni<ReviewCase> open(BenefitDecision decision, String reason) {
        ReviewCase opened = ReviewCase.open(decision, reason, now());
        if (decision.kind().paysToBank()) {
            decision.holdForReview();
        }
        return cases.persist(opened);
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock);
    }
}
