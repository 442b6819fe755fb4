package cn.medins.settlement.domain;

import java.util.List;

import cn.medins.contracts.settlement.SettlementEvents.FundSplit;

/** The calculator's answer: the split, how it came about, and what it adds to the person's year. */
public record Settlement(String policyVersion, FundSplit split, List<Explanation> lines, Accumulators delta) {

    public Settlement {
        lines = List.copyOf(lines);
    }
}
