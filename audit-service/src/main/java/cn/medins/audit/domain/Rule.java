package cn.medins.audit.domain;

import java.util.List;

/** One check of the catalogue. Pure: it reads the claim and the history and changes neither. */
public interface Rule {

    RuleDefinition definition();

    List<Finding> evaluate(ClaimFacts claim, History history);

    /**
     * The finding's sentence for the hospital at the counter (pre-check). It says what is wrong without naming another
     * institution, a date or a diagnosis of the patient's other treatment: those are for auditors, in the flag.
     */
    default String atTheCounter(Finding finding) {
        return finding.message();
    }

    /** How many days before the admission this rule looks at the person's claims. */
    default int lookbackDays() {
        return 0;
    }
}
