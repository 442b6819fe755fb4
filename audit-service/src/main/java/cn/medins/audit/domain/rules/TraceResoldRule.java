package cn.medins.audit.domain.rules;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import cn.medins.audit.domain.BaseRule;
import cn.medins.audit.domain.ClaimFacts;
import cn.medins.audit.domain.ClaimFacts.TracedPack;
import cn.medins.audit.domain.ClaimItem;
import cn.medins.audit.domain.Finding;
import cn.medins.audit.domain.History;
import cn.medins.audit.domain.RuleDefinition;
import cn.medins.audit.domain.TraceUse;

/**
 * 回流药: a traceability code identifies one pack, so a code billed again — in another claim that was not reversed, or
 * twice in this one — was sold before. One pack is at stake per code: the item's unit price.
 */
public final class TraceResoldRule extends BaseRule {

    public TraceResoldRule(RuleDefinition definition) {
        super(definition);
    }

    @Override
    public List<Finding> evaluate(ClaimFacts claim, History history) {
        List<Finding> findings = new ArrayList<>();
        Set<String> seenInClaim = new HashSet<>();
        for (TracedPack pack : claim.tracedPacks()) {
            ClaimItem item = pack.item();
            if (!seenInClaim.add(pack.traceCode())) {
                findings.add(finding("traceability code " + pack.traceCode() + " billed twice in this claim", item.code(),
                        item.unitPrice(), null, Map.of("traceCode", pack.traceCode(), "itemCode", item.code())));
                continue;
            }
            history.usesOf(pack.traceCode()).stream()
                    .filter(use -> !use.reversed() && !use.claimId().equals(claim.claimId()))
                    .findFirst()
                    .ifPresent(first -> findings.add(resold(item, first)));
        }
        return findings;
    }

    private Finding resold(ClaimItem item, TraceUse first) {
        return finding("traceability code " + first.traceCode() + " already sold by " + first.institutionId() + " on "
                        + first.serviceDate(), item.code(), item.unitPrice(), first.claimId(),
                Map.of("traceCode", first.traceCode(), "firstSettlementId", first.claimId(),
                        "firstInstitutionId", first.institutionId(), "firstServiceDate", first.serviceDate().toString(),
                        "firstItemCode", first.itemCode()));
    }

    @Override
    public String atTheCounter(Finding finding) {
        return finding.relatedClaimId() == null ? finding.message() : "traceability code " + finding.evidence().get("traceCode") + " was sold already: this pack cannot be sold again";
    }
}
