package cn.medins.assistance.service;

import java.util.List;

import cn.medins.assistance.domain.ClaimFacts;
import cn.medins.assistance.repository.NeedyPeriodEntity;
import io.smallrye.mutiny.Uni;

/**
 * One apply-free benefit a settled claim can make due: it reads what its domain matcher needs, lets it decide, and acts
 * on the decision (pays, opens a township case, or asks settlement), each decision once. A new benefit is a new
 * implementation, listed in {@link ClaimMatchers} at its place in the order.
 */
public interface ClaimMatcher {

    /**
     * @param claim a settled, unreversed claim of a person with an ID number
     * @param registered the person's needy periods in the registry, read once for the run of claims
     */
    Uni<Void> onClaim(ClaimFacts claim, Person person, List<NeedyPeriodEntity> registered);

    /** Whether it applies a policy version's figures, so must run again when a parked claim's version arrives. */
    default boolean appliesPolicyFigures() {
        return false;
    }
}
