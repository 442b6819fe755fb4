package cn.medins.audit.service;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;

import cn.medins.audit.domain.credit.CreditAssessment;

/** {@code GET /institutions/{id}/credit}: the grade, the violation rate it rests on, and why. */
public record CreditView(String institutionId, String grade, BigDecimal violationsPerThousand, List<String> reasons,
        OffsetDateTime gradedAt) {

    static CreditView of(String institutionId, CreditAssessment assessment, OffsetDateTime at) {
        return new CreditView(institutionId, assessment.grade().label(), assessment.violationsPerThousand(),
                assessment.reasons(), at);
    }
}
