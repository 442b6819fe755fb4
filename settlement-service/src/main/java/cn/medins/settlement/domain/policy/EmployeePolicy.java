package cn.medins.settlement.domain.policy;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

import cn.medins.settlement.domain.policy.Policy.Benefit;
import cn.medins.settlement.domain.policy.Policy.InpatientLevel;

/**
 * 职工 terms. Inpatient and chronic outpatient share {@code inpatientAnnualCap}; once it is used up the large medical
 * subsidy pays {@code largeMedicalRatio} of what the basic pool would otherwise have paid on.
 */
public record EmployeePolicy(Benefit outpatient, List<InpatientLevel> inpatient, BigDecimal inpatientAnnualCap,
        BigDecimal chronicRatio, BigDecimal retireeBonus, BigDecimal largeMedicalRatio, BigDecimal largeMedicalAnnualCap,
        Maternity maternity) {

    public EmployeePolicy {
        Require.present(outpatient, "outpatient");
        inpatient = Levels.complete(inpatient, "inpatient");
        Require.amount(inpatientAnnualCap, "inpatientAnnualCap");
        Require.ratio(chronicRatio, "chronicRatio");
        Require.ratio(retireeBonus, "retireeBonus");
        Require.ratio(largeMedicalRatio, "largeMedicalRatio");
        Require.amount(largeMedicalAnnualCap, "largeMedicalAnnualCap");
        Require.present(maternity, "maternity");
    }

    /** The inpatient terms at an institution level, if the policy knows the level. */
    public Optional<InpatientLevel> inpatientLevel(int level) {
        return Levels.find(inpatient, level);
    }

    /** The maternity fund: {@code ratio} up to the birth order before {@code laterChildFromBirthOrder}, then {@code laterChildRatio}. */
    public record Maternity(BigDecimal ratio, BigDecimal laterChildRatio, int laterChildFromBirthOrder,
            BigDecimal prenatalAllowance) {
        public Maternity {
            Require.ratio(ratio, "ratio");
            Require.ratio(laterChildRatio, "laterChildRatio");
            Require.positive(laterChildFromBirthOrder, "laterChildFromBirthOrder");
            Require.amount(prenatalAllowance, "prenatalAllowance");
        }

        public BigDecimal ratioFor(int birthOrder) {
            return birthOrder >= laterChildFromBirthOrder ? laterChildRatio : ratio;
        }
    }
}
