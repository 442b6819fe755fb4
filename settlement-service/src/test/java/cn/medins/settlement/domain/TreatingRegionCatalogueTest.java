package cn.medins.settlement.domain;

import static cn.medins.settlement.domain.Claims.HOME;
import static cn.medins.settlement.domain.Claims.REFERENCE;
import static cn.medins.settlement.domain.Claims.person;
import static cn.medins.settlement.domain.Claims.registeredRemote;
import static cn.medins.settlement.domain.Claims.visit;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import cn.medins.contracts.coverage.CatalogClass;
import cn.medins.contracts.coverage.Category;
import cn.medins.contracts.coverage.VisitType;
import cn.medins.contracts.settlement.SettlementEvents.FundSplit;
import cn.medins.settlement.domain.PolicyCatalog.Version;
import cn.medins.settlement.domain.policy.Policy;

/**
 * 就医地目录: a claim treated in another region than the insured's takes the class B first self-pay of the treating
 * region's catalogue in force on its service date, and every payment figure of the insured region's policy. Binzhou
 * (371600, the reference: class B 10%, resident outpatient 60%, remote first self-pay 5%) and Yantai (370600: 20%,
 * 70%, 8%).
 */
class TreatingRegionCatalogueTest {

    private static final String YANTAI = "370600";
    private static final Policy YANTAI_2026 = Claims.region(YANTAI, "0.20", "0.70", "0.08");
    private static final SettlementCalculator YANTAI_CALCULATOR = new SettlementCalculator(YANTAI_2026);
    private static final PolicyCatalog BOTH = PolicyCatalog.ofYearlyPolicies(List.of(REFERENCE.policy(), YANTAI_2026));

    private static FundSplit outpatient(String total, String inScope, String remote, String basic, String personal) {
        BigDecimal zero = BigDecimal.ZERO;
        return new FundSplit(new BigDecimal(total), new BigDecimal(inScope), new BigDecimal(remote), zero, new BigDecimal(basic),
                zero, zero, zero, zero, new BigDecimal(personal));
    }

    private static void assertSplit(Settlement settlement, FundSplit expected) {
        assertThat(settlement.split()).usingRecursiveComparison().withComparatorForType(BigDecimal::compareTo, BigDecimal.class)
                .isEqualTo(expected);
    }

    private static Claims classAAndB(String treatingRegion) {
        return visit(VisitType.OUTPATIENT).in(treatingRegion).item(CatalogClass.A, "100").item(CatalogClass.B, "100");
    }

    private static String inScopeLine(Settlement settlement) {
        return settlement.lines().stream().filter(line -> line.step().equals("inScope")).findFirst().orElseThrow().detail();
    }

    private static Insured yantaiResidentRegisteredForBinzhou() {
        return new Insured(Category.ADULT, YANTAI, null, Set.of(), true);
    }

    @Test
    void aBinzhouResidentTreatedInYantaiGetsYantaisClassBShareAndBinzhousRatioAndFirstSelfPay() {
        Settlement settlement = BOTH.rate(REFERENCE, registeredRemote(Category.ADULT), classAAndB(YANTAI).build(), Accumulators.NONE);

        // in scope 100 + 80% of 100 = 180; Binzhou's 5% remote first self-pay 9; Binzhou's 60% of 171 = 102.60
        assertSplit(settlement, outpatient("200", "180", "9", "102.60", "97.40"));
        assertThat(settlement.itemsInScope()).containsExactly(new BigDecimal("100"), new BigDecimal("80.00"));
        assertThat(settlement.policyVersion()).isEqualTo("371600-2026.1");
        assertThat(settlement.catalogueVersion()).isEqualTo("370600-2026.1");
        assertThat(inScopeLine(settlement)).isEqualTo("class A 100.00 + 80% of class B 100.00 (class B first self-pay 20% of region"
                + " 370600's catalogue, 370600-2026.1); class C 0.00 and the class B first self-pay are out of scope");
    }

    @Test
    void aYantaiResidentTreatedInBinzhouGetsBinzhousClassBShareAndYantaisRatioAndFirstSelfPay() {
        Settlement settlement = BOTH.rate(YANTAI_CALCULATOR, yantaiResidentRegisteredForBinzhou(), classAAndB(HOME).build(),
                Accumulators.NONE);

        // in scope 100 + 90% of 100 = 190; Yantai's 8% remote first self-pay 15.20; Yantai's 70% of 174.80 = 122.36
        assertSplit(settlement, outpatient("200", "190", "15.20", "122.36", "77.64"));
        assertThat(settlement.policyVersion()).isEqualTo("370600-2026.1");
        assertThat(settlement.catalogueVersion()).isEqualTo("371600-2026.1");
        assertThat(inScopeLine(settlement)).contains("(class B first self-pay 10% of region 371600's catalogue, 371600-2026.1)");
    }

    @Test
    void aLocalClaimIsRatedExactlyAsItsOwnRegionsPolicyRatesIt() {
        // POLICY.md worked example B: 36,000 class A and 4,000 class B, local
        Claim workedExampleB = visit(VisitType.INPATIENT).item(CatalogClass.A, "36000").item(CatalogClass.B, "4000").build();

        Settlement local = BOTH.rate(REFERENCE, person(Category.RETIRED), workedExampleB, Accumulators.NONE);

        assertThat(local).usingRecursiveComparison().isEqualTo(REFERENCE.settle(person(Category.RETIRED), workedExampleB,
                Accumulators.NONE));
        assertThat(local.split().basicPool()).isEqualByComparingTo("36360");
        assertThat(local.catalogueVersion()).isNull();
        assertThat(inScopeLine(local)).doesNotContain("catalogue");
        Settlement yantaiLocal = BOTH.rate(YANTAI_CALCULATOR, new Insured(Category.ADULT, YANTAI, null, Set.of(), false),
                classAAndB(YANTAI).build(), Accumulators.NONE);
        assertSplit(yantaiLocal, outpatient("200", "180", "0", "126", "74"));
        assertThat(yantaiLocal.catalogueVersion()).isNull();
    }

    @Test
    void aTreatingRegionWithoutAPolicyInForceLeavesTheInsuredRegionsCatalogueAndTheExplanationSaysSo() {
        Settlement beijing = BOTH.rate(REFERENCE, registeredRemote(Category.ADULT), classAAndB("110000").build(), Accumulators.NONE);

        assertSplit(beijing, outpatient("200", "190", "9.50", "108.30", "91.70"));
        assertThat(beijing.catalogueVersion()).isNull();
        assertThat(inScopeLine(beijing)).contains("(class B first self-pay 10% of region 371600's catalogue: region 110000 has no"
                + " policy in force on 2026-04-06, so the insured region's catalogue applies)");
    }

    @Test
    void theTreatingRegionsCatalogueCountsFromTheServiceDateItTakesEffectOn() {
        PolicyCatalog yantaiFromJuly = new PolicyCatalog(List.of(new Version(REFERENCE.policy(), LocalDate.of(2026, 1, 1), 1),
                new Version(YANTAI_2026, LocalDate.of(2026, 7, 1), 2)));

        Settlement june = yantaiFromJuly.rate(REFERENCE, registeredRemote(Category.ADULT),
                classAAndB(YANTAI).on(LocalDate.of(2026, 6, 30)).build(), Accumulators.NONE);
        Settlement july = yantaiFromJuly.rate(REFERENCE, registeredRemote(Category.ADULT),
                classAAndB(YANTAI).on(LocalDate.of(2026, 7, 1)).build(), Accumulators.NONE);

        assertThat(june.split().inScope()).isEqualByComparingTo("190");
        assertThat(inScopeLine(june)).contains("region 370600 has no policy in force on 2026-06-30");
        assertThat(july.split().inScope()).isEqualByComparingTo("180");
        assertThat(july.catalogueVersion()).isEqualTo("370600-2026.1");
    }
}
