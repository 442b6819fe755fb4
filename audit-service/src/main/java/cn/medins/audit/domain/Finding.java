package cn.medins.audit.domain;

import java.math.BigDecimal;
import java.util.Map;

import cn.medins.contracts.audit.AuditEvents.Severity;

/**
 * What a rule found in a claim.
 *
 * @param itemCode the billed item concerned, {@code null} when the whole claim is
 * @param amount the money at stake, what a confirmed flag deducts
 * @param relatedClaimId the earlier settlement the finding rests on, if any: its reversal takes the ground away
 * @param evidence the facts, as shown to an auditor and carried in the flag
 */
public record Finding(String ruleId, Severity severity, String message, String itemCode, BigDecimal amount,
        String relatedClaimId, Map<String, Object> evidence) {

    public Finding {
        evidence = Map.copyOf(evidence);
    }
}
