package cn.medins.audit.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import cn.medins.contracts.coverage.VisitType;

/** A claim settled earlier for a person, as the history keeps it: enough to compare dates, places and items. */
public record PriorClaim(String claimId, String requestId, String insuredId, String idNumber, String institutionId,
        String regionCode, VisitType visitType, LocalDate admissionDate, LocalDate dischargeDate,
        String principalDiagnosis, List<PriorItem> items) implements Visit {

    public PriorClaim {
        items = List.copyOf(items);
    }

    public record PriorItem(String code, BigDecimal quantity) {
    }

    public boolean bills(String itemCode) {
        return items.stream().anyMatch(item -> item.code().equals(itemCode));
    }

    /** The prior claim as the history would keep it once the given claim is settled. */
    public static PriorClaim of(ClaimFacts claim) {
        return new PriorClaim(claim.claimId(), claim.requestId(), claim.insuredId(), claim.idNumber(), claim.institutionId(),
                claim.regionCode(), claim.visitType(), claim.admissionDate(), claim.dischargeDate(),
                claim.principalDiagnosis(),
                claim.items().stream().map(i -> new PriorItem(i.code(), i.quantity())).toList());
    }
}
