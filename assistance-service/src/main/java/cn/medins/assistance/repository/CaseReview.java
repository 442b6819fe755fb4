package cn.medins.assistance.repository;

import java.time.OffsetDateTime;
import java.util.UUID;

import cn.medins.assistance.domain.CaseStatus;
import cn.medins.assistance.domain.ReviewDecision;
import cn.medins.assistance.domain.TownshipReview;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One reviewer's decision at one stage of a case; never changed once made. */
@Entity
@Table(name = "case_review")
public class CaseReview {

    @Id
    private UUID id;

    @Column(name = "case_id")
    private UUID caseId;

    @Enumerated(EnumType.STRING)
    private CaseStatus stage;

    private String decision;

    private String note;

    private String reviewer;

    @Column(name = "reviewed_at")
    private OffsetDateTime reviewedAt;

    /** The review that took {@code reviewed} from {@code stage} to where it stands now, made when the case changed. */
    public static CaseReview of(ReviewCase reviewed, CaseStatus stage, ReviewDecision decision, String note, String reviewer) {
        CaseReview review = new CaseReview();
        review.id = UUID.randomUUID();
        review.caseId = reviewed.caseId();
        review.stage = stage;
        review.decision = decision.name();
        review.note = note;
        review.reviewer = reviewer;
        review.reviewedAt = reviewed.updatedAt();
        return review;
    }

    TownshipReview.Reviewed asReviewed() {
        return new TownshipReview.Reviewed(stage, reviewer);
    }

    public UUID caseId() {
        return caseId;
    }

    public CaseStatus stage() {
        return stage;
    }

    public String decision() {
        return decision;
    }

    public String note() {
        return note;
    }

    public String reviewer() {
        return reviewer;
    }

    public OffsetDateTime reviewedAt() {
        return reviewedAt;
    }
}
