package cn.medins.audit.domain;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/** Keeps a rule's definition and stamps its id and severity on what it finds. */
public abstract class BaseRule implements Rule {

    private final RuleDefinition definition;

    protected BaseRule(RuleDefinition definition) {
        this.definition = definition;
    }

    @Override
    public RuleDefinition definition() {
        return definition;
    }

    protected Finding finding(String message, String itemCode, BigDecimal amount, String relatedClaimId,
            Map<String, Object> evidence) {
        return new Finding(definition.id(), definition.severity(), message, itemCode, Money.yuan(amount), relatedClaimId,
                evidence);
    }

    /** The person's other claims sharing a day with {@code claim}, from {@code lookbackDays} before its admission. */
    protected static List<PriorClaim> otherClaims(ClaimFacts claim, History history, int lookbackDays) {
        return history.claimsOfPerson(claim.insuredId(), claim.idNumber(), claim.admissionDate().minusDays(lookbackDays),
                claim.serviceDate()).stream()
                .filter(prior -> !claim.isSameClaimAs(prior))
                .toList();
    }
}
