package cn.medins.settlement.repository;

import java.math.BigDecimal;
import java.time.OffsetDateTime;

import cn.medins.contracts.assistance.AssistanceEvents.AdjudicationKind;
import cn.medins.contracts.assistance.AssistanceEvents.AssistanceAdjudicationRequested;
import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The answer given to one adjudication request: its request id is answered once. */
@Entity
@Table(name = "assistance_adjudication")
public class AssistanceAdjudicationRecord extends PanacheEntityBase {

    @Id
    @Column(name = "request_id")
    public String requestId;

    @Column(name = "insured_id")
    public String insuredId;

    @Enumerated(EnumType.STRING)
    public AdjudicationKind kind;

    public int year;

    public BigDecimal amount;

    @Column(name = "policy_version")
    public String policyVersion;

    @Column(name = "adjudicated_at")
    public OffsetDateTime adjudicatedAt;

    /** The answer to {@code request}, given now: what the claims are owed in all, under the policy version that rated them. */
    public static AssistanceAdjudicationRecord answer(AssistanceAdjudicationRequested request, String insuredId, BigDecimal amount,
            String policyVersion, OffsetDateTime at) {
        AssistanceAdjudicationRecord answer = new AssistanceAdjudicationRecord();
        answer.requestId = request.requestId();
        answer.insuredId = insuredId;
        answer.kind = request.kind();
        answer.year = request.year();
        answer.amount = amount;
        answer.policyVersion = policyVersion;
        answer.adjudicatedAt = at;
        return answer;
    }
}
