package cn.medins.settlement.domain;

import static cn.medins.settlement.domain.Claims.REFERENCE;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import cn.medins.contracts.coverage.CatalogClass;
import cn.medins.contracts.coverage.Category;
import cn.medins.contracts.coverage.ChronicDisease;
import cn.medins.contracts.coverage.ItemCategory;
import cn.medins.contracts.coverage.MaternityCaseType;
import cn.medins.contracts.coverage.VisitType;
import cn.medins.contracts.partner.NeedyCategory;
import cn.medins.contracts.settlement.SettlementEvents.FundSplit;
import cn.medins.settlement.domain.PolicyReference.Split;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;

/**
 * Model-based: random sequences of one person's year (settle, preview, reverse any live claim, settle it again, needy
 * status granted or revoked at the counter or back-dated by civil affairs so that the year is re-adjudicated, a chronic
 * qualification recognised), across schemes, visit types, levels,
 * catalogue classes, remote care and maternity. The suite's domain (calculator and accumulators, as the settlement
 * service composes them) runs beside {@link PolicyReference}, an independent reading of POLICY.md; after every step each
 * split and each of the year's totals must agree to the fen, no cap may be passed, and a critical-illness overpayment
 * must be exactly what the live claims were paid beyond what their burden entitles.
 */
class MoneyModelPropertiesTest {

    private static final String HOME = Claims.HOME;

    sealed interface Step permits Settle, Preview, Reverse, Resettle, NeedyChange, BackdatedGrant, Qualify {
    }

    record Settle(PolicyReference.Visit visit) implements Step {
    }

    record Preview(PolicyReference.Visit visit) implements Step {
    }

    /** Reverses the live claim at {@code pick} modulo their number: any of them, not only the last. */
    record Reverse(int pick) implements Step {
    }

    /** Reverses a live claim and settles it again, as the counter corrects one. */
    record Resettle(int pick) implements Step {
    }

    /** From now on the person is {@code needy} ({@code null}: revoked). */
    record NeedyChange(NeedyCategory needy) implements Step {
    }

    /**
     * Civil affairs grants {@code needy} from before the year: the year's claims, all settled without a status, are
     * adjudicated again and the person is needy from now on.
     */
    record BackdatedGrant(NeedyCategory needy) implements Step {
    }

    record Qualify(ChronicDisease disease) implements Step {
    }

    /**
     * A live claim on both sides: the facts it was settled with, the suite's settlement and what re-adjudication paid on
     * it since, the reference's split at the counter and as it stands now.
     */
    private record Live(PolicyReference.Person person, PolicyReference.Visit visit, Settlement settlement,
            BigDecimal adjudicatedCriticalIllness, BigDecimal adjudicatedAssistance, Split counter, Split reference) {

        Live(PolicyReference.Person person, PolicyReference.Visit visit, Settlement settlement, Split reference) {
            this(person, visit, settlement, Money.ZERO, Money.ZERO, reference, reference);
        }

        boolean readjudicated() {
            return reference != counter;
        }

        /** What reversing it takes from the suite's year; and on the reference's side, what stays paid. */
        Accumulators reversal() {
            return settlement.delta().reversal(adjudicatedCriticalIllness, adjudicatedAssistance);
        }
    }

    @Property(tries = 2000)
    void theSuiteSplitsEveryClaimAndKeepsEveryYearTotalAsPolicySaysInAnyOrder(@ForAll("categories") Category category,
            @ForAll boolean registered, @ForAll("steps") List<Step> steps) {
        NeedyCategory needy = null;
        Set<ChronicDisease> held = EnumSet.noneOf(ChronicDisease.class);
        Accumulators year = Accumulators.NONE;
        List<Live> live = new ArrayList<>();
        List<Split> paidToTheBank = new ArrayList<>();
        int grants = 0;
        for (Step step : steps) {
            PolicyReference.Person person = new PolicyReference.Person(category, HOME, needy, Set.copyOf(held), registered);
            if (step instanceof Settle settle) {
                Live settled = settle(person, settle.visit(), year, splits(live, paidToTheBank));
                if (settled != null) {
                    year = year.plus(settled.settlement().delta());
                    live.add(settled);
                }
            } else if (step instanceof Preview preview) {
                Live previewed = settle(person, preview.visit(), year, splits(live, paidToTheBank));
                if (previewed != null) {
                    assertThat(REFERENCE.settle(insured(person), claim(preview.visit()), year).split())
                            .isEqualTo(previewed.settlement().split());
                }
            } else if (step instanceof Reverse reverse) {
                if (!live.isEmpty()) {
                    Live reversed = live.remove(Math.floorMod(reverse.pick(), live.size()));
                    year = year.minus(reversed.reversal());
                    keepWhatWasPaidToTheBank(reversed, paidToTheBank);
                }
            } else if (step instanceof Resettle resettle) {
                if (!live.isEmpty()) {
                    Live reversed = live.remove(Math.floorMod(resettle.pick(), live.size()));
                    year = year.minus(reversed.reversal());
                    keepWhatWasPaidToTheBank(reversed, paidToTheBank);
                    Live again = settle(reversed.person(), reversed.visit(), year, splits(live, paidToTheBank));
                    assertThat(again).as("a claim that settled once settles again").isNotNull();
                    year = year.plus(again.settlement().delta());
                    live.add(again);
                }
            } else if (step instanceof NeedyChange change) {
                needy = change.needy();
            } else if (step instanceof BackdatedGrant grant) {
                if (grantable(person, live)) {
                    year = readjudicate(grant.needy(), person, year, live, paidToTheBank);
                    needy = grant.needy();
                    grants++;
                }
            } else if (step instanceof Qualify qualify) {
                held.add(qualify.disease());
            }
            assertYearIsTheSumOfItsLiveClaims(year, splits(live, paidToTheBank));
            assertWithinCaps(year, live);
            assertOverpaymentAsPolicySays(person, year, live, paidToTheBank);
        }
        // printed with the run, so that a generator change that stops reaching these paths shows
        Statistics.label("back-dated grants applied").collect(Math.min(grants, 2));
        Statistics.label("re-adjudicated claims since reversed").collect(Math.min(paidToTheBank.size(), 2));
    }

    /** Both sides settle the visit; they agree on refusing it, or on every figure of its split. */
    private static Live settle(PolicyReference.Person person, PolicyReference.Visit visit, Accumulators year, List<Split> paidThisYear) {
        Split expected;
        try {
            expected = PolicyReference.settle(person, visit, paidThisYear);
        } catch (PolicyReference.Refused refused) {
            expected = null;
        }
        Settlement settlement;
        try {
            settlement = REFERENCE.settle(insured(person), claim(visit), year);
        } catch (PolicyRefusal refusal) {
            assertThat(expected).as("the reference settles what the suite refused: " + refusal.getMessage()).isNull();
            return null;
        }
        assertThat(expected).as("the suite settles what POLICY refuses").isNotNull();
        FundSplit split = settlement.split();
        assertThat(List.of(split.total(), split.inScope(), split.basicPool(), split.largeMedical(), split.criticalIllness(),
                split.assistance(), split.maternityFund(), split.personal()))
                .as("total, inScope, basic, large medical, critical illness, assistance, maternity fund, personal of %s for %s", visit, person)
                .usingElementComparator(BigDecimal::compareTo)
                .containsExactly(expected.total(), expected.inScope(), expected.basic(), expected.largeMedical(),
                        expected.criticalIllness(), expected.assistance(), expected.maternityFund(), expected.personal());
        assertThat(split.basicPool().add(split.largeMedical()).add(split.criticalIllness()).add(split.assistance())
                .add(split.maternityFund()).add(split.personal())).isEqualByComparingTo(split.total());
        assertThat(List.of(split.basicPool(), split.largeMedical(), split.criticalIllness(), split.assistance(),
                split.maternityFund(), split.personal())).allSatisfy(amount -> assertThat(amount.signum()).isNotNegative());
        return new Live(person, visit, settlement, expected);
    }

    /** The year as the reference sees it: its live claims, and what stays paid of claims since reversed. */
    private static List<Split> splits(List<Live> live, List<Split> paidToTheBank) {
        List<Split> splits = new ArrayList<>(paidToTheBank);
        live.forEach(l -> splits.add(l.reference()));
        return splits;
    }

    private static void keepWhatWasPaidToTheBank(Live reversed, List<Split> paidToTheBank) {
        if (reversed.readjudicated()) {
            paidToTheBank.add(PolicyReference.paidToTheBank(reversed.counter(), reversed.reference()));
        }
    }

    /**
     * A grant re-adjudicates a year none of whose live claims was settled with a status. Not for an employee's
     * maternity claim: the counter pays the prenatal allowance on the personal share after assistance, and POLICY.md
     * does not say whether a re-adjudication that adds assistance takes the allowance back (the suite's leaves it and
     * pays assistance only on the in-scope burden the allowance did not cover).
     */
    private static boolean grantable(PolicyReference.Person person, List<Live> live) {
        return person.needy() == null && !live.isEmpty() && live.stream().allMatch(l -> l.person().needy() == null)
                && live.stream().noneMatch(l -> !l.person().resident() && l.visit().type() == VisitType.MATERNITY);
    }

    /**
     * The suite's adjudicator and the reference re-adjudicate the year's live claims in the order served; each claim's
     * difference, per fund, must be what the reference says, and never negative.
     */
    private static Accumulators readjudicate(NeedyCategory category, PolicyReference.Person person, Accumulators year,
            List<Live> live, List<Split> paidToTheBank) {
        List<AssistanceAdjudicator.SettledClaim> claims = new ArrayList<>();
        for (int i = 0; i < live.size(); i++) {
            Live claim = live.get(i);
            claims.add(AssistanceAdjudicator.SettledClaim.of("S" + i, claim.settlement().split(), claim.adjudicatedCriticalIllness(),
                    claim.adjudicatedAssistance(), person.resident()));
        }
        AssistanceAdjudicator.Adjudication adjudication = new AssistanceAdjudicator(REFERENCE.policy()).retroactive(category, claims, year);
        PolicyReference.Person needy = new PolicyReference.Person(person.category(), person.region(), category, person.held(),
                person.registered());
        List<Split> again = PolicyReference.readjudicate(needy, live.stream().map(Live::reference).toList(), paidToTheBank);
        assertThat(adjudication.shares()).hasSize(live.size());
        for (int i = 0; i < live.size(); i++) {
            Live claim = live.get(i);
            AssistanceAdjudicator.Share share = adjudication.shares().get(i);
            Split expected = again.get(i);
            assertThat(share.settlementId()).isEqualTo("S" + i);
            assertThat(List.of(share.criticalIllness(), share.assistance()))
                    .as("critical illness and assistance owed to claim %d of %s on a %s grant", i, live.size(), category)
                    .usingElementComparator(BigDecimal::compareTo)
                    .containsExactly(expected.criticalIllness().subtract(claim.reference().criticalIllness()),
                            expected.assistance().subtract(claim.reference().assistance()));
            assertThat(List.of(share.criticalIllness(), share.assistance())).allSatisfy(amount -> assertThat(amount.signum()).isNotNegative());
            PolicyReference.Person settledAs = new PolicyReference.Person(claim.person().category(), claim.person().region(),
                    category, claim.person().held(), claim.person().registered());
            live.set(i, new Live(settledAs, claim.visit(), claim.settlement(),
                    claim.adjudicatedCriticalIllness().add(share.criticalIllness()), claim.adjudicatedAssistance().add(share.assistance()),
                    claim.counter(), expected));
        }
        return year.plus(adjudication.delta());
    }

    private static void assertYearIsTheSumOfItsLiveClaims(Accumulators year, List<Split> splits) {
        assertThat(List.of(year.outpatientBasic(), year.twoDiseaseDrugsBasic(), year.inpatientBasic(), year.largeMedical(),
                year.criticalIllnessBurden(), year.criticalIllness(), year.assistanceBurden(), year.assistance()))
                .as("outpatient, two-disease drugs, inpatient, large medical, CI burden, CI, assistance burden, assistance")
                .usingElementComparator(BigDecimal::compareTo)
                .containsExactly(PolicyReference.sum(splits, Split::outpatientBasic), PolicyReference.sum(splits, Split::twoDiseaseBasic),
                        PolicyReference.sum(splits, Split::inpatientBasic), PolicyReference.sum(splits, Split::largeMedical),
                        PolicyReference.sum(splits, Split::ciBurden), PolicyReference.sum(splits, Split::criticalIllness),
                        PolicyReference.sum(splits, Split::assistBurden), PolicyReference.sum(splits, Split::assistance));
        for (ChronicDisease disease : ChronicDisease.values()) {
            assertThat(year.chronicBasic(disease)).as("chronic " + disease).isEqualByComparingTo(PolicyReference.sum(
                    splits.stream().filter(s -> s.chronicDisease() == disease).toList(),
                    Split::chronicBasic));
        }
        assertThat(year.inpatientStays()).isEqualTo((int) splits.stream().filter(Split::stay).count());
    }

    private static void assertWithinCaps(Accumulators year, List<Live> live) {
        assertThat(year.outpatientBasic()).isLessThanOrEqualTo(PolicyReference.EMP_OUTPATIENT_CAP);
        assertThat(year.inpatientBasic()).isLessThanOrEqualTo(PolicyReference.RES_INPATIENT_CAP);
        assertThat(year.largeMedical()).isLessThanOrEqualTo(PolicyReference.LARGE_MEDICAL_CAP);
        assertThat(year.assistance()).isLessThanOrEqualTo(PolicyReference.ASSIST_CAP);
        for (ChronicDisease disease : ChronicDisease.values()) {
            assertThat(year.chronicBasic(disease)).isLessThanOrEqualTo(PolicyReference.RES_CHRONIC_CAP_PER_DISEASE);
        }
        if (live.stream().noneMatch(l -> l.person().core())) {
            assertThat(year.criticalIllness()).isLessThanOrEqualTo(PolicyReference.CI_CAP);
        }
    }

    /**
     * POLICY.md, reversals: what the live claims were paid beyond what their burden entitles is the overpayment, and
     * nothing is ever underpaid: with one scale all year (the person's needy status unchanged), the live claims were
     * paid at least their entitlement, whatever the order of settlements and reversals.
     */
    private static void assertOverpaymentAsPolicySays(PolicyReference.Person person, Accumulators year, List<Live> live,
            List<Split> paidToTheBank) {
        if (!person.resident() || live.isEmpty()) {
            return;
        }
        boolean oneScale = live.stream().allMatch(l -> l.person().core() == person.core());
        if (!oneScale) {
            return;
        }
        List<Split> splits = live.stream().map(Live::reference).toList();
        BigDecimal paid = PolicyReference.sum(splits(live, paidToTheBank), Split::criticalIllness);
        BigDecimal entitled = PolicyReference.ciEntitlement(PolicyReference.sum(splits, Split::ciBurden), person.core());
        assertThat(REFERENCE.criticalIllnessOverpaid(insured(person), year))
                .isEqualByComparingTo(paid.subtract(entitled).max(BigDecimal.ZERO));
        if (person.core() || entitled.compareTo(PolicyReference.CI_CAP) < 0) {
            // Each claim's payment is rounded to the fen where it is produced (POLICY.md, money), so once an earlier
            // claim is reversed the later ones can hold a fen less each than a fresh rating of them; the next claim
            // of the year pays it, as it pays off an overpayment.
            BigDecimal rounding = new BigDecimal("0.01").multiply(BigDecimal.valueOf(live.size()));
            assertThat(paid).as("critical illness paid on the live claims against their entitlement")
                    .isGreaterThanOrEqualTo(entitled.subtract(rounding));
        }
    }

    private static Insured insured(PolicyReference.Person person) {
        return new Insured(person.category(), person.region(), person.needy(), person.held(), person.registered());
    }

    private static Claim claim(PolicyReference.Visit visit) {
        List<Claim.Line> lines = new ArrayList<>();
        for (int i = 0; i < visit.lines().size(); i++) {
            PolicyReference.Line line = visit.lines().get(i);
            lines.add(new Claim.Line("X" + i, line.catalogClass(), line.category(), line.amount()));
        }
        Claim.Delivery delivery = visit.type() == VisitType.MATERNITY
                ? new Claim.Delivery(MaternityCaseType.SINGLE_VAGINAL, visit.birthOrder(), 1) : null;
        return new Claim(visit.type(), visit.level(), visit.region(), LocalDate.of(2026, 5, 1), delivery, visit.diagnoses(), lines);
    }

    @Provide
    Arbitrary<Category> categories() {
        return Arbitraries.of(Category.class);
    }

    @Provide
    Arbitrary<List<Step>> steps() {
        Arbitrary<Step> step = Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(6, visits().map(Settle::new)),
                net.jqwik.api.Tuple.of(1, visits().map(Preview::new)),
                net.jqwik.api.Tuple.of(2, Arbitraries.integers().between(0, 20).map(Reverse::new)),
                net.jqwik.api.Tuple.of(1, Arbitraries.integers().between(0, 20).map(Resettle::new)),
                net.jqwik.api.Tuple.of(1, Arbitraries.of(NeedyCategory.class).injectNull(0.3).map(NeedyChange::new)),
                net.jqwik.api.Tuple.of(1, Arbitraries.of(NeedyCategory.class).map(BackdatedGrant::new)),
                net.jqwik.api.Tuple.of(1, Arbitraries.of(ChronicDisease.class).map(Qualify::new)));
        return step.list().ofMinSize(1).ofMaxSize(25);
    }

    private Arbitrary<PolicyReference.Visit> visits() {
        Arbitrary<VisitType> type = Arbitraries.frequency(net.jqwik.api.Tuple.of(3, VisitType.OUTPATIENT),
                net.jqwik.api.Tuple.of(4, VisitType.INPATIENT), net.jqwik.api.Tuple.of(2, VisitType.CHRONIC),
                net.jqwik.api.Tuple.of(1, VisitType.MATERNITY));
        return type.flatMap(visitType -> {
            String maxAmount = visitType == VisitType.OUTPATIENT || visitType == VisitType.CHRONIC ? "1500" : "90000";
            Arbitrary<PolicyReference.Line> line = Combinators.combine(
                    Arbitraries.frequency(net.jqwik.api.Tuple.of(6, CatalogClass.A), net.jqwik.api.Tuple.of(3, CatalogClass.B),
                            net.jqwik.api.Tuple.of(1, CatalogClass.C)),
                    Arbitraries.of(ItemCategory.DRUG, ItemCategory.EXAMINATION, ItemCategory.TREATMENT),
                    Arbitraries.bigDecimals().between(BigDecimal.ZERO, new BigDecimal(maxAmount)).ofScale(2))
                    .as(PolicyReference.Line::new);
            return Combinators.combine(Arbitraries.integers().between(1, 3),
                    Arbitraries.frequency(net.jqwik.api.Tuple.of(6, HOME), net.jqwik.api.Tuple.of(2, "370100"),
                            net.jqwik.api.Tuple.of(1, "110000")),
                    Arbitraries.integers().between(1, 3),
                    Arbitraries.of("I10", "E11.9", "I25.1", "I69.3", "N18.5", "I63.9", "J18.0").list().ofMinSize(1).ofMaxSize(2),
                    line.list().ofMinSize(1).ofMaxSize(4))
                    .as((level, region, order, codes, lines) -> new PolicyReference.Visit(visitType, level, region, order, codes, lines));
        });
    }
}
