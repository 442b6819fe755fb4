package cn.medins.settlement.service;

import java.math.BigDecimal;
import java.util.List;

import cn.medins.contracts.settlement.SettlementEvents.ClearingAdjustment;
import cn.medins.contracts.settlement.SettlementEvents.ClearingClosed;
import cn.medins.contracts.settlement.SettlementEvents.ClearingPrepayment;
import cn.medins.settlement.domain.PrepaymentTiers.Prepayment;
import cn.medins.settlement.repository.ClearingRecord;
import cn.medins.settlement.repository.ClearingRepository.Totals;
import cn.medins.settlement.repository.Funds;

/** A clearing month as the API shows it and as {@code ClearingClosed} announces it. */
final class ClearingViews {

    private ClearingViews() {
    }

    static ClearingView open(String institutionId, String month, Totals live, List<ClearingAdjustment> adjustments,
            Prepayment prepayment) {
        return view(institutionId, month, "OPEN", live.claimCount(), live.funds(), live.auditDeductions(), live.carriedIn(),
                live.balance().payable(), live.balance().carriedForward(), adjustments, live.openFlags(), contract(prepayment), null);
    }

    /** The figures the month was closed with, and the flags still open on it, which no longer hold anything back. */
    static ClearingView closed(ClearingRecord closed, Totals live, List<ClearingAdjustment> adjustments) {
        return view(closed.institutionId, closed.month, "CLOSED", closed.claimCount, closed.funds, closed.auditDeductions,
                closed.carriedIn(), closed.netPayable, closed.carriedForward, adjustments, live.openFlags(), closed.prepayment(), closed);
    }

    static ClearingClosed event(ClearingRecord closed, Totals live, List<ClearingAdjustment> adjustments) {
        Funds funds = closed.funds;
        return new ClearingClosed(closed.institutionId, closed.month, closed.claimCount, funds.basicPool, funds.largeMedical,
                funds.criticalIllness, funds.assistance, funds.maternityFund, closed.auditDeductions, live.carriedIn(),
                closed.netPayable, closed.carriedForward, adjustments, closed.forced, closed.closedAt, closed.prepayment());
    }

    private static ClearingPrepayment contract(Prepayment prepayment) {
        return new ClearingPrepayment(prepayment.creditGrade(), prepayment.tier(), prepayment.ratio(), prepayment.prepaid(),
                prepayment.retained());
    }

    private static ClearingView view(String institutionId, String month, String status, long claimCount, Funds funds,
            BigDecimal auditDeductions, BigDecimal carriedIn, BigDecimal netPayable, BigDecimal carriedForward,
            List<ClearingAdjustment> adjustments, long openFlags, ClearingPrepayment prepayment, ClearingRecord closed) {
        return new ClearingView(institutionId, month, status, claimCount, funds.basicPool, funds.largeMedical, funds.criticalIllness,
                funds.assistance, funds.maternityFund, auditDeductions, carriedIn, netPayable, carriedForward, adjustments, openFlags,
                prepayment, closed != null && closed.forced, closed == null ? null : closed.forceReason,
                closed == null ? null : closed.closedBy, closed == null ? null : closed.closedAt);
    }
}
