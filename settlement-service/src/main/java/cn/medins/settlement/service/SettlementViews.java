package cn.medins.settlement.service;

import cn.medins.contracts.claim.ClaimRequest;
import cn.medins.settlement.domain.Settlement;
import cn.medins.settlement.repository.SettlementRecord;
import jakarta.enterprise.context.ApplicationScoped;

/** A settlement as the API shows it: saved, or a preview that was computed and never saved. */
@ApplicationScoped
class SettlementViews {

    private final SettlementJson json;

    SettlementViews(SettlementJson json) {
        this.json = json;
    }

    SettlementView of(SettlementRecord saved) {
        return new SettlementView(saved.settlementId, saved.requestId, saved.status.name(), saved.insuredId, saved.institutionId,
                saved.serviceDate, saved.policyVersion, saved.catalogueVersion, saved.split(),
                new SettlementView.Adjudicated(saved.adjudicatedCriticalIllness, saved.adjudicatedAssistance), json.lines(saved.lines),
                saved.settledAt, saved.reversedAt, saved.reversalReason);
    }

    static SettlementView preview(ClaimRequest request, String insuredId, Settlement settlement) {
        return new SettlementView(null, request.requestId(), "PREVIEW", insuredId, request.institutionId(),
                request.serviceDate(), settlement.policyVersion(), settlement.catalogueVersion(), settlement.split(),
                SettlementView.Adjudicated.NONE, settlement.lines(), null, null, null);
    }
}
