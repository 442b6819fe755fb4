package cn.medins.audit.domain.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import cn.medins.audit.domain.BaseRule;
import cn.medins.audit.domain.ClaimFacts;
import cn.medins.audit.domain.ClaimItem;
import cn.medins.audit.domain.Finding;
import cn.medins.audit.domain.History;
import cn.medins.audit.domain.PriorClaim;
import cn.medins.audit.domain.RuleDefinition;

/** The same item billed for the same person on the same day by the same institution in another claim. */
public final class DuplicateBillingRule extends BaseRule {

    public DuplicateBillingRule(RuleDefinition definition) {
        super(definition);
    }

    @Override
    public List<Finding> evaluate(ClaimFacts claim, History history) {
        List<PriorClaim> sameDaySameInstitution = otherClaims(claim, history, 0).stream()
                .filter(prior -> prior.institutionId().equals(claim.institutionId()))
                .filter(prior -> prior.serviceDate().equals(claim.serviceDate()))
                .toList();
        if (sameDaySameInstitution.isEmpty()) {
            return List.of();
        }
        List<Finding> findings = new ArrayList<>();
        for (ClaimItem item : claim.items()) {
            sameDaySameInstitution.stream().filter(prior -> prior.bills(item.code())).findFirst()
                    .ifPresent(prior -> findings.add(finding(
                            "item " + item.code() + " already billed on " + claim.serviceDate() + " in settlement " + prior.claimId(),
                            item.code(), item.amount(), prior.claimId(),
                            Map.of("itemCode", item.code(), "serviceDate", claim.serviceDate().toString(),
                                    "otherSettlementId", prior.claimId(), "institutionId", claim.institutionId()))));
        }
        return findings;
    }

    @Override
    public String atTheCounter(Finding finding) {
        return "item " + finding.itemCode() + " is billed already for this patient on this day";
    }
}
