package cn.medins.audit.domain;

import java.util.List;

import cn.medins.audit.config.RuleCatalogueReader;

/** The shipped catalogue's rules, one at a time, so each test proves the rule with the parameters in production. */
public final class RuleTesting {

    private static final List<RuleDefinition> CATALOGUE = RuleCatalogueReader.readDefault();

    private RuleTesting() {
    }

    public static RuleDefinition definition(String ruleId) {
        return CATALOGUE.stream().filter(d -> d.id().equals(ruleId)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no rule " + ruleId));
    }

    public static Rule rule(String ruleId) {
        return RuleEngine.IMPLEMENTATIONS.get(ruleId).apply(definition(ruleId));
    }

    public static List<Finding> evaluate(String ruleId, ClaimFacts claim, History history) {
        return rule(ruleId).evaluate(claim, history);
    }

    public static List<Finding> evaluate(String ruleId, ClaimFacts claim) {
        return evaluate(ruleId, claim, new InMemoryHistory());
    }

    /** The history after the given claims were settled, in order. */
    public static InMemoryHistory after(ClaimFacts... claims) {
        InMemoryHistory history = new InMemoryHistory();
        for (ClaimFacts claim : claims) {
            history.record(claim);
        }
        return history;
    }
}
