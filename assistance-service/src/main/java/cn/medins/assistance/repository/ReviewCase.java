package cn.medins.assistance.repository;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import cn.medins.assistance.domain.BenefitKind;
import cn.medins.assistance.domain.CaseStatus;
import cn.medins.assistance.domain.ReviewDecision;
import cn.medins.assistance.domain.TownshipReview;
import cn.medins.privacy.SealedColumn;
import cn.medins.rest.ProblemException;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A decision waiting for township staff, and where it is in 初审 → 复核 → 拨付 ({@link TownshipReview}). */
@Entity
@Table(name = "review_case")
public class ReviewCase {

    @Id
    @Column(name = "case_id")
    private UUID caseId;

    @Column(name = "decision_id")
    private UUID decisionId;

    @Enumerated(EnumType.STRING)
    private BenefitKind kind;

    @Convert(converter = SealedColumn.class)
    @Column(name = "id_number")
    private String idNumber;

    @Column(name = "insured_id")
    private String insuredId;

    @Enumerated(EnumType.STRING)
    private CaseStatus status;

    private BigDecimal amount;

    private String reason;

    @Column(name = "payment_id")
    private UUID paymentId;

    @Column(name = "opened_at")
    private OffsetDateTime openedAt;

    @Column(name = "updated_at")
    private OffsetDateTime updatedAt;

    /** The decision's case at 初审, showing the decision's amount (if it has one yet) to its reviewers. */
    public static ReviewCase open(BenefitDecision decision, String reason, OffsetDateTime at) {
        ReviewCase opened = new ReviewCase();
        opened.caseId = UUID.randomUUID();
        opened.decisionId = decision.decisionId();
        opened.kind = decision.kind();
        opened.idNumber = decision.idNumber();
        opened.insuredId = decision.insuredId();
        opened.status = CaseStatus.INITIAL_REVIEW;
        opened.amount = decision.amount();
        opened.reason = reason;
        opened.openedAt = at;
        opened.updatedAt = at;
        return opened;
    }

    /**
     * The stage {@code reviewer} may review now, given the case's {@code earlier} reviews.
     *
     * @throws ProblemException 409 {@code case-closed} or {@code same-reviewer}
     */
    public CaseStatus admit(String reviewer, List<CaseReview> earlier) {
        TownshipReview.refusal(caseId.toString(), status, earlier.stream().map(CaseReview::asReviewed).toList(), reviewer)
                .ifPresent(refusal -> {
                    throw ProblemException.conflict(refusal.type(), refusal.detail());
                });
        return status;
    }

    /** Moves the case on (approval) or ends it (rejection). */
    public void decide(ReviewDecision decision, OffsetDateTime at) {
        status = TownshipReview.after(status, decision);
        updatedAt = at;
    }

    /** What approval at 拨付 paid: the amount known then and the payment made of it. */
    public void paid(BigDecimal amount, UUID paymentId) {
        this.amount = amount;
        this.paymentId = paymentId;
    }

    /** The payment this PAYMENT_REVIEW case holds until it is decided. */
    public void holds(UUID paymentId) {
        this.paymentId = paymentId;
    }

    public UUID caseId() {
        return caseId;
    }

    public UUID decisionId() {
        return decisionId;
    }

    public BenefitKind kind() {
        return kind;
    }

    public String idNumber() {
        return idNumber;
    }

    public String insuredId() {
        return insuredId;
    }

    public CaseStatus status() {
        return status;
    }

    /** {@code null} while not known (an allowance whose employer wage has not come). */
    public BigDecimal amount() {
        return amount;
    }

    public String reason() {
        return reason;
    }

    public UUID paymentId() {
        return paymentId;
    }

    public OffsetDateTime openedAt() {
        return openedAt;
    }

    public OffsetDateTime updatedAt() {
        return updatedAt;
    }
}
