package cn.medins.audit.domain.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import cn.medins.audit.domain.BaseRule;
import cn.medins.audit.domain.ClaimFacts;
import cn.medins.audit.domain.ClaimFacts.TracedPack;
import cn.medins.audit.domain.ClaimItem;
import cn.medins.audit.domain.Finding;
import cn.medins.audit.domain.History;
import cn.medins.audit.domain.RuleDefinition;
import cn.medins.audit.domain.TraceCodes;
import cn.medins.audit.domain.TraceUse;

/**
 * 串换: a pack is the drug it was first billed as, even if that sale was later reversed; billing it as another item
 * means the pack dispensed is not the drug claimed. A code never billed before is judged by its drug identifier: every
 * pack of a product is the drug the product was first billed as ({@code checkProduct}).
 */
public final class TraceSubstitutionRule extends BaseRule {

    private final boolean checkProduct;

    public TraceSubstitutionRule(RuleDefinition definition) {
        super(definition);
        this.checkProduct = definition.params().bool("checkProduct");
    }

    @Override
    public List<Finding> evaluate(ClaimFacts claim, History history) {
        List<Finding> findings = new ArrayList<>();
        for (TracedPack pack : claim.tracedPacks()) {
            ClaimItem item = pack.item();
            List<TraceUse> uses = history.usesOf(pack.traceCode());
            String basis = "traceCode";
            TraceUse first = uses.isEmpty() ? null : uses.get(0);
            String product = TraceCodes.product(pack.traceCode());
            if (first == null && checkProduct && product != null) {
                basis = "product";
                first = history.firstUseOfProduct(product);
            }
            if (first == null || first.itemCode().equals(item.code())) {
                continue;
            }
            findings.add(finding("traceability code " + pack.traceCode() + " belongs to " + first.itemCode()
                            + " but is billed as " + item.code(), item.code(), item.unitPrice(), first.claimId(),
                    Map.of("traceCode", pack.traceCode(), "billedAs", item.code(), "belongsTo", first.itemCode(),
                            "basis", basis, "firstTraceCode", first.traceCode(), "firstSettlementId", first.claimId(),
                            "firstInstitutionId", first.institutionId())));
        }
        return findings;
    }
}
