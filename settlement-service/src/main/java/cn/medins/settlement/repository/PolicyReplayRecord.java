package cn.medins.settlement.repository;

import java.time.LocalDate;
import java.time.OffsetDateTime;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * One what-if replay of a policy version over a region's stored claims of a period. Started {@code RUNNING}; the
 * background job ({@code service/PolicyReplayJob}) updates {@code claimsDone} as it goes and ends it {@code DONE}
 * with the result as JSON, or {@code FAILED} with the reason.
 */
@Entity
@Table(name = "policy_replay")
public class PolicyReplayRecord extends PanacheEntityBase {

    public enum Status { RUNNING, DONE, FAILED }

    @Id
    @Column(name = "replay_id")
    public String replayId;

    @Column(name = "policy_id")
    public String policyId;

    @Column(name = "region_code")
    public String regionCode;

    @Column(name = "from_date")
    public LocalDate from;

    @Column(name = "to_date")
    public LocalDate to;

    @Enumerated(EnumType.STRING)
    public Status status;

    @Column(name = "claims_done")
    public long claimsDone;

    @Column(name = "started_by")
    public String startedBy;

    @Column(name = "started_at")
    public OffsetDateTime startedAt;

    @Column(name = "finished_at")
    public OffsetDateTime finishedAt;

    /** The {@code PolicyReplay.Result} as JSON, once {@code DONE}. */
    public String result;

    public String failure;

    public static PolicyReplayRecord running(String replayId, String policyId, String regionCode, LocalDate from, LocalDate to,
            String by, OffsetDateTime at) {
        PolicyReplayRecord replay = new PolicyReplayRecord();
        replay.replayId = replayId;
        replay.policyId = policyId;
        replay.regionCode = regionCode;
        replay.from = from;
        replay.to = to;
        replay.status = Status.RUNNING;
        replay.startedBy = by;
        replay.startedAt = at;
        return replay;
    }
}
