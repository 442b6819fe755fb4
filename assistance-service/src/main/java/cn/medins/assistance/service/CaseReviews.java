package cn.medins.assistance.service;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.UUID;

import cn.medins.assistance.domain.CaseStatus;
import cn.medins.assistance.domain.ReviewDecision;
import cn.medins.assistance.domain.TownshipReview;
import cn.medins.assistance.repository.CaseReview;
import cn.medins.assistance.repository.CaseReviewRepository;
import cn.medins.assistance.repository.ReviewCase;
import cn.medins.assistance.repository.ReviewCaseRepository;
import cn.medins.rest.ProblemException;
import cn.medins.trail.AuditTrail;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Applies each reviewer's decision to a township review case ({@link TownshipReview}): approving 拨付 carries out what
 * the case was opened for ({@link Disbursement}), rejecting undoes it ({@link CaseRejection}); a refused review
 * changes nothing (409). Every review is recorded with the case and in the audit trail.
 */
@ApplicationScoped
public class CaseReviews {

    private final ReviewCaseRepository cases;
    private final CaseReviewRepository reviews;
    private final Disbursement disbursement;
    private final CaseRejection rejection;
    private final AuditTrail trail;
    private final Clock clock;

    public CaseReviews(ReviewCaseRepository cases, CaseReviewRepository reviews, Disbursement disbursement,
            CaseRejection rejection, AuditTrail trail, Clock clock) {
        this.cases = cases;
        this.reviews = reviews;
        this.disbursement = disbursement;
        this.rejection = rejection;
        this.trail = trail;
        this.clock = clock;
    }

    /**
     * @param reviewer the acting person, from the token's subject (never from the body): no one reviews two stages of
     *        one case, so no single person releases a payment alone
     */
    @WithTransaction
    public Uni<ReviewCase> review(UUID caseId, ReviewDecision decision, String note, String reviewer) {
        return cases.findById(caseId)
                .onItem().ifNull().failWith(() -> ProblemException.notFound("case", "no review case " + caseId))
                .chain(found -> reviews.list("caseId", caseId).chain(earlier -> {
                    CaseStatus stage = found.admit(reviewer, earlier);
                    return carryOut(found, stage, decision)
                            .call(() -> reviews.persist(CaseReview.of(found, stage, decision, note, reviewer)))
                            .call(() -> trail.record(reviewer, "CASE_" + decision + "D", caseId.toString(),
                                    trailDetail(found, stage, note)))
                            .replaceWith(found);
                }));
    }

    /** A rejection ends the case before it is undone; an approval moves it on once what it carries out succeeded. */
    private Uni<Void> carryOut(ReviewCase reviewed, CaseStatus stage, ReviewDecision decision) {
        if (decision == ReviewDecision.REJECT) {
            reviewed.decide(decision, now());
            return rejection.undo(reviewed);
        }
        Uni<Void> carriedOut = TownshipReview.disburses(stage, decision) ? disbursement.disburse(reviewed)
                : Uni.createFrom().voidItem();
        return carriedOut.invoke(() -> reviewed.decide(decision, now()));
    }

    private static String trailDetail(ReviewCase reviewed, CaseStatus stage, String note) {
        return reviewed.kind() + " at " + stage + " → " + reviewed.status() + (note == null || note.isBlank() ? "" : ": " + note);
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock);
    }
}
