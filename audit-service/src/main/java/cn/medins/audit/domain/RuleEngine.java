package cn.medins.audit.domain;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import cn.medins.audit.domain.rules.DuplicateBillingRule;
import cn.medins.audit.domain.rules.IdentityTwoCitiesRule;
import cn.medins.audit.domain.rules.NoTreatmentStayRule;
import cn.medins.audit.domain.rules.OverQuantityRule;
import cn.medins.audit.domain.rules.OverlappingStaysRule;
import cn.medins.audit.domain.rules.PatientMismatchRule;
import cn.medins.audit.domain.rules.PeerOutlierRule;
import cn.medins.audit.domain.rules.SplitAdmissionRule;
import cn.medins.audit.domain.rules.TraceResoldRule;
import cn.medins.audit.domain.rules.TraceSubstitutionRule;

/**
 * The enabled rules of a catalogue, evaluated together. Built once from the catalogue's data; evaluating a claim
 * touches only the claim and the history, so one engine serves every thread.
 */
public final class RuleEngine {

    /** Which implementation each catalogue id names. */
    static final Map<String, Function<RuleDefinition, Rule>> IMPLEMENTATIONS = Map.of(
            "DUPLICATE_BILLING", DuplicateBillingRule::new,
            "TRACE_RESOLD", TraceResoldRule::new,
            "TRACE_SUBSTITUTED", TraceSubstitutionRule::new,
            "OVER_QUANTITY", OverQuantityRule::new,
            "SEX_AGE_MISMATCH", PatientMismatchRule::new,
            "IDENTITY_TWO_CITIES", IdentityTwoCitiesRule::new,
            "OVERLAPPING_STAYS", OverlappingStaysRule::new,
            "SPLIT_ADMISSION", SplitAdmissionRule::new,
            "NO_TREATMENT_STAY", NoTreatmentStayRule::new,
            "PEER_OUTLIER", PeerOutlierRule::new);

    private final List<RuleDefinition> catalogue;
    private final List<Rule> rules;
    private final int lookbackDays;

    private RuleEngine(List<RuleDefinition> catalogue, List<Rule> rules) {
        this.catalogue = List.copyOf(catalogue);
        this.rules = List.copyOf(rules);
        this.lookbackDays = rules.stream().mapToInt(Rule::lookbackDays).max().orElse(0);
    }

    /**
     * @throws IllegalArgumentException for a catalogue that names an unknown rule, names one twice or has wrong
     *         parameters: a broken catalogue stops the service at start, it does not screen claims half-way
     */
    public static RuleEngine of(List<RuleDefinition> catalogue) {
        List<Rule> rules = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (RuleDefinition definition : catalogue) {
            Function<RuleDefinition, Rule> implementation = IMPLEMENTATIONS.get(definition.id());
            if (implementation == null) {
                throw new IllegalArgumentException("unknown rule " + definition.id() + "; known: " + IMPLEMENTATIONS.keySet());
            }
            if (!ids.add(definition.id())) {
                throw new IllegalArgumentException("rule " + definition.id() + " is defined twice");
            }
            Rule rule = implementation.apply(definition);
            if (definition.enabled()) {
                rules.add(rule);
            }
        }
        return new RuleEngine(catalogue, rules);
    }

    /** Every finding of every enabled rule, in catalogue order. */
    public List<Finding> evaluate(ClaimFacts claim, History history) {
        List<Finding> findings = new ArrayList<>();
        for (Rule rule : rules) {
            findings.addAll(rule.evaluate(claim, history));
        }
        return findings;
    }

    /**
     * The findings of claims settled one after the other, each judged against the history and the claims before it in
     * the list, as if each had been screened and recorded alone; the history ends holding them all.
     */
    public List<List<Finding>> evaluateInTurn(List<ClaimFacts> claims, InMemoryHistory history) {
        List<List<Finding>> findings = new ArrayList<>(claims.size());
        for (ClaimFacts claim : claims) {
            findings.add(evaluate(claim, history));
            history.record(claim);
        }
        return findings;
    }

    /** The findings as the hospital sees them at the counter: each rule's own wording, no other claim named. */
    public List<Finding> atTheCounter(List<Finding> findings) {
        return findings.stream().map(finding -> finding.atTheCounter(rules.stream()
                .filter(rule -> rule.definition().id().equals(finding.ruleId())).findFirst()
                .map(rule -> rule.atTheCounter(finding)).orElse(finding.message()))).toList();
    }

    /** Every rule, enabled or not, as defined. */
    public List<RuleDefinition> catalogue() {
        return catalogue;
    }

    /** How many days before a claim's admission the history must reach for every enabled rule to see what it needs. */
    public int lookbackDays() {
        return lookbackDays;
    }
}
