package cn.medins.audit.domain.rules;

import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

import cn.medins.audit.domain.BaseRule;
import cn.medins.audit.domain.ClaimFacts;
import cn.medins.audit.domain.Finding;
import cn.medins.audit.domain.History;
import cn.medins.audit.domain.PriorClaim;
import cn.medins.audit.domain.RuleDefinition;
import cn.medins.audit.domain.Stays;
import cn.medins.contracts.coverage.VisitType;

/**
 * 分解住院: a discharge followed within {@code withinDays} by a readmission for the same principal diagnosis category,
 * which splits one treatment into two stays (two deductibles, two per-stay quotas). With {@code sameInstitution} only
 * a readmission to the same institution counts.
 */
public final class SplitAdmissionRule extends BaseRule {

    private final int withinDays;
    private final boolean sameInstitution;

    public SplitAdmissionRule(RuleDefinition definition) {
        super(definition);
        this.withinDays = definition.params().integer("withinDays");
        this.sameInstitution = definition.params().bool("sameInstitution");
    }

    @Override
    public int lookbackDays() {
        return withinDays;
    }

    @Override
    public List<Finding> evaluate(ClaimFacts claim, History history) {
        if (!claim.isStay() || claim.visitType() != VisitType.INPATIENT || claim.principalDiagnosis() == null) {
            return List.of();
        }
        String diagnosis = Stays.diagnosisCategory(claim.principalDiagnosis());
        return otherClaims(claim, history, withinDays).stream()
                .filter(prior -> prior.isStay() && prior.visitType() == VisitType.INPATIENT)
                .filter(prior -> diagnosis.equals(Stays.diagnosisCategory(prior.principalDiagnosis())))
                .filter(prior -> !sameInstitution || prior.institutionId().equals(claim.institutionId()))
                .filter(prior -> !prior.dischargeDate().isAfter(claim.admissionDate()))
                .filter(prior -> ChronoUnit.DAYS.between(prior.dischargeDate(), claim.admissionDate()) <= withinDays)
                .findFirst()
                .map(prior -> List.of(readmission(claim, prior, diagnosis)))
                .orElse(List.of());
    }

    private Finding readmission(ClaimFacts claim, PriorClaim prior, String diagnosis) {
        long gap = ChronoUnit.DAYS.between(prior.dischargeDate(), claim.admissionDate());
        return finding("readmitted for " + diagnosis + " " + gap + " days after discharge on " + prior.dischargeDate(), null,
                claim.total(), prior.claimId(),
                Map.of("diagnosisCategory", diagnosis, "daysSinceDischarge", gap, "withinDays", withinDays,
                        "otherSettlementId", prior.claimId(), "otherInstitutionId", prior.institutionId(),
                        "otherDischargeDate", prior.dischargeDate().toString()));
    }

    @Override
    public String atTheCounter(Finding finding) {
        return "readmission for the same condition soon after a discharge: check whether this continues the earlier stay";
    }
}
