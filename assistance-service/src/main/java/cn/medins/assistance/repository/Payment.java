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
    private UUID paymentId;

    private String reference;

    @Column(name = "decision_id")
    private UUID decisionId;

    @Convert(converter = SealedColumn.class)
    @Column(name = "id_number")
    private String idNumber;

    @Column(name = "insured_id")
    private String insuredId;

    private BigDecimal amount;

    private String bank;

    @Convert(converter = SealedColumn.class)
    @Column(name = "account_no")
    private String accountNo;

    private String holder;

    private String reason;

    @Enumerated(EnumType.STRING)
    private Status status;

    /** JSON list of {@code PaymentItem}: the claims and funds the amount pays for, if any. */
    @Column(name = "payment_items")
    private String paymentItems;

    @Column(name = "created_at")
    private OffsetDateTime createdAt;

    /** The PAYMENT_REVIEW case that holds the payment, if it was held. */
    @Column(name = "case_id")
    private UUID caseId;

    /** Why it was held: the amount or wage and the limit it is above. */
    @Column(name = "hold_reason")
    private String holdReason;

    /**
     * The decision's payment to {@code account}, not yet sent nor held; its reference {@code MA-<decisionId>} is what
     * the bank dedupes on.
     */
    public static Payment of(BenefitDecision decision, NeedyPerson account, OffsetDateTime at) {
        Payment payment = new Payment();
        payment.paymentId = UUID.randomUUID();
        payment.reference = "MA-" + decision.decisionId();
        payment.decisionId = decision.decisionId();
        payment.idNumber = decision.idNumber();
        payment.insuredId = decision.insuredId();
        payment.amount = decision.amount();
        payment.bank = account.bank;
        payment.accountNo = account.accountNo;
        payment.holder = account.holder;
        payment.reason = decision.kind() + " decision " + decision.decisionId();
        payment.paymentItems = decision.paymentItems() == null ? "[]" : decision.paymentItems();
        payment.createdAt = at;
        return payment;
    }

    public boolean isHeld() {
        return status == Status.HELD;
    }

    /** Sent to the bank now: a new payment only, so no payment is sent twice. */
    public void instruct() {
        requireNew();
        status = Status.INSTRUCTED;
    }

    /** Kept from the bank until the case decides; the account is the one in use when it was decided. */
    public void hold(UUID reviewCaseId, String reason) {
        requireNew();
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

    private void requireNew() {
        if (status != null) {
            throw new IllegalStateException("payment " + paymentId + " is " + status + " already");
        }
    }

    public UUID paymentId() {
        return paymentId;
    }

    /** {@code MA-<decisionId>}, the same whether it was sent at once or after review. */
    public String reference() {
        return reference;
    }

    public UUID decisionId() {
        return decisionId;
    }

    public String idNumber() {
        return idNumber;
    }

    public String insuredId() {
        return insuredId;
    }

    public BigDecimal amount() {
        return amount;
    }

    public String bank() {
        return bank;
    }

    /** In clear: mask it before showing it. */
    public String accountNo() {
        return accountNo;
    }

    public String holder() {
        return holder;
    }

    public String reason() {
        return reason;
    }

    public Status status() {
        return status;
    }

    public String paymentItems() {
        return paymentItems;
    }

    public OffsetDateTime createdAt() {
        return createdAt;
    }

    public UUID caseId() {
        return caseId;
    }

    public String holdReason() {
        return holdReason;
    }

    @Override
    public String toString() {
        return "Payment[" + paymentId + ", reference=" + reference + ", amount=" + amount + "]";
    }
}
