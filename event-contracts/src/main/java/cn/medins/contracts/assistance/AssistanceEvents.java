package cn.medins.contracts.assistance;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import cn.medins.contracts.EventType;
import cn.medins.contracts.partner.NeedyCategory;

/** Events on {@code assistance.events}, keyed by insured id where known, else by ID number. */
public final class AssistanceEvents {

    public static final String DOMAIN = "assistance";
    public static final EventType NEEDY_STATUS_CHANGED = EventType.v1(DOMAIN, "NeedyStatusChanged");
    public static final EventType ADJUDICATION_REQUESTED = EventType.v1(DOMAIN, "AssistanceAdjudicationRequested");
    public static final EventType ASSISTANCE_GRANTED = EventType.v1(DOMAIN, "AssistanceGranted");
    public static final EventType PREMIUM_SUBSIDY_GRANTED = EventType.v1(DOMAIN, "PremiumSubsidyGranted");
    public static final EventType BENEFIT_GRANTED = EventType.v1(DOMAIN, "BenefitGranted");
    /** Published on {@code partner.bank.payment-instructions}, not on {@code assistance.events}. */
    public static final EventType PAYMENT_INSTRUCTION = EventType.v1(DOMAIN, "PaymentInstruction");

    private AssistanceEvents() {
    }

    public enum NeedyAction { GRANTED, REVOKED }

    public enum AdjudicationKind { RETROACTIVE, RE_ASSISTANCE }

    /** One period of needy status; a revocation ends it at {@code validTo} and never claws back what was paid. */
    public record NeedyStatusChanged(String idNumber, String insuredId, NeedyCategory category, NeedyAction action,
            LocalDate validFrom, LocalDate validTo, String regionCode, String cause) {
    }

    /** Assistance decided that something is owed; settlement computes how much, against the one annual limit. */
    public record AssistanceAdjudicationRequested(String requestId, AdjudicationKind kind, String idNumber, String insuredId,
            NeedyCategory category, int year, List<String> settlementIds, String cause) {
    }

    public record AssistanceGranted(String decisionId, String idNumber, String insuredId, AdjudicationKind kind,
            BigDecimal amount, String paymentId, OffsetDateTime grantedAt) {
    }

    public record PremiumSubsidyGranted(String decisionId, String idNumber, String insuredId, NeedyCategory category,
            int year, BigDecimal ratio, BigDecimal amount, String cause) {
    }

    /** One fact a decision matched: which event, which field, what value. */
    public record MatchedFact(String eventId, String field, String value) {
    }

    /**
     * An apply-free decision. {@code kind} is e.g. RETROACTIVE_ASSISTANCE, RE_ASSISTANCE, PREMIUM_SUBSIDY,
     * CHRONIC_DISEASE_RECOGNITION, MATERNITY_ALLOWANCE, LONG_TERM_CARE_REFERRAL; {@code details} holds what the
     * receiving service acts on (for a recognition: {@code disease}, {@code validFrom}).
     */
    public record BenefitGranted(String decisionId, String kind, String idNumber, String insuredId, BigDecimal amount,
            Map<String, String> details, List<MatchedFact> matchedFacts, OffsetDateTime decidedAt) {
    }

    /** To the bank on {@code partner.bank.payment-instructions}: sent once, whatever is replayed ({@code reference} is unique). */
    public record PaymentInstruction(String paymentId, String reference, BigDecimal amount, BankAccount account,
            String idNumber, String insuredId, String decisionId, String reason, List<PaymentItem> items,
            OffsetDateTime createdAt) {
        public PaymentInstruction {
            items = items == null ? List.of() : List.copyOf(items);
        }
    }

    /** The funds a payment is paid from. */
    public enum PaymentFund {
        CRITICAL_ILLNESS, MEDICAL_ASSISTANCE
    }

    /**
     * What part of a payment is for which claim and from which fund; a payment from a re-adjudication lists every claim
     * and fund it pays, and its items add up to its amount.
     */
    public record PaymentItem(String settlementId, PaymentFund fund, BigDecimal amount) {
    }

    public record BankAccount(String bank, String accountNo, String holder) {
    }
}
