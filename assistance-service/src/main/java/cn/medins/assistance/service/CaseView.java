package cn.medins.assistance.service;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;

import cn.medins.assistance.domain.BenefitKind;
import cn.medins.assistance.domain.CaseStatus;

/** A township-review case with every review made so far. */
public record CaseView(String caseId, String decisionId, BenefitKind kind, String idNumber, String insuredId,
        CaseStatus status, BigDecimal amount, String reason, String paymentId, OffsetDateTime openedAt,
        OffsetDateTime updatedAt, List<Review> reviews) {

    public record Review(CaseStatus stage, String decision, String note, String reviewer, OffsetDateTime reviewedAt) {
    }
}
