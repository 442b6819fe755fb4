package cn.medins.settlement.service;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

import cn.medins.contracts.claim.ClaimRequest;
import cn.medins.contracts.settlement.SettlementEvents;
import cn.medins.contracts.settlement.SettlementEvents.ClaimSettled;
import cn.medins.contracts.settlement.SettlementEvents.SettlementReversed;
import cn.medins.settlement.domain.Claim;
import cn.medins.settlement.domain.Money;
import cn.medins.settlement.domain.Settlement;
import cn.medins.settlement.repository.SettlementRecord;

/** From the HTTP claim to the calculator's claim, and from a settled claim to the event downstream matchers read. */
final class ClaimMapping {

    private ClaimMapping() {
    }

    static BigDecimal amount(ClaimRequest.Item item) {
        return Money.fen(item.quantity().multiply(item.unitPrice()));
    }

    static Claim toClaim(ClaimRequest request) {
        List<String> diagnoses = new ArrayList<>();
        request.diagnoses().stream().filter(ClaimRequest.Diagnosis::principal).forEach(d -> diagnoses.add(d.code()));
        request.diagnoses().stream().filter(d -> !d.principal()).forEach(d -> diagnoses.add(d.code()));
        List<Claim.Line> lines = request.items().stream()
                .map(item -> new Claim.Line(item.code(), item.catalogClass(), item.category(), amount(item)))
                .toList();
        Claim.Delivery delivery = request.maternity() == null ? null
                : new Claim.Delivery(request.maternity().caseType(), request.maternity().birthOrder(), request.maternity().babies());
        return new Claim(request.visitType(), request.institutionLevel(), request.institutionRegionCode(), request.serviceDate(),
                delivery, diagnoses, lines);
    }

    static ClaimSettled claimSettled(String settlementId, ClaimRequest request, Eligible eligible, Settlement settlement,
            OffsetDateTime settledAt) {
        List<SettlementEvents.Item> items = new ArrayList<>();
        for (int i = 0; i < request.items().size(); i++) {
            ClaimRequest.Item item = request.items().get(i);
            items.add(new SettlementEvents.Item(item.code(), item.name(), item.catalogClass(), item.category(), item.quantity(),
                    item.unitPrice(), amount(item), settlement.itemsInScope().get(i), item.traceCodes()));
        }
        List<SettlementEvents.Diagnosis> diagnoses = request.diagnoses().stream()
                .map(d -> new SettlementEvents.Diagnosis(d.code(), d.principal()))
                .toList();
        SettlementEvents.Maternity maternity = request.maternity() == null ? null
                : new SettlementEvents.Maternity(request.maternity().caseType(), request.maternity().birthOrder(), request.maternity().babies());
        return new ClaimSettled(settlementId, request.requestId(), eligible.patient(), request.institutionId(),
                request.institutionLevel(), request.institutionRegionCode(), request.visitType(), request.admissionDate(),
                request.dischargeDate(), maternity, diagnoses, items, settlement.split(), settlement.policyVersion(), settledAt);
    }

    static SettlementReversed settlementReversed(SettlementRecord reversed) {
        return new SettlementReversed(reversed.settlementId, reversed.requestId, reversed.insuredId, reversed.institutionId,
                reversed.serviceDate, reversed.split(), reversed.reversalReason, reversed.reversedAt);
    }
}
