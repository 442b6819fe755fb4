package cn.medins.contracts.audit;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import cn.medins.contracts.EventType;

/** Events on {@code audit.events}, keyed by institution id. */
public final class AuditEvents {

    public static final String DOMAIN = "audit";
    public static final EventType CLAIM_FLAGGED = EventType.v1(DOMAIN, "ClaimFlagged");
    public static final EventType FLAG_RESOLVED = EventType.v1(DOMAIN, "FlagResolved");
    public static final EventType DEDUCTION_ISSUED = EventType.v1(DOMAIN, "DeductionIssued");
    public static final EventType INSTITUTION_GRADED = EventType.v1(DOMAIN, "InstitutionGraded");

    private AuditEvents() {
    }

    public enum Severity { INFO, WARN, BLOCK }

    public enum Decision { CONFIRMED, DISMISSED }

    /** {@code serviceDate} decides the clearing month the flag holds open. */
    public record ClaimFlagged(String flagId, String ruleId, Severity severity, String settlementId, String institutionId,
            String insuredId, LocalDate serviceDate, BigDecimal amount, String message, Map<String, Object> evidence,
            OffsetDateTime flaggedAt) {
    }

    public record FlagResolved(String flagId, String settlementId, String institutionId, LocalDate serviceDate,
            Decision decision, String note, OffsetDateTime resolvedAt) {
    }

    /** A confirmed violation: clearing of the month of {@code serviceDate} subtracts {@code amount}. */
    public record DeductionIssued(String deductionId, String flagId, String settlementId, String institutionId,
            LocalDate serviceDate, BigDecimal amount, OffsetDateTime issuedAt) {
    }

    public record InstitutionGraded(String institutionId, String grade, List<String> reasons, OffsetDateTime gradedAt) {
    }
}
