package cn.medins.assistance.repository;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.UUID;

import cn.medins.privacy.SealedColumn;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A payment instruction sent to the bank; the account number is shown only masked. */
@Entity
@Table(name = "payment")
public class Payment {

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

    public String status;

    /** JSON list of {@code PaymentItem}: the claims and funds the amount pays for, if any. */
    @Column(name = "payment_items")
    public String paymentItems;

    @Column(name = "created_at")
    public OffsetDateTime createdAt;

    @Override
    public String toString() {
        return "Payment[" + paymentId + ", reference=" + reference + ", amount=" + amount + "]";
    }
}
