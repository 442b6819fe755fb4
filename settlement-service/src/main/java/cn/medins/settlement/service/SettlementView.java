package cn.medins.settlement.service;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonUnwrapped;

import cn.medins.contracts.settlement.SettlementEvents.FundSplit;
import cn.medins.settlement.domain.Explanation;

/**
 * A settlement as the institution sees it: the split and how each yuan of it came about. A preview has no
 * {@code settlementId} and the status {@code PREVIEW}. The split's figures sit at the top level, beside
 * {@code settlementId} and {@code policyVersion}, as API.md gives them.
 *
 * @param status {@code PREVIEW}, {@code SETTLED} or {@code REVERSED}
 * @param catalogueVersion the treating region's policy version whose catalogue rated a remote claim's items, when it
 *        is not {@code policyVersion}'s; {@code null} for a local claim and for the insured region's catalogue
 * @param adjudicated what re-adjudication paid the person on the claim after the counter, beside the split the patient
 *        and the hospital saw, which never changes; zero for a preview
 */
public record SettlementView(String settlementId, String requestId, String status, String insuredId, String institutionId,
        LocalDate serviceDate, String policyVersion, String catalogueVersion, @JsonUnwrapped FundSplit split, Adjudicated adjudicated, List<Explanation> lines,
        OffsetDateTime settledAt, OffsetDateTime reversedAt, String reversalReason) {

    /** Paid to the person's bank account after the counter: needy rates applied retroactively and medical assistance. */
    public record Adjudicated(BigDecimal criticalIllness, BigDecimal assistance) {
        static final Adjudicated NONE = new Adjudicated(BigDecimal.ZERO.setScale(2), BigDecimal.ZERO.setScale(2));
    }
}
