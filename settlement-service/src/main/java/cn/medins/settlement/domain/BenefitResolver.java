package cn.medins.settlement.domain;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import cn.medins.contracts.coverage.Category;
import cn.medins.contracts.coverage.ChronicDisease;
import cn.medins.contracts.coverage.Scheme;
import cn.medins.contracts.coverage.VisitType;
import cn.medins.settlement.domain.BasicTerms.Fund;
import cn.medins.settlement.domain.policy.EmployeePolicy;
import cn.medins.settlement.domain.policy.Policy;
import cn.medins.settlement.domain.policy.Policy.InpatientLevel;
import cn.medins.settlement.domain.policy.ResidentPolicy;

/** Picks the benefit a claim is settled under (steps 5 and 6 of POLICY.md): deductible, ratios and what is left of its cap. */
final class BenefitResolver {

    private final Policy policy;

    BenefitResolver(Policy policy) {
        this.policy = policy;
    }

    /**
     * @param ratioCut points off every ratio for remote care without a registration
     */
    BasicTerms resolve(Insured insured, Claim claim, Accumulators year, BigDecimal ratioCut) {
        if (claim.visitType() == VisitType.MATERNITY && claim.maternity() == null) {
            throw new PolicyRefusal("$.maternity", "a MATERNITY visit needs the delivery case (caseType, birthOrder, babies)");
        }
        if (claim.visitType() != VisitType.MATERNITY && claim.maternity() != null) {
            throw new PolicyRefusal("$.maternity", "only a MATERNITY visit has a delivery case");
        }
        return insured.category().scheme() == Scheme.EMPLOYEE
                ? employee(policy.employee(), insured, claim, year, ratioCut)
                : resident(policy.resident(), insured, claim, year, ratioCut);
    }

    private BasicTerms employee(EmployeePolicy terms, Insured insured, Claim claim, Accumulators year, BigDecimal ratioCut) {
        InpatientLevel level = level(terms.inpatientLevel(claim.institutionLevel()));
        BigDecimal bonus = insured.category() == Category.RETIRED ? terms.retireeBonus() : BigDecimal.ZERO;
        BigDecimal inpatientLeft = Money.left(terms.inpatientAnnualCap(), year.inpatientBasic());
        return switch (claim.visitType()) {
            case OUTPATIENT -> BasicTerms.flat("employee outpatient", Fund.OUTPATIENT, terms.outpatient().deductible(),
                    ratio(terms.outpatient().ratio().add(bonus), ratioCut), Money.left(terms.outpatient().annualCap(), year.outpatientBasic()));
            case CHRONIC -> BasicTerms.flat("employee chronic outpatient", Fund.INPATIENT, BigDecimal.ZERO,
                    ratio(terms.chronicRatio().add(bonus), ratioCut), inpatientLeft).forDisease(qualifiedDisease(insured, claim));
            case INPATIENT -> inpatient("employee inpatient, level " + level.level(), level, level.deductible(), bonus, ratioCut,
                    inpatientLeft);
            case MATERNITY -> BasicTerms.flat("employee maternity fund", Fund.MATERNITY_FUND, BigDecimal.ZERO,
                    ratio(terms.maternity().ratioFor(claim.maternity().birthOrder()), ratioCut), null);
        };
    }

    private BasicTerms resident(ResidentPolicy terms, Insured insured, Claim claim, Accumulators year, BigDecimal ratioCut) {
        InpatientLevel level = level(terms.inpatientLevel(claim.institutionLevel()));
        return switch (claim.visitType()) {
            case OUTPATIENT -> residentOutpatient(terms, insured, claim, year, ratioCut);
            case CHRONIC -> {
                ChronicDisease disease = qualifiedDisease(insured, claim);
                yield BasicTerms.flat("resident chronic outpatient", Fund.CHRONIC, BigDecimal.ZERO,
                        ratio(terms.chronicRatio(), ratioCut),
                        Money.left(terms.chronicAnnualCapPerDisease(), year.chronicBasic(disease))).forDisease(disease);
            }
            case INPATIENT, MATERNITY -> {
                int stay = year.inpatientStays() + 1;
                boolean noDeductible = stay >= terms.noDeductibleFromStay();
                String benefit = "resident " + (claim.visitType() == VisitType.MATERNITY ? "maternity stay" : "inpatient")
                        + ", level " + level.level() + ", stay " + stay + " of the year" + (noDeductible ? " (no deductible)" : "");
                BasicTerms inpatient = inpatient(benefit, level, noDeductible ? BigDecimal.ZERO : level.deductible(),
                        BigDecimal.ZERO, ratioCut, Money.left(terms.inpatientAnnualCap(), year.inpatientBasic()));
                yield claim.visitType() == VisitType.MATERNITY
                        ? inpatient.withFloor(terms.maternityFloor(claim.maternity().birthOrder())
                                .map(Policy.MaternityFloor::amount).orElse(Money.ZERO))
                        : inpatient;
            }
        };
    }

    private BasicTerms residentOutpatient(ResidentPolicy terms, Insured insured, Claim claim, Accumulators year, BigDecimal ratioCut) {
        Set<ChronicDisease> held = insured.qualifications();
        boolean twoDiseaseVisit = claim.diagnosisCodes().stream()
                .map(ChronicDiagnoses::of).flatMap(Optional::stream)
                .anyMatch(d -> (d == ChronicDisease.HYPERTENSION || d == ChronicDisease.DIABETES) && held.contains(d));
        BasicTerms general = BasicTerms.flat("resident outpatient", Fund.OUTPATIENT, terms.outpatient().deductible(),
                ratio(terms.outpatient().ratio(), ratioCut), Money.left(terms.outpatient().annualCap(), year.outpatientBasic()));
        if (!twoDiseaseVisit) {
            return general;
        }
        ResidentPolicy.TwoDiseaseDrugs drugs = terms.twoDiseaseDrugs();
        boolean hypertension = held.contains(ChronicDisease.HYPERTENSION);
        boolean diabetes = held.contains(ChronicDisease.DIABETES);
        BigDecimal cap = hypertension && diabetes ? drugs.bothCap() : hypertension ? drugs.hypertensionCap() : drugs.diabetesCap();
        // POLICY: the benefit is for the drugs; the visit's other items, and its drugs once the cap is used, are general
        // outpatient care
        return BasicTerms.flat("resident hypertension/diabetes outpatient drugs", Fund.TWO_DISEASE_DRUGS, BigDecimal.ZERO,
                ratio(drugs.ratio(), ratioCut), Money.left(cap, year.twoDiseaseDrugsBasic())).drugsOnly(general);
    }

    private BasicTerms inpatient(String benefit, InpatientLevel level, BigDecimal deductible, BigDecimal bonus, BigDecimal ratioCut,
            BigDecimal capLeft) {
        BasicTerms terms = BasicTerms.flat(benefit, Fund.INPATIENT, deductible, ratio(level.ratio().add(bonus), ratioCut), capLeft);
        return level.upperSegmentFrom() == null ? terms
                : terms.withUpperSegment(level.upperSegmentFrom(), ratio(level.ratio().add(bonus).add(level.upperSegmentBonus()), ratioCut));
    }

    /** Ratios never exceed the policy's maximum, nor fall below zero. */
    private BigDecimal ratio(BigDecimal ratio, BigDecimal ratioCut) {
        return Money.atLeastZero(Money.min(ratio, policy.maxRatio()).subtract(ratioCut));
    }

    private static InpatientLevel level(Optional<InpatientLevel> level) {
        return level.orElseThrow(() -> new PolicyRefusal("$.institutionLevel", "the policy knows no such institution level"));
    }

    private static ChronicDisease qualifiedDisease(Insured insured, Claim claim) {
        List<ChronicDisease> diagnosed = claim.diagnosisCodes().stream().map(ChronicDiagnoses::of).flatMap(Optional::stream).toList();
        return diagnosed.stream().filter(insured.qualifications()::contains).findFirst()
                .orElseThrow(() -> new PolicyRefusal("$.diagnoses",
                        "a chronic outpatient visit needs a diagnosis of a chronic disease the person is recognised for on the service date"));
    }
}
