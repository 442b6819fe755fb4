package cn.medins.audit.domain;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

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

    /** Facts of the claim at the counter itself; any other evidence key (another claim's) stays with the auditors. */
    static final Set<String> COUNTER_FACTS = Set.of("traceCode", "itemCode", "itemCodes", "billedAs", "belongsTo", "basis",
            "sex", "age", "violations", "dailyQuantity", "maxDailyQuantity", "claimTotal", "peerMean", "factor");

    public Finding {
        evidence = Map.copyOf(evidence);
    }

    /** The finding as the hospital sees it: {@code message}, the claim's own facts, no earlier claim. */
    public Finding atTheCounter(String message) {
        Map<String, Object> own = new TreeMap<>();
        evidence.forEach((key, value) -> {
            if (COUNTER_FACTS.contains(key)) {
                own.put(key, value);
            }
        });
        return new Finding(ruleId, severity, message, itemCode, amount, null, own);
    }
}
