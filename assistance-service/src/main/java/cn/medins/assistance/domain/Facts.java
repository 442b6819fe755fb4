package cn.medins.assistance.domain;

import java.util.ArrayList;
import java.util.List;

import cn.medins.contracts.assistance.AssistanceEvents.MatchedFact;

/** Collects the facts a decision matched, in the order they were checked. */
final class Facts {

    private final List<MatchedFact> facts = new ArrayList<>();

    Facts add(String eventId, String field, Object value) {
        facts.add(new MatchedFact(eventId, field, value == null ? null : value.toString()));
        return this;
    }

    Facts ofClaim(ClaimFacts claim) {
        return add(claim.eventId(), "settlementId", claim.settlementId())
                .add(claim.eventId(), "serviceDate", claim.serviceDate());
    }

    List<MatchedFact> list() {
        return List.copyOf(facts);
    }
}
