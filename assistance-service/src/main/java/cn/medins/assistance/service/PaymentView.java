package cn.medins.assistance.service;

import java.math.BigDecimal;
import java.time.OffsetDateTime;

/** A payment instruction as {@code GET /payments} shows it: the account masked, the decision it carries out. */
public record PaymentView(String paymentId, BigDecimal amount, String bank, String account, String reference,
        String reason, String decisionId, String status, OffsetDateTime createdAt) {
}
