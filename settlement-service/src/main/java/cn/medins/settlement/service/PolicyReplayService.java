package cn.medins.settlement.service;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import cn.medins.rest.FieldError;
import cn.medins.rest.ProblemException;
import cn.medins.settlement.repository.PolicyReplayRecord;
import cn.medins.settlement.repository.PolicyReplayRepository;
import cn.medins.settlement.repository.PolicyRepository;
import cn.medins.trail.AuditTrail;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * What-if replay of a policy version (a draft, typically) over a region's stored claims of a period: what the funds
 * and the persons would have paid had it been in force. A replay changes no settlement and no accumulator; it is
 * started here and run by {@link PolicyReplayJob}.
 */
@ApplicationScoped
public class PolicyReplayService {

    /** The body of {@code POST /policies/{policyId}/replays}: the region and the period, both days included. */
    public record ReplayRequest(String regionCode, String from, String to) {
    }

    private final PolicyRepository policies;
    private final PolicyReplayRepository replays;
    private final PolicyReplayJob job;
    private final SettlementJson json;
    private final AuditTrail trail;

    public PolicyReplayService(PolicyRepository policies, PolicyReplayRepository replays, PolicyReplayJob job, SettlementJson json,
            AuditTrail trail) {
        this.policies = policies;
        this.replays = replays;
        this.job = job;
        this.json = json;
        this.trail = trail;
    }

    /** Stores the replay {@code RUNNING}, with the audit trail; the caller {@link #run}s it once this has committed. */
    @WithTransaction
    public Uni<ReplayView> start(String policyId, ReplayRequest request, String by) {
        return policies.findById(policyId).chain(policy -> {
            if (policy == null) {
                throw ProblemException.notFound("policy", "no policy " + policyId);
            }
            ReplayRequest body = request == null ? new ReplayRequest(null, null, null) : request;
            if (!policy.regionCode.equals(body.regionCode())) {
                throw invalid("$.regionCode", "must be the policy's region " + policy.regionCode + ", was " + body.regionCode());
            }
            LocalDate from = PolicyYearDays.inYear("$.from", body.from(), policy.year, PolicyReplayService::invalid);
            LocalDate to = PolicyYearDays.inYear("$.to", body.to(), policy.year, PolicyReplayService::invalid);
            if (to.isBefore(from)) {
                throw invalid("$.to", "must not be before from " + from + ", was " + to);
            }
            PolicyReplayRecord replay = PolicyReplayRecord.running(UUID.randomUUID().toString(), policyId, policy.regionCode, from,
                    to, by, now());
            return replays.persist(replay)
                    .call(saved -> trail.record(by, "POLICY_REPLAYED", policyId, "version " + policy.version + " replayed over "
                            + policy.regionCode + " claims of " + from + " to " + to + " (replay " + saved.replayId + ")"))
                    .map(saved -> ReplayView.of(saved, json));
        });
    }

    /** Queues the stored replay on the replay worker. */
    public void run(String replayId) {
        job.submit(replayId);
    }

    @WithSession
    public Uni<ReplayView> find(String replayId) {
        return existing(replayId).map(replay -> ReplayView.of(replay, json));
    }

    /** {@code insuredId,actualPersonal,replayedPersonal,difference}, one line a person; 409 until the replay is DONE. */
    @WithSession
    public Uni<String> personsCsv(String replayId) {
        return existing(replayId).chain(replay -> {
            if (replay.status != PolicyReplayRecord.Status.DONE) {
                throw ProblemException.conflict("replay-not-done", "replay " + replayId + " is " + replay.status
                        + (replay.status == PolicyReplayRecord.Status.RUNNING ? "; ask again once it is DONE" : ": " + replay.failure));
            }
            return replays.persons(replayId);
        }).map(rows -> {
            StringBuilder csv = new StringBuilder(64 * (rows.size() + 1)).append("insuredId,actualPersonal,replayedPersonal,difference\n");
            rows.forEach(row -> csv.append(row.insuredId()).append(',').append(row.actualPersonal().toPlainString()).append(',')
                    .append(row.replayedPersonal().toPlainString()).append(',').append(row.difference().toPlainString()).append('\n'));
            return csv.toString();
        });
    }

    private Uni<PolicyReplayRecord> existing(String replayId) {
        return replays.findById(replayId).map(found -> {
            if (found == null) {
                throw ProblemException.notFound("replay", "no replay " + replayId);
            }
            return found;
        });
    }

    private static ProblemException invalid(String field, String message) {
        return ProblemException.unprocessable("invalid-replay", "the replay cannot be started: " + field.substring(2) + " " + message,
                new FieldError(field, message));
    }

    private static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
    }
}
