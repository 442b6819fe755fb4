package cn.medins.audit.domain;

import java.math.BigDecimal;
import java.util.List;

import cn.medins.contracts.coverage.ItemCategory;

/**
 * One billed line: {@code amount} is what the line costs, the money a finding on it puts at stake; {@code inScope} the
 * part of it the funds' share rests on, as settled ({@code null} at the counter, before settlement decides it).
 */
public record ClaimItem(String code, String name, ItemCategory category, BigDecimal quantity, BigDecimal unitPrice,
        BigDecimal amount, BigDecimal inScope, List<String> traceCodes) {

    public ClaimItem {
        traceCodes = traceCodes == null ? List.of() : List.copyOf(traceCodes);
    }
}
