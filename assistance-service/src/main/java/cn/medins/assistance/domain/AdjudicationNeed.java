package cn.medins.assistance.domain;

import java.util.List;

import cn.medins.contracts.assistance.AssistanceEvents.AdjudicationKind;
import cn.medins.contracts.assistance.AssistanceEvents.MatchedFact;
import cn.medins.contracts.partner.NeedyCategory;

/**
 * Assistance is owed on these settlements; settlement, which owns the annual limit, says how much. {@code subject}
 * makes the request unique for its kind, so that replayed facts never ask twice.
 */
public record AdjudicationNeed(AdjudicationKind kind, String subject, NeedyCategory category, int year,
        List<String> settlementIds, List<MatchedFact> matchedFacts) {

    public AdjudicationNeed {
        settlementIds = List.copyOf(settlementIds);
        matchedFacts = List.copyOf(matchedFacts);
    }

    public String key() {
        return kind + "|" + subject;
    }
}
