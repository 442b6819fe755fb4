package cn.medins.settlement.domain;

import static cn.medins.settlement.domain.Claims.REFERENCE;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import cn.medins.contracts.coverage.CatalogClass;
import cn.medins.contracts.coverage.Category;
import cn.medins.contracts.coverage.ChronicDisease;
import cn.medins.contracts.coverage.ItemCategory;
import cn.medins.contracts.coverage.MaternityCaseType;
import cn.medins.contracts.coverage.Scheme;
import cn.medins.contracts.coverage.VisitType;
import cn.medins.contracts.partner.NeedyCategory;
import cn.medins.contracts.settlement.SettlementEvents.FundSplit;
import cn.medins.settlement.domain.policy.Policy;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Whatever the person and the year's claims, the money adds up, no fund passes its cap and reversal is exact. */
class SettlementPropertiesTest {

    private static final Policy POLICY = REFERENCE.policy();

    @Property(tries = 300)
    void everySplitAddsUpStaysWithinItsCapsAndReversesExactly(@ForAll("insured") Insured insured,
            @ForAll("years") List<Claim> claims) {
        Accumulators year = Accumulators.NONE;
        List<Settlement> settled = new ArrayList<>();
        for (Claim claim : claims) {
            Settlement settlement;
            try {
                settlement = REFERENCE.settle(insured, claim, year);
            } catch (PolicyRefusal refused) {
                continue;
            }
            assertAddsUpAndNothingNegative(settlement.split());
            year = year.plus(settlement.delta());
            assertWithinCaps(insured, year);
            settled.add(settlement);
            Accumulators before = year.minus(settlement.delta());
            assertThat(REFERENCE.settle(insured, claim, before).split()).isEqualTo(settlement.split());
        }
        for (Settlement settlement : settled) {
            year = year.minus(settlement.delta());
        }
        assertThat(Stream.of(year.outpatientBasic(), year.inpatientBasic(), year.largeMedical(), year.criticalIllness(),
                year.criticalIllnessBurden(), year.assistance(), year.assistanceBurden(), year.residualBurden()))
                .allSatisfy(amount -> assertThat(amount).isEqualByComparingTo("0"));
        assertThat(year.inpatientStays()).isZero();
    }

    private static void assertAddsUpAndNothingNegative(FundSplit split) {
        List<BigDecimal> amounts = List.of(split.total(), split.inScope(), split.remoteFirstSelfPay(), split.deductibleApplied(),
                split.basicPool(), split.largeMedical(), split.criticalIllness(), split.assistance(), split.maternityFund(), split.personal());
        assertThat(amounts).allSatisfy(amount -> {
            assertThat(amount.signum()).isGreaterThanOrEqualTo(0);
            assertThat(amount.stripTrailingZeros().scale()).isLessThanOrEqualTo(2);
        });
        assertThat(split.basicPool().add(split.largeMedical()).add(split.criticalIllness()).add(split.assistance())
                .add(split.maternityFund()).add(split.personal())).isEqualByComparingTo(split.total());
        assertThat(split.inScope()).isLessThanOrEqualTo(split.total());
    }

    private static void assertWithinCaps(Insured insured, Accumulators year) {
        boolean employee = insured.category().scheme() == Scheme.EMPLOYEE;
        assertThat(year.outpatientBasic()).isLessThanOrEqualTo(employee
                ? POLICY.employee().outpatient().annualCap() : POLICY.resident().outpatient().annualCap());
        assertThat(year.inpatientBasic()).isLessThanOrEqualTo(employee
                ? POLICY.employee().inpatientAnnualCap() : POLICY.resident().inpatientAnnualCap());
        assertThat(year.largeMedical()).isLessThanOrEqualTo(POLICY.employee().largeMedicalAnnualCap());
        assertThat(year.twoDiseaseDrugsBasic()).isLessThanOrEqualTo(POLICY.resident().twoDiseaseDrugs().bothCap());
        assertThat(year.chronicBasic().values()).allSatisfy(amount ->
                assertThat(amount).isLessThanOrEqualTo(POLICY.resident().chronicAnnualCapPerDisease()));
        if (!insured.coreNeedy()) {
            assertThat(year.criticalIllness()).isLessThanOrEqualTo(POLICY.resident().criticalIllness().annualCap());
        }
        assertThat(year.assistance()).isLessThanOrEqualTo(POLICY.medicalAssistance().annualCap());
    }

    @Provide
    Arbitrary<Insured> insured() {
        Arbitrary<NeedyCategory> needy = Arbitraries.of(NeedyCategory.class).injectNull(0.4);
        Arbitrary<Set<ChronicDisease>> qualifications = Arbitraries.of(ChronicDisease.class).set().ofMaxSize(3);
        return Combinators.combine(Arbitraries.of(Category.class), needy, qualifications, Arbitraries.of(true, false))
                .as((category, needyCategory, held, registered) -> new Insured(category, Claims.HOME, needyCategory, held, registered));
    }

    @Provide
    Arbitrary<List<Claim>> years() {
        return claim().list().ofMinSize(1).ofMaxSize(12);
    }

    private Arbitrary<Claim> claim() {
        Arbitrary<Claim.Line> line = Combinators.combine(Arbitraries.of(CatalogClass.class),
                Arbitraries.bigDecimals().between(BigDecimal.ZERO, new BigDecimal("200000")).ofScale(2))
                .as((catalogClass, amount) -> new Claim.Line("X", catalogClass, ItemCategory.DRUG, amount));
        Arbitrary<Claim.Delivery> delivery = Combinators.combine(Arbitraries.of(MaternityCaseType.class), Arbitraries.integers().between(1, 4))
                .as((caseType, order) -> new Claim.Delivery(caseType, order, caseType.name().startsWith("MULTIPLE") ? 2 : 1));
        Arbitrary<List<String>> diagnoses = Arbitraries.of("I10", "E11.9", "I25.1", "I69.3", "N18.5", "I63.9", "J18.0")
                .list().ofMinSize(1).ofMaxSize(3);
        return Combinators.combine(Arbitraries.of(VisitType.class), Arbitraries.integers().between(1, 3),
                Arbitraries.of("371600", "370100", "110000"), delivery, diagnoses, line.list().ofMinSize(1).ofMaxSize(5))
                .as((visit, level, region, maternity, codes, lines) -> new Claim(visit, level, region, LocalDate.of(2026, 5, 1),
                        visit == VisitType.MATERNITY ? maternity : null, codes, lines));
    }
}
