package cn.medins.audit.domain;

import java.time.LocalDate;

/** One billing of a drug traceability code: where, when, as which item, and whether that settlement was reversed. */
public record TraceUse(String traceCode, String claimId, String institutionId, String itemCode, LocalDate serviceDate,
        boolean reversed) {
}
