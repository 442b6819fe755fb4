package cn.medins.settlement.domain;

import java.math.BigDecimal;
import java.util.List;

import cn.medins.contracts.settlement.SettlementEvents.FundSplit;

/**
 * The calculator's answer: the split, how it came about, and what it adds to the person's year.
 *
 * @param catalogueVersion the policy version whose catalogue rated the items when it is not {@code policyVersion} (a
 *        remote claim under the treating region's catalogue), else {@code null}
 * @param itemsInScope each claim item's in-scope part, in the claim's order: what an audit deduction is pro rata to
 */
public record Settlement(String policyVersion, String catalogueVersion, FundSplit split, List<Explanation> lines, Accumulators delta,
        List<BigDecimal> itemsInScope) {

    public Settlement {
        lines = List.copyOf(lines);
        itemsInScope = List.copyOf(itemsInScope);
    }
}
