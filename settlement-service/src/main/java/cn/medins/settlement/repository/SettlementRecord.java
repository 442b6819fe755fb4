package cn.medins.settlement.repository;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;

import cn.medins.contracts.claim.ClaimRequest;
import cn.medins.contracts.coverage.VisitType;
import cn.medins.contracts.partner.NeedyCategory;
import cn.medins.contracts.settlement.SettlementEvents.FundSplit;
import cn.medins.privacy.SealedColumn;
import cn.medins.rest.ProblemException;
import cn.medins.settlement.domain.Accumulators;
import cn.medins.settlement.domain.Settlement;
import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One settlement as saved: the split in columns (clearing sums them), the explanation and the accumulator change as JSON. */
@Entity
@Table(name = "settlement")
public class SettlementRecord extends PanacheEntityBase {

    public enum Status { SETTLED, REVERSED }

    @Id
    @Column(name = "settlement_id")
    public String settlementId;

    @Column(name = "request_id")
    public String requestId;

    @Column(name = "insured_id")
    public String insuredId;

    @Convert(converter = SealedColumn.class)
    @Column(name = "id_number")
    public String idNumber;

    @Column(name = "institution_id")
    public String institutionId;

    @Enumerated(EnumType.STRING)
    @Column(name = "visit_type")
    public VisitType visitType;

    @Column(name = "service_date")
    public LocalDate serviceDate;

    @Column(name = "clearing_month")
    public String clearingMonth;

    @Enumerated(EnumType.STRING)
    @Column(name = "needy_category")
    public NeedyCategory needyCategory;

    @Column(name = "policy_version")
    public String policyVersion;

    /**
     * The treating region's policy version whose catalogue rated a remote claim's items, when not {@link #policyVersion};
     * {@code null} otherwise and on rows settled before it was kept (V13).
     */
    @Column(name = "catalogue_version")
    public String catalogueVersion;

    /** The insured's enrolment region as rated; {@code null} on rows settled before it was kept. */
    @Column(name = "region_code")
    public String regionCode;

    /** The {@code RatingInput} (insured and claim) the calculator saw, as JSON: what a policy replay rates again. */
    public String rated;

    public BigDecimal total;

    @Column(name = "in_scope")
    public BigDecimal inScope;

    @Column(name = "remote_first_self_pay")
    public BigDecimal remoteFirstSelfPay;

    @Column(name = "deductible_applied")
    public BigDecimal deductibleApplied;

    @Embedded
    public Funds funds;

    public BigDecimal personal;

    /** Retroactive assistance paid on this claim after the counter. */
    @Column(name = "adjudicated_assistance")
    public BigDecimal adjudicatedAssistance = new BigDecimal("0.00");

    /** Critical illness paid on this claim after the counter, when it was re-adjudicated at needy rates. */
    @Column(name = "adjudicated_critical_illness")
    public BigDecimal adjudicatedCriticalIllness = new BigDecimal("0.00");

    public String lines;

    @Column(name = "accumulator_delta")
    public String accumulatorDelta;

    @Enumerated(EnumType.STRING)
    public Status status;

    @Column(name = "settled_at")
    public OffsetDateTime settledAt;

    @Column(name = "reversed_at")
    public OffsetDateTime reversedAt;

    @Column(name = "reversal_reason")
    public String reversalReason;

    /** Who a claim is settled for, as the settlement keeps it: the region is the enrolment's, as rated. */
    public record Claimant(String insuredId, String idNumber, NeedyCategory needy, String regionCode) {
    }

    /**
     * The settlement's JSON columns, written by the service: the explanation lines, the accumulator change, and the
     * {@code RatingInput} the calculator saw, so that a policy draft can be replayed over the claim as it was rated.
     */
    public record Written(String lines, String accumulatorDelta, String rated) {
    }

    /** The claim settled now for {@code claimant}, booked in its service month until the clearing says otherwise. */
    public static SettlementRecord settle(String settlementId, ClaimRequest request, Claimant claimant, Settlement settlement,
            Written written, OffsetDateTime at) {
        SettlementRecord saved = new SettlementRecord();
        saved.settlementId = settlementId;
        saved.requestId = request.requestId();
        saved.institutionId = request.institutionId();
        saved.visitType = request.visitType();
        saved.serviceDate = request.serviceDate();
        saved.clearingMonth = request.serviceDate().toString().substring(0, 7);
        saved.claimant(claimant);
        saved.rated(settlement, written);
        saved.status = Status.SETTLED;
        saved.settledAt = at;
        return saved;
    }

    private void claimant(Claimant claimant) {
        insuredId = claimant.insuredId();
        idNumber = claimant.idNumber();
        needyCategory = claimant.needy();
        regionCode = claimant.regionCode();
    }

    private void rated(Settlement settlement, Written written) {
        policyVersion = settlement.policyVersion();
        catalogueVersion = settlement.catalogueVersion();
        setSplit(settlement.split());
        lines = written.lines();
        accumulatorDelta = written.accumulatorDelta();
        rated = written.rated();
    }

    /** The clearing month the claim is booked in: its service month while open, else the next open one. */
    public void bookIn(String month) {
        clearingMonth = month;
    }

    /**
     * Reverses the claim (撤销) once; a second reversal is a conflict. The year's accumulators are the service's to
     * restore, with {@link #reversal}.
     */
    public void reverse(String reason, OffsetDateTime at) {
        if (status == Status.REVERSED) {
            throw ProblemException.conflict("already-reversed", "settlement " + settlementId + " was reversed at " + reversedAt);
        }
        status = Status.REVERSED;
        reversedAt = at;
        reversalReason = reason;
    }

    /** Re-adjudication paid the person these amounts for this claim, beyond what the counter split. */
    public void adjudicated(BigDecimal criticalIllness, BigDecimal assistance) {
        adjudicatedCriticalIllness = adjudicatedCriticalIllness.add(criticalIllness);
        adjudicatedAssistance = adjudicatedAssistance.add(assistance);
    }

    /** What reversing this claim takes back from the person's year, given the change {@code settledDelta} its settlement made. */
    public Accumulators reversal(Accumulators settledDelta) {
        return settledDelta.reversal(adjudicatedCriticalIllness, adjudicatedAssistance);
    }

    public FundSplit split() {
        return new FundSplit(total, inScope, remoteFirstSelfPay, deductibleApplied, funds.basicPool, funds.largeMedical,
                funds.criticalIllness, funds.assistance, funds.maternityFund, personal);
    }

    public void setSplit(FundSplit split) {
        total = split.total();
        inScope = split.inScope();
        remoteFirstSelfPay = split.remoteFirstSelfPay();
        deductibleApplied = split.deductibleApplied();
        funds = Funds.of(split.basicPool(), split.largeMedical(), split.criticalIllness(), split.assistance(), split.maternityFund());
        personal = split.personal();
    }
}
