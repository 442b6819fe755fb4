package cn.medins.settlement.service;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import cn.medins.contracts.Topics;
import cn.medins.contracts.settlement.SettlementEvents;
import cn.medins.messaging.outbox.Outbox;
import cn.medins.messaging.outbox.OutgoingEvent;
import cn.medins.reactive.InTurn;
import cn.medins.rest.ProblemException;
import cn.medins.settlement.config.ActivePolicies;
import cn.medins.settlement.config.PolicyFiles;
import cn.medins.settlement.domain.PolicyCatalog.Version;
import cn.medins.settlement.domain.policy.Policy;
import cn.medins.settlement.repository.PolicyRecord;
import cn.medins.settlement.repository.PolicyRepository;
import cn.medins.trail.AuditTrail;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

/**
 * Policies as data: staff write a draft, compare it with the version in force, and activate it, which puts it in force
 * from its {@code effectiveFrom} on every instance without a restart. Claims already settled keep the version they
 * recorded.
 */
@ApplicationScoped
public class PolicyService {

    /** The body of {@code POST /policies}: the policy document of the shipped files, and the day it takes effect. */
    public record Draft(String effectiveFrom, Policy policy) {
    }

    private final PolicyRepository policies;
    private final ActivePolicies active;
    private final AuditTrail trail;
    private final Outbox outbox;

    public PolicyService(PolicyRepository policies, ActivePolicies active, AuditTrail trail, Outbox outbox) {
        this.policies = policies;
        this.active = active;
        this.trail = trail;
        this.outbox = outbox;
    }

    /** Checks the draft as strictly as a shipped file (422 naming the field) and stores it; nothing is in force yet. */
    @WithTransaction
    public Uni<PolicyView> draft(String body, String by) {
        Draft draft = PolicyDrafts.parse(body);
        Policy policy = draft.policy();
        LocalDate effectiveFrom = PolicyDrafts.effectiveFrom(draft);
        return policies.findByVersion(policy.version()).chain(existing -> {
            if (existing != null) {
                throw existing.versionTaken();
            }
            PolicyRecord record = PolicyRecord.draft(UUID.randomUUID().toString(), policy.regionCode(), policy.year(),
                    policy.version(), effectiveFrom, PolicyFiles.write(policy), by, now());
            return policies.persist(record)
                    .call(saved -> trail.record(by, "POLICY_DRAFTED", saved.policyId, "version " + saved.version + " of region "
                            + saved.regionCode + ", effective from " + saved.effectiveFrom))
                    .map(PolicyView::of);
        });
    }

    @WithSession
    public Uni<PolicyView> find(String policyId) {
        return existing(policyId).map(PolicyView::of);
    }

    /** The version in force for the region on the date, as this instance rates claims with it. */
    @WithSession
    public Uni<PolicyView> inForce(String regionCode, LocalDate date) {
        String version = active.current().inForce(regionCode, date).map(v -> v.policy().version())
                .orElseThrow(() -> ProblemException.notFound("policy", "no policy of region " + regionCode + " in force on " + date));
        return policies.findByVersion(version).map(PolicyView::of);
    }

    @WithSession
    public Uni<List<PolicyView>> ofRegion(String regionCode) {
        return policies.ofRegion(regionCode).map(list -> list.stream().map(PolicyView::of).toList());
    }

    /** Every figure the version changes against the one in force for its region on its {@code effectiveFrom}. */
    @WithSession
    public Uni<PolicyDiff> diff(String policyId) {
        return existing(policyId).map(record -> {
            Version against = active.current().inForce(record.regionCode, record.effectiveFrom)
                    .filter(v -> !v.policy().version().equals(record.version)).orElse(null);
            String inForce = against == null ? "{}" : PolicyFiles.write(against.policy());
            return new PolicyDiff(record.policyId, record.version, against == null ? null : against.policy().version(),
                    PolicyDiff.between(PolicyFiles.tree(inForce), PolicyFiles.tree(record.document)));
        });
    }

    /** Activates the draft under a row lock; a version is activated once. The caller then refreshes the catalogue. */
    @WithTransaction
    public Uni<PolicyView> activate(String policyId, String by) {
        return policies.findById(policyId, LockModeType.PESSIMISTIC_WRITE)
                .map(found -> existing(found, policyId))
                .chain(record -> policies.nextActivation().map(sequence -> {
                    record.activate(sequence, by, now());
                    return record;
                }))
                .call(record -> trail.record(by, "POLICY_ACTIVATED", record.policyId, "version " + record.version + " of region "
                        + record.regionCode + " in force from " + record.effectiveFrom))
                .call(this::announce)
                .map(PolicyView::of);
    }

    /**
     * Announces every activated version not announced yet (the seeded files, versions activated before the event
     * existed), so that a service applying policy figures learns each version once. Run when an instance starts.
     */
    @WithTransaction
    public Uni<Integer> announcePending() {
        return policies.unannounced().call(pending -> InTurn.each(pending, this::announce)).map(List::size);
    }

    private Uni<Void> announce(PolicyRecord record) {
        Policy policy = PolicyFiles.read("policy " + record.version,
                new ByteArrayInputStream(record.document.getBytes(StandardCharsets.UTF_8)));
        return outbox.publish(new OutgoingEvent(Topics.SETTLEMENT_EVENTS, record.regionCode, SettlementEvents.POLICY_ACTIVATED,
                        record.regionCode, PolicyAnnouncement.of(record, policy)))
                .invoke(() -> record.announced(now()))
                .replaceWithVoid();
    }

    private Uni<PolicyRecord> existing(String policyId) {
        return policies.findById(policyId).map(found -> existing(found, policyId));
    }

    private static PolicyRecord existing(PolicyRecord found, String policyId) {
        if (found == null) {
            throw ProblemException.notFound("policy", "no policy " + policyId);
        }
        return found;
    }

    private static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
    }
}
