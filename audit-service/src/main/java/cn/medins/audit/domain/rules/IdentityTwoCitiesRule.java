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
 * One person treated in two cities on the same day: someone else is using the card. Two stays are left to the
 * overlapping-stays rule, so one fact is not flagged twice.
 */
public final class IdentityTwoCitiesRule extends BaseRule {

    public IdentityTwoCitiesRule(RuleDefinition definition) {
        super(definition);
    }

    @Override
    public List<Finding> evaluate(ClaimFacts claim, History history) {
        return otherClaims(claim, history, 0).stream()
                .filter(prior -> !(prior.isStay() && claim.isStay()))
                .filter(prior -> !prior.city().equals(claim.city()))
                .findFirst()
                .map(prior -> List.of(twoCities(claim, prior)))
                .orElse(List.of());
    }

    private Finding twoCities(ClaimFacts claim, PriorClaim prior) {
        return finding("treated in city " + claim.city() + " and in city " + prior.city() + " on the same day", null,
                claim.total(), prior.claimId(),
                Map.of("city", claim.city(), "otherCity", prior.city(), "otherInstitutionId", prior.institutionId(),
                        "otherSettlementId", prior.claimId(), "otherServiceDate", prior.serviceDate().toString()));
    }

    @Override
    public String atTheCounter(Finding finding) {
        return "the patient's card was used in another city on the same day: check the patient's identity";
    }
}
