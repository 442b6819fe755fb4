package cn.medins.assistance.service;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import cn.medins.assistance.domain.BenefitKind;
import cn.medins.assistance.repository.BenefitDecision;
import cn.medins.contracts.assistance.AssistanceEvents.MatchedFact;

/** One apply-free decision as {@code GET /benefits} shows it, with why it fired. */
public record BenefitView(String decisionId, BenefitKind kind, BenefitDecision.Status status, String idNumber, String insuredId,
        BigDecimal amount, Map<String, String> details, OffsetDateTime decidedAt, List<MatchedFact> matchedFacts) {
}
