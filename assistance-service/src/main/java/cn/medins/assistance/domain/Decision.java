package cn.medins.assistance.domain;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import cn.medins.contracts.assistance.AssistanceEvents.MatchedFact;

/**
 * What a matcher decided, and why. {@code subject} makes the decision unique for its kind (a person and year, a
 * settlement, a disease): the same facts seen again can never decide twice.
 *
 * @param amount {@code null} when the decision carries no money, or when the money cannot be known yet
 */
public record Decision(BenefitKind kind, String subject, BigDecimal amount, Map<String, String> details,
        List<MatchedFact> matchedFacts) {

    public Decision {
        details = Map.copyOf(details);
        matchedFacts = List.copyOf(matchedFacts);
    }

    public String key() {
        return kind + "|" + subject;
    }
}
