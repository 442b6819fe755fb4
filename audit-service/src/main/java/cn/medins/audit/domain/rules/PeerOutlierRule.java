package cn.medins.audit.domain.rules;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import cn.medins.audit.domain.BaseRule;
import cn.medins.audit.domain.ClaimFacts;
import cn.medins.audit.domain.DiagnosisCosts;
import cn.medins.audit.domain.Finding;
import cn.medins.audit.domain.History;
import cn.medins.audit.domain.Money;
import cn.medins.audit.domain.RuleDefinition;
import cn.medins.audit.domain.Stays;

/**
 * An institution that bills far more than its peers (the other institutions of its level) for the same principal
 * diagnosis category: both the claim and the institution's mean exceed {@code factor} × the peers' mean, once the peers
 * are enough to compare with ({@code minPeerInstitutions}, {@code minPeerClaims}). What the claim costs above the
 * peers' mean is at stake.
 */
public final class PeerOutlierRule extends BaseRule {

    private final BigDecimal factor;
    private final int minPeerInstitutions;
    private final int minPeerClaims;

    public PeerOutlierRule(RuleDefinition definition) {
        super(definition);
        this.factor = definition.params().decimal("factor");
        this.minPeerInstitutions = definition.params().integer("minPeerInstitutions");
        this.minPeerClaims = definition.params().integer("minPeerClaims");
    }

    @Override
    public List<Finding> evaluate(ClaimFacts claim, History history) {
        if (claim.principalDiagnosis() == null) {
            return List.of();
        }
        String diagnosis = Stays.diagnosisCategory(claim.principalDiagnosis());
        DiagnosisCosts costs = history.costsOf(diagnosis, claim.institutionLevel(), claim.institutionId());
        if (costs.peerInstitutions() < minPeerInstitutions || costs.peerClaims() < minPeerClaims) {
            return List.of();
        }
        BigDecimal peerMean = costs.peerMean();
        BigDecimal threshold = peerMean.multiply(factor);
        BigDecimal total = claim.total();
        BigDecimal institutionMean = costs.institutionMeanWith(total);
        if (total.compareTo(threshold) <= 0 || institutionMean.compareTo(threshold) <= 0) {
            return List.of();
        }
        return List.of(finding("claim of " + Money.yuan(total) + " for " + diagnosis + " against a peer mean of "
                        + Money.yuan(peerMean), null, total.subtract(peerMean), null,
                Map.of("diagnosisCategory", diagnosis, "claimTotal", Money.yuan(total),
                        "institutionMean", Money.yuan(institutionMean), "peerMean", Money.yuan(peerMean),
                        "peerInstitutions", costs.peerInstitutions(), "peerClaims", costs.peerClaims(), "factor", factor)));
    }
}
