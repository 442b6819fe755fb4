package cn.medins.assistance.repository;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.UUID;

import cn.medins.assistance.domain.BenefitKind;
import cn.medins.privacy.SealedColumn;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** An apply-free decision with the facts it matched (JSON text) and where it stands. */
@Entity
@Table(name = "benefit_decision")
public class BenefitDecision {

    public enum Status { GRANTED, PAID, IN_REVIEW, REJECTED }

    @Id
    @Column(name = "decision_id")
    public UUID decisionId;

    /** The idempotency key; it names the person by ID number. */
    @Convert(converter = SealedColumn.class)
    @Column(name = "decision_key")
    public String decisionKey;

    @Enumerated(EnumType.STRING)
    public BenefitKind kind;

    @Convert(converter = SealedColumn.class)
    @Column(name = "id_number")
    public String idNumber;

    @Column(name = "insured_id")
    public String insuredId;

    @Enumerated(EnumType.STRING)
    public Status status;

    public BigDecimal amount;

    public String details;

    @Column(name = "matched_facts")
    public String matchedFacts;

    /** JSON list of {@code PaymentItem}: the claims and funds the amount pays for, if any. */
    @Column(name = "payment_items")
    public String paymentItems;

    @Column(name = "decided_at")
    public OffsetDateTime decidedAt;
}
