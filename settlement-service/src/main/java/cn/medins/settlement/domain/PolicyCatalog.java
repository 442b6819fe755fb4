package cn.medins.settlement.domain;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import cn.medins.contracts.policy.VersionsInForce;
import cn.medins.settlement.domain.policy.Policy;

/**
 * The activated policy versions of every pooling region. A claim is rated under the version of the insured's region
 * in force on its service date: among the versions of that calendar year effective on or before the date, the one
 * effective latest, and of two effective from the same day the one activated last (a newer activation supersedes;
 * the rule is {@link VersionsInForce}, which the services applying policy figures use too). A stay is rated on its discharge date, so one that spans a mid-year revision, or New Year, is rated wholly under
 * the version in force when it ended. Superseded versions stay here, so a claim can be re-rated under the version
 * it recorded.
 *
 * <p>A remote claim (treated in another region than the insured's) takes its catalogue figures from the treating
 * region's version in force on the same service date, and its payment figures from the insured's ({@link #rate}).
 */
public final class PolicyCatalog {

    /** One activated version: its figures, the day it takes effect, and the order of activations. */
    public record Version(Policy policy, LocalDate effectiveFrom, long activation) {
        public Version {
            if (effectiveFrom.getYear() != policy.year()) {
                throw new IllegalArgumentException("effectiveFrom: must fall in the policy's year " + policy.year() + ", was "
                        + effectiveFrom);
            }
        }
    }

    private final VersionsInForce<Version> inForce;
    private final Map<String, SettlementCalculator> byVersion = new HashMap<>();

    public PolicyCatalog(List<Version> versions) {
        for (Version version : versions) {
            if (byVersion.put(version.policy().version(), new SettlementCalculator(version.policy())) != null) {
                throw new IllegalArgumentException("two policies labelled " + version.policy().version());
            }
        }
        inForce = new VersionsInForce<>(versions.stream().map(version -> new VersionsInForce.Version<>(
                version.policy().regionCode(), version.effectiveFrom(), version.activation(), version)).toList());
    }

    /** The files of one version per region and year, each in force from 1 January (the shipped reference policies). */
    public static PolicyCatalog ofYearlyPolicies(List<Policy> policies) {
        long[] order = {0};
        return new PolicyCatalog(policies.stream()
                .map(policy -> new Version(policy, LocalDate.of(policy.year(), 1, 1), ++order[0])).toList());
    }

    /** The version in force for the region on the date, if any. */
    public Optional<Version> inForce(String regionCode, LocalDate date) {
        return inForce.on(regionCode, date).map(VersionsInForce.Version::value);
    }

    public Optional<SettlementCalculator> calculator(String regionCode, LocalDate date) {
        return inForce(regionCode, date).map(version -> byVersion.get(version.policy().version()));
    }

    /**
     * Rates a claim with {@code calculator}'s policy, the insured region's, for the payment figures and the treating
     * region's catalogue ({@link #catalogueFor}). The counter and the what-if replay both rate through here, so that
     * a draft is replayed over a remote claim exactly as the counter would rate it.
     */
    public Settlement rate(SettlementCalculator calculator, Insured insured, Claim claim, Accumulators year) {
        return calculator.settle(insured, claim, year, catalogueFor(calculator.policy(), insured, claim));
    }

    /**
     * The catalogue of the region that treated the patient (the institution's), in force on the claim's service date.
     * A local claim takes the catalogue of the rating policy itself (a draft's own, when replayed), never another
     * version of the same region. A treating region without a version in force that day (outside the province, or not
     * yet in the catalogue) leaves the insured region's catalogue: the claim is rated, not refused, and its
     * explanation says so.
     */
    public Catalogue catalogueFor(Policy insuredPolicy, Insured insured, Claim claim) {
        String treating = claim.institutionRegionCode();
        if (treating.equals(insured.regionCode())) {
            return Catalogue.of(insuredPolicy);
        }
        return inForce(treating, claim.serviceDate()).map(version -> Catalogue.of(version.policy()))
                .orElseGet(() -> Catalogue.of(insuredPolicy));
    }

    /** The policy a settlement recorded, by its version, whether or not it is still the one in force. */
    public Optional<SettlementCalculator> byVersion(String version) {
        return Optional.ofNullable(byVersion.get(version));
    }
}
