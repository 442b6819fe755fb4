package cn.medins.assistance.service;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import org.jboss.logging.Logger;

import com.fasterxml.jackson.core.type.TypeReference;

import cn.medins.assistance.domain.AssistancePolicy;
import cn.medins.assistance.domain.ClaimFacts;
import cn.medins.assistance.repository.PolicyFiguresRecord;
import cn.medins.assistance.repository.PolicyFiguresRepository;
import cn.medins.contracts.policy.VersionsInForce;
import cn.medins.contracts.settlement.SettlementEvents.AssistanceFigures;
import cn.medins.contracts.settlement.SettlementEvents.PolicyActivated;
import cn.medins.persistence.AdvisoryLocks;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The policy figures the matchers apply, as settlement announced them ({@code PolicyActivated}): a claim is matched
 * with the figures of the version it was rated under, a needy grant with those of the person's region's version in
 * force on the day it is decided, picked by the same rule settlement rates claims by ({@link VersionsInForce}).
 */
@ApplicationScoped
public class PolicyFigures {

    private static final String LOCK_NAMESPACE = "assistance-policy-version";
    private static final TypeReference<AssistanceFigures> FIGURES = new TypeReference<>() {
    };

    private static final Logger LOG = Logger.getLogger(PolicyFigures.class);

    private final PolicyFiguresRepository versions;
    private final ClaimProjection claims;
    private final JsonText json;

    public PolicyFigures(PolicyFiguresRepository versions, ClaimProjection claims, JsonText json) {
        this.versions = versions;
        this.claims = claims;
        this.json = json;
    }

    /**
     * Stores an announced version, once (a redelivery or a second announcement of the version changes nothing).
     *
     * @return whether the version is new here
     */
    public Uni<Boolean> store(PolicyActivated activated) {
        // Checked before anything is stored: a version without usable figures is dead-lettered with the reason.
        of(activated.version(), activated.assistance());
        return lock(activated.version()).chain(() -> versions.findById(activated.policyId())).chain(existing -> {
            if (existing != null) {
                return Uni.createFrom().item(false);
            }
            PolicyFiguresRecord record = new PolicyFiguresRecord();
            record.policyId = activated.policyId();
            record.version = activated.version();
            record.regionCode = activated.regionCode();
            record.year = activated.year();
            record.effectiveFrom = activated.effectiveFrom();
            record.activation = activated.activation();
            record.activatedAt = activated.activatedAt();
            record.figures = json.write(activated.assistance());
            record.receivedAt = OffsetDateTime.now(ZoneOffset.UTC);
            return versions.persist(record).replaceWith(true);
        });
    }

    /** The figures of the region's version in force on the date, if settlement announced one. */
    public Uni<Optional<AssistancePolicy>> inForce(String regionCode, LocalDate date) {
        if (regionCode == null) {
            return Uni.createFrom().item(Optional.empty());
        }
        return versions.ofRegionAndYear(regionCode, date.getYear()).map(found -> pick(found, regionCode, date));
    }

    /**
     * The figures of the version the claim was rated under, if announced. Settlement announces a version before it rates
     * a claim under it, but on another partition, so a claim can come first: the caller parks it, and the version's
     * arrival releases it. The version's lock, held by both until commit, makes sure one of the two sees the other.
     * A claim recorded before claims named their version gets the figures in force in its region on its service date.
     */
    public Uni<Optional<AssistancePolicy>> of(ClaimFacts claim) {
        if (claim.policyVersion() == null) {
            if (claim.regionCode() == null) {
                throw new IllegalStateException("claim " + claim.settlementId() + " names neither its policy version nor its region");
            }
            return inForce(claim.regionCode(), claim.serviceDate());
        }
        return lock(claim.policyVersion())
                .chain(() -> versions.findByVersion(claim.policyVersion()))
                .map(record -> Optional.ofNullable(record).map(this::figures));
    }

    /**
     * Runs a matcher with the figures of the claim's version. A claim whose version has not been announced yet is
     * parked, not held on its partition (where the announcement may be behind it): the version's arrival runs the
     * matchers that apply figures ({@code ClaimMatching.onPolicyArrived}).
     */
    public Uni<Void> withFiguresOf(ClaimFacts claim, Function<AssistancePolicy, Uni<Void>> matcher) {
        return of(claim).chain(found -> {
            if (found.isPresent()) {
                return matcher.apply(found.get());
            }
            if (claim.policyVersion() == null) {
                LOG.warnf("claim %s of region %s: no policy in force on %s, its matchers that apply policy figures are skipped",
                        claim.settlementId(), claim.regionCode(), claim.serviceDate());
                return Uni.createFrom().voidItem();
            }
            return claims.awaitPolicy(claim.settlementId(), claim.policyVersion());
        });
    }

    /** Holds the version's lock until commit: a claim looking for its figures and their arrival queue on it. */
    static Uni<Void> lock(String version) {
        return AdvisoryLocks.lockUntilCommit(LOCK_NAMESPACE, version);
    }

    private Optional<AssistancePolicy> pick(List<PolicyFiguresRecord> found, String regionCode, LocalDate date) {
        return new VersionsInForce<>(found.stream()
                .map(record -> new VersionsInForce.Version<>(record.regionCode, record.effectiveFrom, record.activation, record))
                .toList())
                .on(regionCode, date)
                .map(version -> figures(version.value()));
    }

    private AssistancePolicy figures(PolicyFiguresRecord record) {
        return of(record.version, json.read(record.figures, FIGURES));
    }

    /** The figures of a {@code PolicyActivated}, checked as the matchers need them. */
    static AssistancePolicy of(String version, AssistanceFigures figures) {
        if (figures == null || figures.maternityLeave() == null) {
            throw new IllegalArgumentException("assistance" + (figures == null ? "" : ".maternityLeave") + ": is required");
        }
        return new AssistancePolicy(version, figures.residentIndividualPremium(), figures.premiumSubsidyRatios(),
                figures.reAssistanceThreshold(), figures.maternityLeave().baseDays(), figures.maternityLeave().cesareanExtraDays(),
                figures.maternityLeave().extraDaysPerAdditionalBaby());
    }
}
