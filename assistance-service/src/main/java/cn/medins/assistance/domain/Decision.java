package cn.medins.assistance.domain;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import cn.medins.contracts.assistance.AssistanceEvents.MatchedFact;
import cn.medins.contracts.assistance.AssistanceEvents.PaymentItem;

/**
 * What a matcher decided, and why. {@code subject} makes the decision unique for its kind (a person and year, a
 * settlement, a disease): the same facts seen again can never decide twice.
 *
 * @param amount {@code null} when the decision carries no money, or when the money cannot be known yet
 * @param paymentItems which claim and fund each part of the amount is for, when it pays for claims; empty otherwise
 */
public record Decision(BenefitKind kind, String subject, BigDecimal amount, Map<String, String> details,
        List<MatchedFact> matchedFacts, List<PaymentItem> paymentItems) {

    public Decision {
        details = Map.copyOf(details);
        matchedFacts = List.copyOf(matchedFacts);
        paymentItems = List.copyOf(paymentItems);
        if (!paymentItems.isEmpty() && (amount == null
                || paymentItems.stream().map(PaymentItem::amount).reduce(BigDecimal.ZERO, BigDecimal::add).compareTo(amount) != 0)) {
            throw new IllegalArgumentException("paymentItems: must add up to the amount " + amount);
        }
    }

    /** A decision that pays for no particular claim. */
    public Decision(BenefitKind kind, String subject, BigDecimal amount, Map<String, String> details, List<MatchedFact> matchedFacts) {
        this(kind, subject, amount, details, matchedFacts, List.of());
    }

    public String key() {
        return kind + "|" + subject;
    }
}
