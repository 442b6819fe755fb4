package cn.medins.audit.domain.credit;

import java.math.BigDecimal;
import java.util.List;

/** A grade with the reasons that led to it, in the order they were applied. */
public record CreditAssessment(CreditGrade grade, BigDecimal violationsPerThousand, List<String> reasons) {

    public CreditAssessment {
        reasons = List.copyOf(reasons);
    }
}
