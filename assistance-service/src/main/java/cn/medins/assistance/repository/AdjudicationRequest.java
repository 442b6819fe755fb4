package cn.medins.assistance.repository;

import java.math.BigDecimal;
import java.time.OffsetDateTime;

import cn.medins.contracts.assistance.AssistanceEvents.AdjudicationKind;
import cn.medins.contracts.partner.NeedyCategory;
import cn.medins.privacy.SealedColumn;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A request to settlement for the amount owed; {@code settlementIds} comma-separated, facts as JSON text. */
@Entity
@Table(name = "adjudication_request")
public class AdjudicationRequest {

    public enum Status { REQUESTED, ANSWERED }

    @Id
    @Column(name = "request_id")
    public String requestId;

    /** The idempotency key; it names the person by ID number. */
    @Convert(converter = SealedColumn.class)
    @Column(name = "request_key")
    public String requestKey;

    @Enumerated(EnumType.STRING)
    public AdjudicationKind kind;

    @Convert(converter = SealedColumn.class)
    @Column(name = "id_number")
    public String idNumber;

    @Column(name = "insured_id")
    public String insuredId;

    @Enumerated(EnumType.STRING)
    public NeedyCategory category;

    public int year;

    @Column(name = "settlement_ids")
    public String settlementIds;

    @Column(name = "matched_facts")
    public String matchedFacts;

    @Enumerated(EnumType.STRING)
    public Status status;

    public BigDecimal amount;

    @Column(name = "requested_at")
    public OffsetDateTime requestedAt;

    @Column(name = "answered_at")
    public OffsetDateTime answeredAt;
}
