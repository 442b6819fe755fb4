package cn.medins.settlement.domain;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import cn.medins.settlement.domain.policy.Policy;

/** The policies in force, one per pooling region and calendar year; the home region's policy of the service year applies. */
public final class PolicyCatalog {

    private final Map<String, SettlementCalculator> calculators = new HashMap<>();

    public PolicyCatalog(List<Policy> policies) {
        for (Policy policy : policies) {
            if (calculators.put(key(policy.regionCode(), policy.year()), new SettlementCalculator(policy)) != null) {
                throw new IllegalArgumentException("two policies for region " + policy.regionCode() + " and year " + policy.year());
            }
        }
    }

    public Optional<SettlementCalculator> calculator(String regionCode, int year) {
        return Optional.ofNullable(calculators.get(key(regionCode, year)));
    }

    /** The policy a settlement recorded, by its version. */
    public Optional<SettlementCalculator> byVersion(String version) {
        return calculators.values().stream().filter(c -> c.policy().version().equals(version)).findFirst();
    }

    private static String key(String regionCode, int year) {
        return regionCode + "/" + year;
    }
}
