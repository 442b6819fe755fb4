package cn.medins.assistance.service;

import java.math.BigDecimal;
import java.time.OffsetDateTime;

import cn.medins.assistance.domain.BenefitKind;

/**
 * A payment held for township review as {@code GET /payments/held} shows it: whose, how much, why it was held, the case
 * that will release or reject it, and the account (masked) it was decided for.
 */
public record HeldPaymentView(String paymentId, String caseId, String decisionId, BenefitKind kind, String idNumber,
        String insuredId, BigDecimal amount, String bank, String account, String reason, OffsetDateTime decidedAt,
        OffsetDateTime heldAt) {
}
