package cn.medins.audit.domain;

import java.util.List;

/** One check of the catalogue. Pure: it reads the claim and the history and changes neither. */
public interface Rule {

    RuleDefinition definition();

    List<Finding> evaluate(ClaimFacts claim, History history);

    /** How many days before the admission this rule looks at the person's claims. */
    default int lookbackDays() {
        return 0;
    }
}
