package cn.medins.assistance.repository;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.UUID;

import cn.medins.privacy.SealedColumn;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A payment of a decision: instructed to the bank, or held for township review until its case releases or rejects it.
 * The account number is shown only masked.
 */
@Entity
@Table(name = "payment")
public class Payment {

    /** {@code INSTRUCTED}: sent to the bank. {@code HELD}: waiting for its review case. {@code REJECTED}: never sent. */
    public enum Status { INSTRUCTED, HELD, REJECTED }

    @Id
    @Column(name = "payment_id")
    public UUID paymentId;

    public String reference;

    @Column(name = "decision_id")
    public UUID decisionId;

    @Convert(converter = SealedColumn.class)
    @Column(name = "id_number")
    public String idNumber;

    @Column(name = "insured_id")
    public String insuredId;

    public BigDecimal amount;

    public String bank;

    @Convert(converter = SealedColumn.class)
    @Column(name = "account_no")
    public String accountNo;

    public String holder;

    public String reason;

    @Enumerated(EnumType.STRING)
    public Status status;

    /** JSON list of {@code PaymentItem}: the claims and funds the amount pays for, if any. */
    @Column(name = "payment_items")
    public String paymentItems;

    @Column(name = "created_at")
    public OffsetDateTime createdAt;

    /** The PAYMENT_REVIEW case that holds the payment, if it was held. */
    @Column(name = "case_id")
    public UUID caseId;

    /** Why it was held: the amount or wage and the limit it is above. */
    @Column(name = "hold_reason")
    public String holdReason;

    public boolean isHeld() {
        return status == Status.HELD;
    }

    /** Kept from the bank until the case decides; the account is the one in use when it was decided. */
    public void hold(UUID reviewCaseId, String reason) {
        status = Status.HELD;
        caseId = reviewCaseId;
        holdReason = reason;
    }

    /**
     * Township review approved it at 拨付: it goes to the account in use now, as every payment approved at 拨付 does;
     * an account changes only to one held by the person, or through its own review.
     */
    public void release(String bank, String accountNo, String holder) {
        if (!isHeld()) {
            throw new IllegalStateException("payment " + paymentId + " is " + status + ", not held");
        }
        this.bank = bank;
        this.accountNo = accountNo;
        this.holder = holder;
        status = Status.INSTRUCTED;
    }

    /** Township review rejected it: it is never sent. */
    public void reject() {
        if (!isHeld()) {
            throw new IllegalStateException("payment " + paymentId + " is " + status + ", not held");
        }
        status = Status.REJECTED;
    }

    @Override
    public String toString() {
        return "Payment[" + paymentId + ", reference=" + reference + ", amount=" + amount + "]";
    }
}
