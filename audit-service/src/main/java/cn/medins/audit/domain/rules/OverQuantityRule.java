package cn.medins.audit.domain.rules;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import cn.medins.audit.domain.BaseRule;
import cn.medins.audit.domain.ClaimFacts;
import cn.medins.audit.domain.ClaimItem;
import cn.medins.audit.domain.Finding;
import cn.medins.audit.domain.History;
import cn.medins.audit.domain.PriorClaim;
import cn.medins.audit.domain.RuleDefinition;
import cn.medins.audit.domain.Stays;

/**
 * More of an item a day than it can be used: per item code ({@code itemLimits}) or else per category
 * ({@code categoryLimits}). A stay spreads its quantity over its days; a visit adds what other claims of the person
 * billed of the same item that day. The excess quantity at the unit price is at stake.
 */
public final class OverQuantityRule extends BaseRule {

    private final Map<String, BigDecimal> itemLimits;
    private final Map<String, BigDecimal> categoryLimits;

    public OverQuantityRule(RuleDefinition definition) {
        super(definition);
        this.itemLimits = definition.params().decimals("itemLimits");
        this.categoryLimits = definition.params().decimals("categoryLimits");
    }

    @Override
    public List<Finding> evaluate(ClaimFacts claim, History history) {
        Map<String, BigDecimal> quantities = new LinkedHashMap<>();
        Map<String, ClaimItem> firstLine = new LinkedHashMap<>();
        for (ClaimItem item : claim.items()) {
            if (limitOf(item) != null) {
                quantities.merge(item.code(), item.quantity(), BigDecimal::add);
                firstLine.putIfAbsent(item.code(), item);
            }
        }
        if (quantities.isEmpty()) {
            return List.of();
        }
        long days = claim.isStay() ? Stays.days(claim.admissionDate(), claim.dischargeDate()) : 1;
        List<PriorClaim> sameDay = claim.isStay() ? List.of() : otherClaims(claim, history, 0).stream()
                .filter(prior -> !prior.isStay() && prior.serviceDate().equals(claim.serviceDate()))
                .toList();
        List<Finding> findings = new ArrayList<>();
        quantities.forEach((code, quantity) -> {
            ClaimItem item = firstLine.get(code);
            BigDecimal limit = limitOf(item);
            BigDecimal elsewhere = sameDay.stream()
                    .flatMap(prior -> prior.items().stream())
                    .filter(line -> line.code().equals(code))
                    .map(PriorClaim.PriorItem::quantity)
                    .reduce(BigDecimal.ZERO, BigDecimal::add);
            BigDecimal allowed = limit.multiply(BigDecimal.valueOf(days));
            BigDecimal used = quantity.add(elsewhere);
            if (used.compareTo(allowed) > 0) {
                BigDecimal excess = used.subtract(allowed).min(quantity);
                BigDecimal daily = used.divide(BigDecimal.valueOf(days), 3, RoundingMode.HALF_UP);
                findings.add(finding("item " + code + ": " + daily.stripTrailingZeros().toPlainString() + " a day, at most "
                                + limit.stripTrailingZeros().toPlainString(), code, excess.multiply(item.unitPrice()), null,
                        Map.of("itemCode", code, "dailyQuantity", daily, "maxDailyQuantity", limit, "days", days,
                                "quantityInOtherClaims", elsewhere)));
            }
        });
        return findings;
    }

    private BigDecimal limitOf(ClaimItem item) {
        BigDecimal limit = itemLimits.get(item.code());
        return limit != null ? limit : categoryLimits.get(item.category().name());
    }
}
