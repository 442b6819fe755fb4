package cn.medins.assistance.repository;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import cn.medins.assistance.domain.AdjudicationNeed;
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

/**
 * A request to settlement for the amount owed; {@code settlementIds} comma-separated, facts as JSON text. Answered
 * once: a second answer to the same request is never paid.
 */
@Entity
@Table(name = "adjudication_request")
public class AdjudicationRequest {

    public enum Status { REQUESTED, ANSWERED }

    @Id
    @Column(name = "request_id")
    private String requestId;

    /** The idempotency key; it names the person by ID number. */
    @Convert(converter = SealedColumn.class)
    @Column(name = "request_key")
    private String requestKey;

    @Enumerated(EnumType.STRING)
    private AdjudicationKind kind;

    @Convert(converter = SealedColumn.class)
    @Column(name = "id_number")
    private String idNumber;

    @Column(name = "insured_id")
    private String insuredId;

    @Enumerated(EnumType.STRING)
    private NeedyCategory category;

    private int year;

    @Column(name = "settlement_ids")
    private String settlementIds;

    @Column(name = "matched_facts")
    private String matchedFacts;

    @Enumerated(EnumType.STRING)
    private Status status;

    private BigDecimal amount;

    @Column(name = "requested_at")
    private OffsetDateTime requestedAt;

    @Column(name = "answered_at")
    private OffsetDateTime answeredAt;

    /** The request for what {@code need} says is owed to the person, made now; {@code matchedFacts} as JSON. */
    public static AdjudicationRequest of(AdjudicationNeed need, String idNumber, String insuredId, String matchedFacts,
            OffsetDateTime at) {
        AdjudicationRequest request = new AdjudicationRequest();
        request.requestId = UUID.randomUUID().toString();
        request.requestKey = need.key();
        request.kind = need.kind();
        request.idNumber = idNumber;
        request.insuredId = insuredId;
        request.category = need.category();
        request.year = need.year();
        request.settlementIds = String.join(",", need.settlementIds());
        request.matchedFacts = matchedFacts;
        request.status = Status.REQUESTED;
        request.requestedAt = at;
        return request;
    }

    public boolean isAnswered() {
        return status == Status.ANSWERED;
    }

    /** Settlement's answer: what it adjudicated, possibly nothing. */
    public void answer(BigDecimal amount, OffsetDateTime at) {
        if (isAnswered()) {
            throw new IllegalStateException("request " + requestId + " is answered already");
        }
        status = Status.ANSWERED;
        this.amount = amount;
        answeredAt = at;
    }

    public String requestId() {
        return requestId;
    }

    public AdjudicationKind kind() {
        return kind;
    }

    public String idNumber() {
        return idNumber;
    }

    public String insuredId() {
        return insuredId;
    }

    public NeedyCategory category() {
        return category;
    }

    public int year() {
        return year;
    }

    public List<String> settlementIds() {
        return List.of(settlementIds.split(","));
    }

    public String matchedFacts() {
        return matchedFacts;
    }

    /** {@code null} until answered. */
    public BigDecimal amount() {
        return amount;
    }
}
