package cn.medins.settlement.domain.policy;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import cn.medins.settlement.domain.policy.Policy.Benefit;
import cn.medins.settlement.domain.policy.Policy.InpatientLevel;
import cn.medins.settlement.domain.policy.Policy.MaternityFloor;

/**
 * 城乡居民 terms. No inpatient deductible from stay {@code noDeductibleFromStay} of the year on.
 *
 * @param chronicAnnualCapPerDisease chronic outpatient cap, separately for each recognised disease
 * @param individualPremium the year's individual premium of a resident (个人缴费), which subsidised enrolment pays a share of
 */
public record ResidentPolicy(Benefit outpatient, List<InpatientLevel> inpatient, BigDecimal inpatientAnnualCap,
        int noDeductibleFromStay, BigDecimal chronicRatio, BigDecimal chronicAnnualCapPerDisease,
        TwoDiseaseDrugs twoDiseaseDrugs, CriticalIllness criticalIllness, List<MaternityFloor> maternityFloors,
        BigDecimal individualPremium) {

    public ResidentPolicy {
        Require.present(outpatient, "outpatient");
        inpatient = Levels.complete(inpatient, "inpatient");
        Require.amount(inpatientAnnualCap, "inpatientAnnualCap");
        Require.positive(noDeductibleFromStay, "noDeductibleFromStay");
        Require.ratio(chronicRatio, "chronicRatio");
        Require.amount(chronicAnnualCapPerDisease, "chronicAnnualCapPerDisease");
        Require.present(twoDiseaseDrugs, "twoDiseaseDrugs");
        Require.present(criticalIllness, "criticalIllness");
        maternityFloors = Require.notEmpty(maternityFloors, "maternityFloors");
        Require.amount(individualPremium, "individualPremium");
    }

    /** The inpatient terms at an institution level, if the policy knows the level. */
    public Optional<InpatientLevel> inpatientLevel(int level) {
        return Levels.find(inpatient, level);
    }

    /** The floor for a birth order: the one with the highest {@code fromBirthOrder} not above it. */
    public Optional<MaternityFloor> maternityFloor(int birthOrder) {
        return maternityFloors.stream()
                .filter(floor -> floor.fromBirthOrder() <= birthOrder)
                .max(Comparator.comparingInt(MaternityFloor::fromBirthOrder));
    }

    /** 两病 outpatient drugs for hypertension and diabetes, capped by which of the two qualifications the person holds. */
    public record TwoDiseaseDrugs(BigDecimal ratio, BigDecimal hypertensionCap, BigDecimal diabetesCap, BigDecimal bothCap) {
        public TwoDiseaseDrugs {
            Require.ratio(ratio, "ratio");
            Require.amount(hypertensionCap, "hypertensionCap");
            Require.amount(diabetesCap, "diabetesCap");
            Require.amount(bothCap, "bothCap");
        }
    }

    /**
     * Critical-illness insurance on the year's accumulated in-scope burden above {@code deductible}; needy persons of the
     * core categories get the deductible times {@code needyDeductibleFactor}, {@code needyBonus} on every segment and no cap.
     */
    public record CriticalIllness(BigDecimal deductible, List<Policy.Segment> segments, BigDecimal annualCap,
            BigDecimal needyDeductibleFactor, BigDecimal needyBonus) {
        public CriticalIllness {
            Require.amount(deductible, "deductible");
            segments = Require.notEmpty(segments, "segments");
            for (int i = 0; i < segments.size() - 1; i++) {
                if (segments.get(i).upTo() == null || i > 0 && segments.get(i).upTo().compareTo(segments.get(i - 1).upTo()) <= 0) {
                    throw new IllegalArgumentException("segments[" + i + "].upTo: must be set and rise from one segment to the next");
                }
            }
            if (segments.get(segments.size() - 1).upTo() != null) {
                throw new IllegalArgumentException("segments[" + (segments.size() - 1) + "].upTo: the last segment is open-ended (null)");
            }
            Require.amount(annualCap, "annualCap");
            Require.ratio(needyDeductibleFactor, "needyDeductibleFactor");
            Require.ratio(needyBonus, "needyBonus");
        }
    }
}
