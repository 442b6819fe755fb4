package cn.medins.settlement.service;

import java.time.LocalDate;
import java.time.OffsetDateTime;

import cn.medins.settlement.domain.PolicyReplay;
import cn.medins.settlement.repository.PolicyReplayRecord;

/**
 * A replay as {@code GET /replays/{id}} shows it: what was asked, how far it got ({@code claimsDone}), and once
 * {@code DONE} the result; {@code failure} says why a {@code FAILED} one stopped.
 */
public record ReplayView(String replayId, String policyId, String regionCode, LocalDate from, LocalDate to, String status,
        long claimsDone, String startedBy, OffsetDateTime startedAt, OffsetDateTime finishedAt, String failure,
        PolicyReplay.Result result) {

    static ReplayView of(PolicyReplayRecord record, SettlementJson json) {
        return new ReplayView(record.replayId, record.policyId, record.regionCode, record.from, record.to, record.status.name(),
                record.claimsDone, record.startedBy, record.startedAt, record.finishedAt, record.failure,
                record.result == null ? null : json.replayResult(record.result));
    }
}
