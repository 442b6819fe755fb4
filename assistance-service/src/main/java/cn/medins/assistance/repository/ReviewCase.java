package cn.medins.assistance.repository;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.UUID;

import cn.medins.assistance.domain.BenefitKind;
import cn.medins.assistance.domain.CaseStatus;
import cn.medins.privacy.SealedColumn;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A decision waiting for township staff, and where it is in 初审 → 复核 → 拨付. */
@Entity
@Table(name = "review_case")
public class ReviewCase {

    @Id
    @Column(name = "case_id")
    public UUID caseId;

    @Column(name = "decision_id")
    public UUID decisionId;

    @Enumerated(EnumType.STRING)
    public BenefitKind kind;

    @Convert(converter = SealedColumn.class)
    @Column(name = "id_number")
    public String idNumber;

    @Column(name = "insured_id")
    public String insuredId;

    @Enumerated(EnumType.STRING)
    public CaseStatus status;

    public BigDecimal amount;

    public String reason;

    @Column(name = "payment_id")
    public UUID paymentId;

    @Column(name = "opened_at")
    public OffsetDateTime openedAt;

    @Column(name = "updated_at")
    public OffsetDateTime updatedAt;
}
