package cn.medins.audit.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

import cn.medins.contracts.claim.ClaimRequest;
import cn.medins.contracts.coverage.VisitType;
import cn.medins.contracts.settlement.SettlementEvents.ClaimSettled;

/**
 * What the rules look at in one claim, whether it is still at the counter (a {@link ClaimRequest}) or already settled
 * (a {@link ClaimSettled}).
 *
 * @param claimId the settlement id, or {@code null} for a claim not settled yet
 * @param diagnoses ICD-10 codes, the principal one first
 */
public record ClaimFacts(String claimId, String requestId, String insuredId, String idNumber, PatientFacts patient,
        String institutionId, int institutionLevel, String regionCode, VisitType visitType, LocalDate admissionDate,
        LocalDate dischargeDate, List<String> diagnoses, List<ClaimItem> items) implements Visit {

    public ClaimFacts {
        patient = patient == null ? PatientFacts.UNKNOWN : patient;
        diagnoses = List.copyOf(diagnoses);
        items = List.copyOf(items);
    }

    /** A claim at the counter; the patient's sex and age come from what is known of the person, else from the ID number. */
    public static ClaimFacts fromRequest(ClaimRequest request, PatientFacts known) {
        PatientFacts patient = known != null && known.sex() != null ? known : PatientFacts.fromIdNumber(request.idNumber());
        List<String> diagnoses = principalFirst(request.diagnoses().stream()
                .map(d -> new Coded(d.code(), d.principal())).toList());
        List<ClaimItem> items = request.items().stream()
                .map(i -> new ClaimItem(i.code(), i.name(), i.category(), i.quantity(), i.unitPrice(),
                        Money.lineAmount(i.quantity(), i.unitPrice()), null, i.traceCodes()))
                .toList();
        return new ClaimFacts(null, request.requestId(), request.insuredId(), request.idNumber(), patient,
                request.institutionId(), request.institutionLevel(), request.institutionRegionCode(), request.visitType(),
                request.admissionDate(), request.dischargeDate(), diagnoses, items);
    }

    public static ClaimFacts fromSettlement(ClaimSettled settled) {
        List<String> diagnoses = principalFirst(settled.diagnoses().stream()
                .map(d -> new Coded(d.code(), d.principal())).toList());
        List<ClaimItem> items = settled.items().stream()
                .map(i -> new ClaimItem(i.code(), i.name(), i.category(), i.quantity(), i.unitPrice(),
                        i.amount() != null ? i.amount() : Money.lineAmount(i.quantity(), i.unitPrice()), i.inScope(),
                        i.traceCodes()))
                .toList();
        PatientFacts patient = new PatientFacts(settled.patient().sex(), settled.patient().birthDate());
        return new ClaimFacts(settled.settlementId(), settled.requestId(), settled.patient().insuredId(),
                settled.patient().idNumber(), patient, settled.institutionId(), settled.institutionLevel(),
                settled.institutionRegionCode(), settled.visitType(), settled.admissionDate(), settled.dischargeDate(),
                diagnoses, items);
    }

    private record Coded(String code, boolean principal) {
    }

    private static List<String> principalFirst(List<Coded> codes) {
        return Stream.concat(codes.stream().filter(Coded::principal), codes.stream().filter(c -> !c.principal()))
                .map(Coded::code)
                .toList();
    }

    public String principalDiagnosis() {
        return diagnoses.isEmpty() ? null : diagnoses.get(0);
    }

    /** A traceability code with the line that bills it: one pack. */
    public record TracedPack(ClaimItem item, String traceCode) {
    }

    /** Every traceability code of the claim with its line, in claim order. */
    public List<TracedPack> tracedPacks() {
        return items.stream().flatMap(item -> item.traceCodes().stream().map(code -> new TracedPack(item, code))).toList();
    }

    public BigDecimal total() {
        return items.stream().map(ClaimItem::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** Whether a prior claim is this very claim seen again (settled after its pre-check, or redelivered). */
    public boolean isSameClaimAs(PriorClaim prior) {
        return (claimId != null && claimId.equals(prior.claimId()))
                || (requestId != null && requestId.equals(prior.requestId()) && institutionId.equals(prior.institutionId()));
    }
}
