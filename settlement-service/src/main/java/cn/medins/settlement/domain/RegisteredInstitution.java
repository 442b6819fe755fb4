package cn.medins.settlement.domain;

import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import cn.medins.contracts.coverage.VisitType;

/**
 * An institution as the registry (定点医药机构) knows it, and what it may settle. The claim's own statements about the
 * institution are checked against it: the registry decides the level and region a claim is rated with, so a hospital
 * that declares a lower level than its own gets a refusal, not a higher ratio.
 */
public record RegisteredInstitution(String institutionId, Type type, int level, String regionCode, Status status) {

    /** What an institution code, a level and a region code may be: the API's validation and the seed file share them. */
    public static final String ID_PATTERN = "[A-Z][A-Z0-9-]{1,31}";
    public static final String REGION_PATTERN = "[0-9]{6}";
    public static final int LOWEST_LEVEL = 1;
    public static final int HIGHEST_LEVEL = 3;

    public enum Type {
        HOSPITAL(Set.of(VisitType.values())),
        /** A designated pharmacy sells drugs: outpatient and chronic-disease prescriptions, never a stay. */
        PHARMACY(Set.of(VisitType.OUTPATIENT, VisitType.CHRONIC)),
        /** Settles long-term care, not medical claims. */
        CARE_INSTITUTION(Set.of());

        private final Set<VisitType> settles;

        Type(Set<VisitType> settles) {
            this.settles = settles;
        }
    }

    public enum Status {
        ACTIVE, SUSPENDED, TERMINATED
    }

    /** Why a claim is refused: the field of the claim at fault, a problem code and a sentence for the counter. */
    public record Refusal(String field, String code, String message) {
    }

    public RegisteredInstitution {
        Objects.requireNonNull(institutionId);
        Objects.requireNonNull(type);
        Objects.requireNonNull(regionCode);
        Objects.requireNonNull(status);
    }

    /** Empty when the institution may settle the claim as declared; otherwise the first reason it may not. */
    public Optional<Refusal> refusal(VisitType visitType, Integer declaredLevel, String declaredRegion) {
        if (status != Status.ACTIVE) {
            return Optional.of(new Refusal("$.institutionId", "institution-" + status.name().toLowerCase(),
                    institutionId + " is " + status + " in the registry: it may not settle claims"));
        }
        if (visitType != null && !type.settles.contains(visitType)) {
            return Optional.of(new Refusal("$.visitType", "not-for-institution-type",
                    institutionId + " is a " + type + " in the registry and does not settle " + visitType + " claims"));
        }
        if (declaredLevel != null && declaredLevel != level) {
            return Optional.of(new Refusal("$.institutionLevel", "disagrees-with-registry",
                    "must be " + level + ", the level of " + institutionId + " in the registry"));
        }
        if (declaredRegion != null && !declaredRegion.equals(regionCode)) {
            return Optional.of(new Refusal("$.institutionRegionCode", "disagrees-with-registry",
                    "must be " + regionCode + ", the region of " + institutionId + " in the registry"));
        }
        return Optional.empty();
    }
}
