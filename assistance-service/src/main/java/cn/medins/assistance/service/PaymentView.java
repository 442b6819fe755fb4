package cn.medins.assistance.service;

import java.math.BigDecimal;
import java.time.OffsetDateTime;

import cn.medins.assistance.repository.Payment;

/** A payment as {@code GET /payments} shows it: the account masked, the decision it carries out, whether it was sent. */
public record PaymentView(String paymentId, BigDecimal amount, String bank, String account, String reference,
        String reason, String decisionId, Payment.Status status, OffsetDateTime createdAt) {
}
