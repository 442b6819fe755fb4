package cn.medins.settlement.service;

import cn.medins.contracts.settlement.SettlementEvents.AssistanceFigures;
import cn.medins.contracts.settlement.SettlementEvents.MaternityLeave;
import cn.medins.contracts.settlement.SettlementEvents.PolicyActivated;
import cn.medins.settlement.domain.policy.EmployeePolicy.AllowanceLeave;
import cn.medins.settlement.domain.policy.Policy;
import cn.medins.settlement.repository.PolicyRecord;

/** The {@code PolicyActivated} of an activated version: when it is in force, and the figures other services apply. */
final class PolicyAnnouncement {

    private PolicyAnnouncement() {
    }

    static PolicyActivated of(PolicyRecord record, Policy policy) {
        AllowanceLeave leave = policy.employee().maternity().allowanceLeave();
        AssistanceFigures assistance = new AssistanceFigures(policy.resident().individualPremium(),
                policy.medicalAssistance().premiumSubsidyRatios(), policy.medicalAssistance().reAssistanceThreshold(),
                new MaternityLeave(leave.baseDays(), leave.cesareanExtraDays(), leave.extraDaysPerAdditionalBaby()));
        return new PolicyActivated(record.policyId, record.version, record.regionCode, record.year, record.effectiveFrom,
                record.activationSeq, record.activatedAt, assistance);
    }
}
