package cn.medins.assistance.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import cn.medins.contracts.coverage.MaternityCaseType;
import cn.medins.contracts.coverage.Scheme;
import cn.medins.contracts.coverage.VisitType;
import cn.medins.contracts.partner.NeedyCategory;
import cn.medins.contracts.settlement.SettlementEvents.Diagnosis;

/**
 * What the matchers know of one settled claim, from its {@code ClaimSettled} (event id {@code eventId}).
 *
 * @param babies {@code null} unless a delivery
 * @param regionCode the insured's pooling region as settled; {@code null} for claims recorded before it was kept
 * @param policyVersion the policy version settlement rated the claim under; {@code null} likewise
 */
public record ClaimFacts(String settlementId, String eventId, String insuredId, String idNumber, Scheme scheme,
        LocalDate birthDate, NeedyCategory needyCategory, int institutionLevel, VisitType visitType,
        LocalDate admissionDate, LocalDate dischargeDate, List<Diagnosis> diagnoses, MaternityCaseType maternityCase,
        Integer babies, Layers layers, boolean reversed, String regionCode, String policyVersion) {

    /** The in-scope amount and what the three layers paid of it. */
    public record Layers(BigDecimal inScope, BigDecimal basicPool, BigDecimal largeMedical, BigDecimal criticalIllness,
            BigDecimal assistance) {

        /** The in-scope burden the patient still bore after basic pool, large medical, critical illness and assistance. */
        public BigDecimal burdenLeft() {
            return inScope.subtract(basicPool).subtract(largeMedical).subtract(criticalIllness).subtract(assistance);
        }
    }

    /** The date of service: discharge for a stay, the visit date otherwise (as settlement dates a claim). */
    public LocalDate serviceDate() {
        return dischargeDate != null ? dischargeDate : admissionDate;
    }

    public Optional<Diagnosis> principalDiagnosis() {
        return diagnoses.stream().filter(Diagnosis::principal).findFirst();
    }

    public boolean gotAssistance() {
        return layers.assistance().signum() > 0;
    }
}
