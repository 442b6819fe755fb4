package cn.medins.audit.domain.rules;

import java.util.List;
import java.util.Map;

import cn.medins.audit.domain.BaseRule;
import cn.medins.audit.domain.ClaimFacts;
import cn.medins.audit.domain.Finding;
import cn.medins.audit.domain.History;
import cn.medins.audit.domain.PriorClaim;
import cn.medins.audit.domain.RuleDefinition;

/**
 * Two inpatient stays of one person that overlap: nobody lies in two beds. A discharge and an admission on the same
 * day (a transfer) do not overlap.
 */
public final class OverlappingStaysRule extends BaseRule {

    public OverlappingStaysRule(RuleDefinition definition) {
        super(definition);
    }

    @Override
    public List<Finding> evaluate(ClaimFacts claim, History history) {
        if (!claim.isStay()) {
            return List.of();
        }
        return otherClaims(claim, history, 0).stream()
                .filter(PriorClaim::isStay)
                .filter(prior -> prior.admissionDate().isBefore(claim.dischargeDate())
                        && claim.admissionDate().isBefore(prior.dischargeDate()))
                .findFirst()
                .map(prior -> List.of(finding("stay " + claim.admissionDate() + ".." + claim.dischargeDate()
                                + " overlaps the stay at " + prior.institutionId() + " " + prior.admissionDate() + ".."
                                + prior.dischargeDate(), null, claim.total(), prior.claimId(),
                        Map.of("otherSettlementId", prior.claimId(), "otherInstitutionId", prior.institutionId(),
                                "otherAdmissionDate", prior.admissionDate().toString(),
                                "otherDischargeDate", prior.dischargeDate().toString()))))
                .orElse(List.of());
    }

    @Override
    public String atTheCounter(Finding finding) {
        return "the patient has an overlapping stay elsewhere";
    }
}
