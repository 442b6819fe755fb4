package cn.medins.assistance.repository;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.UUID;
import java.util.function.Function;

import cn.medins.assistance.domain.BenefitKind;
import cn.medins.assistance.domain.Decision;
import cn.medins.privacy.SealedColumn;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * An apply-free decision with the facts it matched (JSON text) and where it stands: {@code GRANTED} when made,
 * {@code IN_REVIEW} while township review holds it or its payment, then {@code PAID}, {@code GRANTED} or
 * {@code REJECTED} as the review ends.
 */
@Entity
@Table(name = "benefit_decision")
public class BenefitDecision {

    public enum Status { GRANTED, PAID, IN_REVIEW, REJECTED }

    @Id
    @Column(name = "decision_id")
    private UUID decisionId;

    /** The idempotency key; it names the person by ID number. */
    @Convert(converter = SealedColumn.class)
    @Column(name = "decision_key")
    private String decisionKey;

    @Enumerated(EnumType.STRING)
    private BenefitKind kind;

    @Convert(converter = SealedColumn.class)
    @Column(name = "id_number")
    private String idNumber;

    @Column(name = "insured_id")
    private String insuredId;

    @Enumerated(EnumType.STRING)
    private Status status;

    private BigDecimal amount;

    private String details;

    @Column(name = "matched_facts")
    private String matchedFacts;

    /** JSON list of {@code PaymentItem}: the claims and funds the amount pays for, if any. */
    @Column(name = "payment_items")
    private String paymentItems;

    @Column(name = "decided_at")
    private OffsetDateTime decidedAt;

    /** A matcher's decision about the person, granted now; {@code json} writes its details, facts and items. */
    public static BenefitDecision granted(Decision decision, String idNumber, String insuredId, OffsetDateTime at,
            Function<Object, String> json) {
        BenefitDecision granted = newDecision(decision.key(), decision.kind(), idNumber, insuredId, Status.GRANTED, at);
        granted.amount = decision.amount();
        granted.details = json.apply(decision.details());
        granted.matchedFacts = json.apply(decision.matchedFacts());
        granted.paymentItems = json.apply(decision.paymentItems());
        return granted;
    }

    /**
     * A decision that pays nothing itself and exists to be reviewed (an account, a held payment), in review from the
     * start; {@code subject} makes it once per thing reviewed.
     */
    public static BenefitDecision forReview(BenefitKind kind, String subject, String idNumber, String insuredId,
            OffsetDateTime at) {
        BenefitDecision review = newDecision(kind + "|" + subject, kind, idNumber, insuredId, Status.IN_REVIEW, at);
        review.details = "{}";
        review.matchedFacts = "[]";
        review.paymentItems = "[]";
        return review;
    }

    /** The PAYMENT_REVIEW decision holding {@code paying}'s payment: its amount, and {@code details} naming it. */
    public static BenefitDecision reviewOfPayment(BenefitDecision paying, String details, OffsetDateTime at) {
        BenefitDecision review = forReview(BenefitKind.PAYMENT_REVIEW, paying.decisionId.toString(), paying.idNumber,
                paying.insuredId, at);
        review.amount = paying.amount;
        review.details = details;
        return review;
    }

    private static BenefitDecision newDecision(String key, BenefitKind kind, String idNumber, String insuredId, Status status,
            OffsetDateTime at) {
        BenefitDecision decision = new BenefitDecision();
        decision.decisionId = UUID.randomUUID();
        decision.decisionKey = key;
        decision.kind = kind;
        decision.idNumber = idNumber;
        decision.insuredId = insuredId;
        decision.status = status;
        decision.decidedAt = at;
        return decision;
    }

    /** Township review holds the decision, or its payment, until its case ends. */
    public void holdForReview() {
        refuseIfEnded("held for review");
        status = Status.IN_REVIEW;
    }

    /** Its payment was sent to the bank. */
    public void markPaid() {
        refuseIfEnded("paid");
        status = Status.PAID;
    }

    /** Township review approved a decision that pays nothing itself (an account, a released payment's review). */
    public void grant() {
        refuseIfEnded("granted");
        status = Status.GRANTED;
    }

    /** Township review rejected the payment the decision was waiting for. */
    public void reject() {
        if (status == Status.PAID) {
            throw new IllegalStateException("decision " + decisionId + " is PAID and cannot be rejected");
        }
        status = Status.REJECTED;
    }

    /** Its case was rejected: a decision waiting for the case ends; one granted regardless of it stands. */
    public void caseRejected() {
        if (status == Status.IN_REVIEW) {
            status = Status.REJECTED;
        }
    }

    /** The amount first known at 拨付 (an allowance computed on the wage known then). */
    public void settleAmount(BigDecimal amount) {
        refuseIfEnded("given an amount");
        this.amount = amount;
    }

    /** What became known after the decision was made, as the whole details JSON. */
    public void replaceDetails(String details) {
        this.details = details;
    }

    public boolean isPaid() {
        return status == Status.PAID;
    }

    /** A rejected decision is never paid or granted again; no transition leads out of REJECTED. */
    private void refuseIfEnded(String what) {
        if (status == Status.REJECTED) {
            throw new IllegalStateException("decision " + decisionId + " is REJECTED and cannot be " + what);
        }
    }

    public UUID decisionId() {
        return decisionId;
    }

    public String decisionKey() {
        return decisionKey;
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

    public Status status() {
        return status;
    }

    public BigDecimal amount() {
        return amount;
    }

    /** JSON object of text values. */
    public String details() {
        return details;
    }

    /** JSON list of {@code MatchedFact}. */
    public String matchedFacts() {
        return matchedFacts;
    }

    public String paymentItems() {
        return paymentItems;
    }

    public OffsetDateTime decidedAt() {
        return decidedAt;
    }
}
