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

    /**
     * The maternity fund: {@code ratio} up to the birth order before {@code laterChildFromBirthOrder}, then
     * {@code laterChildRatio}; and the leave the maternity allowance (生育津贴) is paid for, which assistance-service
     * computes from {@code PolicyActivated}.
     */
    public record Maternity(BigDecimal ratio, BigDecimal laterChildRatio, int laterChildFromBirthOrder,
            BigDecimal prenatalAllowance, AllowanceLeave allowanceLeave) {
        public Maternity {
            Require.ratio(ratio, "ratio");
            Require.ratio(laterChildRatio, "laterChildRatio");
            Require.positive(laterChildFromBirthOrder, "laterChildFromBirthOrder");
            Require.amount(prenatalAllowance, "prenatalAllowance");
            Require.present(allowanceLeave, "allowanceLeave");
        }

        public BigDecimal ratioFor(int birthOrder) {
            return birthOrder >= laterChildFromBirthOrder ? laterChildRatio : ratio;
        }
    }

    /** Leave days of the maternity allowance: {@code baseDays}, more for a cesarean and for each baby after the first. */
    public record AllowanceLeave(int baseDays, int cesareanExtraDays, int extraDaysPerAdditionalBaby) {
        public AllowanceLeave {
            Require.positive(baseDays, "baseDays");
            Require.notNegative(cesareanExtraDays, "cesareanExtraDays");
            Require.notNegative(extraDaysPerAdditionalBaby, "extraDaysPerAdditionalBaby");
        }
    }
}
