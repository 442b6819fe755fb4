package cn.medins.audit.repository;

import java.math.BigDecimal;
import java.util.List;

/** One line of a billed claim as kept in {@code billed_claim.lines}; {@code inScope} is absent on older rows. */
public record BilledLine(String code, String category, BigDecimal quantity, BigDecimal unitPrice, BigDecimal amount,
        BigDecimal inScope) {

    /** The lines of one claim; a JSON object because Hibernate Reactive maps a jsonb column to an object only. */
    public record Lines(List<BilledLine> items) {
    }
}
