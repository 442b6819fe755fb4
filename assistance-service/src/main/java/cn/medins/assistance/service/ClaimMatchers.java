package cn.medins.assistance.service;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * The claim matchers in the order a claim meets them. Retroactive assistance comes before re-assistance so that
 * settlement, answering the two in order, leaves re-assistance only what retroactive assistance did not cover.
 */
@ApplicationScoped
public class ClaimMatchers {

    private final List<ClaimMatcher> inOrder;

    public ClaimMatchers(ChronicDiseaseRecognition chronicDiseases, MaternityAllowance maternityAllowance,
            LongTermCareReferral longTermCare, LateClaimAssistance lateClaims, ReAssistance reAssistance) {
        this.inOrder = List.of(chronicDiseases, maternityAllowance, longTermCare, lateClaims, reAssistance);
    }

    public List<ClaimMatcher> inOrder() {
        return inOrder;
    }

    /** Those that apply policy figures, in the same order. */
    public List<ClaimMatcher> applyingPolicyFigures() {
        return inOrder.stream().filter(ClaimMatcher::appliesPolicyFigures).toList();
    }
}
