package cn.medins.assistance.domain;

import java.util.List;
import java.util.Optional;

/**
 * Township review (初审 → 复核 → 拨付): each approval moves an open case one stage on, a rejection ends it, and each
 * stage is reviewed by another person, so that no one releases a payment alone.
 */
public final class TownshipReview {

    /** A stage of the case reviewed earlier, and by whom. */
    public record Reviewed(CaseStatus stage, String reviewer) {
    }

    /** Why the review is refused: the problem's type and what the reviewer is told. */
    public record Refusal(String type, String detail) {
    }

    private TownshipReview() {
    }

    /** Why {@code reviewer} may not review case {@code caseId} now, at {@code stage}; empty when they may. */
    public static Optional<Refusal> refusal(String caseId, CaseStatus stage, List<Reviewed> earlier, String reviewer) {
        if (!stage.isOpen()) {
            return Optional.of(new Refusal("case-closed", "case " + caseId + " is " + stage + " and takes no more reviews"));
        }
        return earlier.stream().filter(review -> review.reviewer().equals(reviewer)).findFirst()
                .map(own -> new Refusal("same-reviewer", reviewer + " reviewed case " + caseId + " at " + own.stage()
                        + " already; " + stage + " needs another person (each stage of 初审 → 复核 → 拨付 is a different reviewer)"));
    }

    /** Where the case stands after the decision at {@code stage}. */
    public static CaseStatus after(CaseStatus stage, ReviewDecision decision) {
        return decision == ReviewDecision.REJECT ? stage.afterRejection() : stage.afterApproval();
    }

    /** Only the approval of the last stage carries out what the case was opened for (paying, using an account). */
    public static boolean disburses(CaseStatus stage, ReviewDecision decision) {
        return decision == ReviewDecision.APPROVE && stage == CaseStatus.DISBURSEMENT;
    }
}
