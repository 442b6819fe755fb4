package cn.medins.settlement.domain;

import static cn.medins.settlement.domain.Claims.REFERENCE;
import static cn.medins.settlement.domain.Claims.needy;
import static cn.medins.settlement.domain.Claims.person;
import static cn.medins.settlement.domain.Claims.qualified;
import static cn.medins.settlement.domain.Claims.registeredRemote;
import static cn.medins.settlement.domain.Claims.visit;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.Map;

import org.junit.jupiter.api.Test;

import cn.medins.contracts.coverage.CatalogClass;
import cn.medins.contracts.coverage.Category;
import cn.medins.contracts.coverage.ChronicDisease;
import cn.medins.contracts.coverage.ItemCategory;
import cn.medins.contracts.coverage.MaternityCaseType;
import cn.medins.contracts.coverage.VisitType;
import cn.medins.contracts.partner.NeedyCategory;
import cn.medins.contracts.settlement.SettlementEvents.FundSplit;

class SettlementCalculatorTest {

    private static FundSplit split(String total, String inScope, String remote, String deductible, String basic, String large,
            String critical, String assistance, String maternity, String personal) {
        return new FundSplit(new BigDecimal(total), new BigDecimal(inScope), new BigDecimal(remote), new BigDecimal(deductible),
                new BigDecimal(basic), new BigDecimal(large), new BigDecimal(critical), new BigDecimal(assistance),
                new BigDecimal(maternity), new BigDecimal(personal));
    }

    private static void assertSplit(Settlement settlement, FundSplit expected) {
        assertThat(settlement.split()).usingRecursiveComparison().withComparatorForType(BigDecimal::compareTo, BigDecimal.class)
                .isEqualTo(expected);
    }

    private static Accumulators year(Accumulators change) {
        return Accumulators.NONE.plus(change);
    }

    private static Accumulators used(String outpatient, String inpatient, int stays) {
        return new Accumulators(new BigDecimal(outpatient), new BigDecimal(inpatient), Money.ZERO, Map.of(), stays, Money.ZERO,
                Money.ZERO, Money.ZERO, Money.ZERO, Money.ZERO, Money.ZERO, Money.ZERO);
    }

    @Test
    void workedExampleAResidentLevel3FirstStayPaysSixtyPercentAboveTheDeductible() {
        Settlement settlement = REFERENCE.settle(person(Category.ADULT),
                visit(VisitType.INPATIENT).item(CatalogClass.A, "30000").build(), Accumulators.NONE);

        assertSplit(settlement, split("30000", "30000", "0", "1000", "17400", "0", "0", "0", "0", "12600"));
        assertThat(settlement.policyVersion()).isEqualTo("371600-2026.1");
        assertThat(settlement.delta().inpatientStays()).isEqualTo(1);
        assertThat(settlement.delta().criticalIllnessBurden()).isEqualByComparingTo("12600");
    }

    @Test
    void workedExampleBRetiredEmployeeGetsRetireeAndUpperSegmentPointsCappedAtNinetyFive() {
        Settlement settlement = REFERENCE.settle(person(Category.RETIRED),
                visit(VisitType.INPATIENT).item(CatalogClass.A, "36000").item(CatalogClass.B, "4000").build(), Accumulators.NONE);

        assertSplit(settlement, split("40000", "39600", "0", "800", "36360", "0", "0", "0", "0", "3640"));
    }

    @Test
    void workedExampleCLowIncomeResidentGetsHalvedCriticalIllnessDeductibleAndOneStopAssistance() {
        Settlement settlement = REFERENCE.settle(needy(Category.ADULT, NeedyCategory.LOW_INCOME),
                visit(VisitType.INPATIENT).item(CatalogClass.A, "60000").build(), Accumulators.NONE);

        assertSplit(settlement, split("60000", "60000", "0", "1000", "35400", "0", "11115", "9439.50", "0", "4045.50"));
        assertThat(settlement.lines()).extracting(Explanation::step)
                .containsSubsequence("total", "inScope", "deductibleApplied", "basicPool", "criticalIllness", "assistance", "personal");
    }

    /**
     * Issue 23, case 1: two level-3 stays of 50,000; the first is reversed and settled again. Each stay leaves a burden
     * of 20,600; the year's 41,200 entitle to 60% of 26,200 = 15,720 of critical illness, and that is what the two live
     * stays are paid in all, not 12,360 twice.
     */
    @Test
    void reversingAnEarlierStayAndSettlingItAgainPaysCriticalIllnessOnlyWhatTheLiveStaysEntitleTo() {
        Insured resident = person(Category.ADULT);
        Claim stay = visit(VisitType.INPATIENT).item(CatalogClass.A, "50000").build();
        Settlement march = REFERENCE.settle(resident, stay, Accumulators.NONE);
        Accumulators year = year(march.delta());
        Settlement april = REFERENCE.settle(resident, stay, year);
        year = year.plus(april.delta());
        assertThat(march.split().criticalIllness()).isEqualByComparingTo("3360");
        assertThat(april.split().criticalIllness()).isEqualByComparingTo("12360");

        year = year.minus(march.delta());
        assertThat(REFERENCE.criticalIllnessOverpaid(resident, year)).isEqualByComparingTo("9000");
        Settlement marchAgain = REFERENCE.settle(resident, stay, year);
        year = year.plus(marchAgain.delta());

        assertThat(marchAgain.split().criticalIllness()).isEqualByComparingTo("3360");
        assertThat(year.criticalIllness()).isEqualByComparingTo("15720");
        assertThat(year.criticalIllnessBurden()).isEqualByComparingTo("41200");
        assertThat(REFERENCE.criticalIllnessOverpaid(resident, year)).isEqualByComparingTo("0");
    }

    /** An overpayment left by a reversal is paid off by the year's next claims before critical illness pays anew. */
    @Test
    void anOverpaymentLeftByAReversalIsPaidOffByTheNextClaimsBeforeAnyNewPayment() {
        Insured resident = person(Category.ADULT);
        Claim stay = visit(VisitType.INPATIENT).item(CatalogClass.A, "50000").build();
        Settlement first = REFERENCE.settle(resident, stay, Accumulators.NONE);
        Accumulators year = year(first.delta());
        Settlement second = REFERENCE.settle(resident, stay, year);
        year = year.plus(second.delta()).minus(first.delta());

        Settlement small = REFERENCE.settle(resident, visit(VisitType.INPATIENT).item(CatalogClass.A, "20000").build(), year);

        // 8,600 more burden raises the entitlement from 3,360 to 8,520, still below the 12,360 paid: nothing new is paid
        assertThat(small.split().criticalIllness()).isEqualByComparingTo("0");
        assertThat(REFERENCE.criticalIllnessOverpaid(resident, year.plus(small.delta()))).isEqualByComparingTo("3840");
    }

    @Test
    void classBIsInScopeAfterTenPercentFirstSelfPayAndClassCIsPersonal() {
        Settlement settlement = REFERENCE.settle(person(Category.ACTIVE),
                visit(VisitType.OUTPATIENT).item(CatalogClass.A, "100").item(CatalogClass.B, "100").item(CatalogClass.C, "50").build(),
                Accumulators.NONE);

        assertSplit(settlement, split("250", "190", "0", "0", "123.50", "0", "0", "0", "0", "126.50"));
        assertThat(settlement.delta().outpatientBasic()).isEqualByComparingTo("123.50");
    }

    @Test
    void remoteCareWithoutRegistrationPaysFivePercentFirstAndTenPointsLess() {
        Settlement unregistered = REFERENCE.settle(person(Category.ADULT),
                visit(VisitType.INPATIENT).in("110000").item(CatalogClass.A, "30000").build(), Accumulators.NONE);
        Settlement registered = REFERENCE.settle(registeredRemote(Category.ADULT),
                visit(VisitType.INPATIENT).in("110000").item(CatalogClass.A, "30000").build(), Accumulators.NONE);

        // the unregistered burden of 16,250 passes the critical-illness deductible: 60% of 1,250.
        assertSplit(unregistered, split("30000", "30000", "1500", "1000", "13750", "0", "750", "0", "0", "15500"));
        assertSplit(registered, split("30000", "30000", "1500", "1000", "16500", "0", "0", "0", "0", "13500"));
    }

    @Test
    void maternityInsideTheProvinceNeedsNoRegistrationAndMergesThePrenatalAllowance() {
        Settlement settlement = REFERENCE.settle(person(Category.ACTIVE),
                visit(VisitType.MATERNITY).in("370100").delivery(new Claim.Delivery(MaternityCaseType.SINGLE_VAGINAL, 1, 1))
                        .item(CatalogClass.A, "5000").build(), Accumulators.NONE);

        // base 4,750 after the remote first self-pay at the full 80%: 3,800; the allowance 600 on top.
        assertSplit(settlement, split("5000", "5000", "250", "0", "0", "0", "0", "0", "4400", "600"));
    }

    @Test
    void prenatalAllowanceNeverTakesTheThirdChildsPatientShareBelowZero() {
        Settlement settlement = REFERENCE.settle(person(Category.ACTIVE),
                visit(VisitType.MATERNITY).delivery(new Claim.Delivery(MaternityCaseType.SINGLE_CESAREAN, 3, 1))
                        .item(CatalogClass.A, "5000").build(), Accumulators.NONE);

        assertSplit(settlement, split("5000", "5000", "0", "0", "0", "0", "0", "0", "5000", "0"));
    }

    @Test
    void residentMaternityFundPaysAtLeastTheFloorButNeverAboveInScope() {
        Settlement second = REFERENCE.settle(person(Category.ADULT),
                visit(VisitType.MATERNITY).level(1).delivery(new Claim.Delivery(MaternityCaseType.SINGLE_VAGINAL, 2, 1))
                        .item(CatalogClass.A, "1200").item(CatalogClass.C, "100").build(), Accumulators.NONE);
        Settlement third = REFERENCE.settle(person(Category.ADULT),
                visit(VisitType.MATERNITY).level(3).delivery(new Claim.Delivery(MaternityCaseType.SINGLE_CESAREAN, 3, 1))
                        .item(CatalogClass.A, "4000").build(), Accumulators.NONE);

        assertSplit(second, split("1300", "1200", "0", "200", "1200", "0", "0", "0", "0", "100"));
        assertSplit(third, split("4000", "4000", "0", "1000", "3000", "0", "0", "0", "0", "1000"));
    }

    @Test
    void outpatientBasicPoolStopsAtTheAnnualCap() {
        Settlement settlement = REFERENCE.settle(person(Category.ADULT),
                visit(VisitType.OUTPATIENT).item(CatalogClass.A, "500").build(), used("300", "0", 0));

        assertSplit(settlement, split("500", "500", "0", "0", "100", "0", "0", "0", "0", "400"));
    }

    @Test
    void residentThirdStayOfTheYearHasNoDeductible() {
        Claim stay = visit(VisitType.INPATIENT).level(2).item(CatalogClass.A, "10000").build();

        assertThat(REFERENCE.settle(person(Category.ADULT), stay, used("0", "0", 1)).split().basicPool()).isEqualByComparingTo("7125");
        Settlement third = REFERENCE.settle(person(Category.ADULT), stay, used("0", "0", 2));
        assertThat(third.split().deductibleApplied()).isEqualByComparingTo("0");
        assertThat(third.split().basicPool()).isEqualByComparingTo("7500");
    }

    @Test
    void employeeLargeMedicalSubsidyPaysEightyPercentOfWhatTheExhaustedBasicCapLeftUnpaid() {
        Settlement settlement = REFERENCE.settle(person(Category.ACTIVE),
                visit(VisitType.INPATIENT).level(2).item(CatalogClass.A, "10000").build(), used("0", "149000", 3));

        // 1,000 left of the cap covers 1,111.11 of the 9,500 at 90%; 80% of the other 8,388.89.
        assertSplit(settlement, split("10000", "10000", "0", "500", "1000", "6711.11", "0", "0", "0", "2288.89"));
    }

    @Test
    void criticalIllnessPaysTheIncreaseOfTheYearsEntitlement() {
        Claim stay = visit(VisitType.INPATIENT).item(CatalogClass.A, "30000").build();
        Settlement first = REFERENCE.settle(person(Category.ADULT), stay, Accumulators.NONE);
        Settlement second = REFERENCE.settle(person(Category.ADULT), stay, year(first.delta()));

        assertThat(first.split().criticalIllness()).isEqualByComparingTo("0");
        // accumulated burden 25,200, 10,200 above the 15,000 deductible, at 60%.
        assertThat(second.split().criticalIllness()).isEqualByComparingTo("6120");
    }

    @Test
    void marginalNeedyGetHalfOfTheYearsBurdenAboveThreeThousand() {
        Settlement settlement = REFERENCE.settle(needy(Category.ADULT, NeedyCategory.LOW_INCOME_MARGINAL),
                visit(VisitType.INPATIENT).item(CatalogClass.A, "30000").build(), Accumulators.NONE);

        assertSplit(settlement, split("30000", "30000", "0", "1000", "17400", "0", "0", "4800", "0", "7800"));
    }

    @Test
    void oneStopAssistanceStopsAtTheAnnualAssistanceCap() {
        Accumulators nearlySpent = Accumulators.NONE.plus(new Accumulators(Money.ZERO, Money.ZERO, Money.ZERO, Map.of(), 0,
                Money.ZERO, Money.ZERO, Money.ZERO, Money.ZERO, new BigDecimal("29900"), Money.ZERO, Money.ZERO));
        Settlement settlement = REFERENCE.settle(needy(Category.ACTIVE, NeedyCategory.EXTREME_POVERTY),
                visit(VisitType.INPATIENT).item(CatalogClass.A, "10800").build(), nearlySpent);

        assertThat(settlement.split().assistance()).isEqualByComparingTo("100");
    }

    @Test
    void chronicOutpatientNeedsAQualificationAndHasACapPerDisease() {
        Accumulators hypertensionUsed = new Accumulators(Money.ZERO, Money.ZERO, Money.ZERO,
                Map.of(ChronicDisease.HYPERTENSION, new BigDecimal("2900")), 0, Money.ZERO, Money.ZERO, Money.ZERO, Money.ZERO,
                Money.ZERO, Money.ZERO, Money.ZERO);
        Claim hypertensionVisit = visit(VisitType.CHRONIC).diagnosis("I10").item(CatalogClass.A, "1000").build();

        Settlement settlement = REFERENCE.settle(qualified(Category.ADULT, ChronicDisease.HYPERTENSION), hypertensionVisit, hypertensionUsed);
        assertThat(settlement.split().basicPool()).isEqualByComparingTo("100");
        assertThat(settlement.delta().chronicBasic(ChronicDisease.HYPERTENSION)).isEqualByComparingTo("100");
        assertThatThrownBy(() -> REFERENCE.settle(person(Category.ACTIVE), hypertensionVisit, Accumulators.NONE))
                .isInstanceOfSatisfying(PolicyRefusal.class, refusal -> assertThat(refusal.field()).isEqualTo("$.diagnoses"));
    }

    @Test
    void residentHypertensionAndDiabetesDrugsShareTheCapOfBothQualificationsAndDrugsPastItAreGeneralOutpatient() {
        Settlement settlement = REFERENCE.settle(qualified(Category.ADULT, ChronicDisease.HYPERTENSION, ChronicDisease.DIABETES),
                visit(VisitType.OUTPATIENT).diagnosis("E11.9").item(CatalogClass.A, "2000").build(), Accumulators.NONE);

        // 60% of 2,000 is 1,200: the drug benefit pays its 600 cap on 1,000 of it, general outpatient 60% of the other
        // 1,000 up to its own 400 cap
        assertThat(settlement.delta().twoDiseaseDrugsBasic()).isEqualByComparingTo("600");
        assertThat(settlement.delta().outpatientBasic()).isEqualByComparingTo("400");
        assertThat(settlement.split().basicPool()).isEqualByComparingTo("1000");
    }

    @Test
    void theHypertensionDrugBenefitPaysOnlyTheDrugsAndTheVisitsOtherItemsAreGeneralOutpatient() {
        Settlement settlement = REFERENCE.settle(qualified(Category.ADULT, ChronicDisease.HYPERTENSION),
                visit(VisitType.OUTPATIENT).diagnosis("I10").item(CatalogClass.A, "100")
                        .item(CatalogClass.A, ItemCategory.EXAMINATION, "200").build(), Accumulators.NONE);

        assertThat(settlement.delta().twoDiseaseDrugsBasic()).isEqualByComparingTo("60");
        assertThat(settlement.delta().outpatientBasic()).isEqualByComparingTo("120");
        assertThat(settlement.split().basicPool()).isEqualByComparingTo("180");
        assertThat(settlement.split().personal()).isEqualByComparingTo("120");
    }

    @Test
    void classBDrugsWhoseItemsRoundUpNeverMakeTheDrugBaseExceedTheClaimsInScope() {
        // 90% of each 0.03 rounds to 0.03 item by item, while 90% of the claim's 0.06 rounds to 0.05: the drugs' share
        // of the base is taken against the items' own sum, or the rest of the visit would be -0.01
        Settlement settlement = REFERENCE.settle(qualified(Category.ADULT, ChronicDisease.HYPERTENSION),
                visit(VisitType.OUTPATIENT).diagnosis("I10").item(CatalogClass.B, "0.03").item(CatalogClass.B, "0.03").build(),
                Accumulators.NONE);

        assertThat(settlement.split().inScope()).isEqualByComparingTo("0.05");
        assertThat(settlement.split().deductibleApplied()).isEqualByComparingTo("0");
        assertThat(settlement.split().basicPool()).isEqualByComparingTo("0.03");
        assertThat(settlement.split().personal()).isEqualByComparingTo("0.03");
    }

    @Test
    void onceTheHypertensionDrugCapIsUsedTheVisitGetsTheGeneralOutpatientBenefit() {
        Accumulators capUsed = new Accumulators(Money.ZERO, Money.ZERO, new BigDecimal("300"), Map.of(), 0, Money.ZERO,
                Money.ZERO, Money.ZERO, Money.ZERO, Money.ZERO, Money.ZERO, Money.ZERO);
        Settlement settlement = REFERENCE.settle(qualified(Category.ADULT, ChronicDisease.HYPERTENSION),
                visit(VisitType.OUTPATIENT).diagnosis("I10").item(CatalogClass.A, "100").build(), capUsed);

        assertThat(settlement.delta().twoDiseaseDrugsBasic()).isEqualByComparingTo("0");
        assertThat(settlement.delta().outpatientBasic()).isEqualByComparingTo("60");
        assertThat(settlement.split().basicPool()).isEqualByComparingTo("60");
    }

    @Test
    void anInstitutionLevelThePolicyDoesNotKnowIsRefused() {
        assertThatThrownBy(() -> REFERENCE.settle(person(Category.ADULT),
                visit(VisitType.INPATIENT).level(4).item(CatalogClass.A, "100").build(), Accumulators.NONE))
                .isInstanceOfSatisfying(PolicyRefusal.class, refusal -> assertThat(refusal.field()).isEqualTo("$.institutionLevel"));
    }

    @Test
    void aMaternityVisitWithoutItsDeliveryCaseIsRefused() {
        assertThatThrownBy(() -> REFERENCE.settle(person(Category.ADULT),
                visit(VisitType.MATERNITY).item(CatalogClass.A, "100").build(), Accumulators.NONE))
                .isInstanceOfSatisfying(PolicyRefusal.class, refusal -> assertThat(refusal.field()).isEqualTo("$.maternity"));
    }
}
