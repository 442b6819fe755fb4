package cn.medins.settlement.domain;

import static cn.medins.settlement.domain.Claims.REFERENCE;
import static cn.medins.settlement.domain.Claims.person;
import static cn.medins.settlement.domain.Claims.visit;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import cn.medins.contracts.coverage.CatalogClass;
import cn.medins.contracts.coverage.Category;
import cn.medins.contracts.coverage.ItemCategory;
import cn.medins.contracts.coverage.VisitType;
import cn.medins.settlement.config.PolicyFiles;
import cn.medins.settlement.domain.PolicyReplay.PersonDifference;
import cn.medins.settlement.domain.PolicyReplay.Result;
import cn.medins.settlement.domain.PolicyReplay.StoredClaim;

class PolicyReplayTest {

    /** The reference policy with the resident outpatient ratio raised from 0.60 to 0.70. */
    static final SettlementCalculator DRAFT = new SettlementCalculator(revision());

    /** No other region's policy: a remote claim is rated with the draft's own catalogue. */
    private static final PolicyCatalog NO_OTHER_REGION = new PolicyCatalog(List.of());

    static cn.medins.settlement.domain.policy.Policy revision() {
        try (InputStream in = PolicyReplayTest.class.getClassLoader().getResourceAsStream("policies/371600-2026.json")) {
            String reference = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            String outpatient = "\"outpatient\": { \"deductible\": 0, \"ratio\": 0.60, \"annualCap\": 400 }";
            assertThat(reference).contains(outpatient);
            String draft = reference.replace(outpatient, outpatient.replace("0.60", "0.70"))
                    .replace("\"371600-2026.1\"", "\"371600-2026.2\"");
            return PolicyFiles.read("draft", new ByteArrayInputStream(draft.getBytes(StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The person's claims as the counter settled them under the reference policy, one after the other. */
    private static List<StoredClaim> settled(String insuredId, Insured insured, Claim... claims) {
        List<StoredClaim> stored = new ArrayList<>();
        Accumulators year = Accumulators.NONE;
        for (Claim claim : claims) {
            Settlement settlement = REFERENCE.settle(insured, claim, year);
            year = year.plus(settlement.delta());
            stored.add(new StoredClaim(insuredId, new RatingInput(insured, claim), settlement.split()));
        }
        return stored;
    }

    private static Claim outpatient(String amount) {
        return visit(VisitType.OUTPATIENT).item(CatalogClass.A, ItemCategory.TREATMENT, amount).build();
    }

    private static BigDecimal yuan(String amount) {
        return new BigDecimal(amount);
    }

    @Test
    void aHigherOutpatientRatioMovesTheDifferenceFromThePersonToTheBasicPool() {
        PolicyReplay replay = new PolicyReplay(DRAFT, NO_OTHER_REGION);

        PersonDifference person = replay.person("P1", settled("P1", person(Category.ADULT), outpatient("100")));
        Result result = replay.result();

        assertThat(person).isEqualTo(new PersonDifference("P1", yuan("40.00"), yuan("30.00"), yuan("-10.00")));
        assertThat(result.policyVersion()).isEqualTo("371600-2026.2");
        assertThat(result.funds().actual().basicPool()).isEqualTo(yuan("60.00"));
        assertThat(result.funds().replayed().basicPool()).isEqualTo(yuan("70.00"));
        assertThat(result.funds().difference().basicPool()).isEqualTo(yuan("10.00"));
        assertThat(result.funds().difference().personal()).isEqualTo(yuan("-10.00"));
        assertThat(result.funds().difference().largeMedical()).isEqualTo(yuan("0.00"));
        assertThat(result.claims()).isEqualTo(1);
        assertThat(result.persons()).isEqualTo(1);
        assertThat(result.payingLess()).isEqualTo(new PolicyReplay.Direction(1, yuan("-10.00")));
        assertThat(result.payingMore()).isEqualTo(new PolicyReplay.Direction(0, yuan("0.00")));
        assertThat(result.byVisitType().get(VisitType.OUTPATIENT))
                .isEqualTo(new PolicyReplay.Slice(1, yuan("40.00"), yuan("30.00"), yuan("-10.00")));
        assertThat(result.byCategory().get(Category.ADULT))
                .isEqualTo(new PolicyReplay.Slice(1, yuan("40.00"), yuan("30.00"), yuan("-10.00")));
        assertThat(result.largestChanges()).containsExactly(person);
    }

    @Test
    void eachPersonStartsTheYearWithFreshAccumulatorsAndTheCapStopsTheDraftInClaimOrder() {
        PolicyReplay replay = new PolicyReplay(DRAFT, NO_OTHER_REGION);
        Claim[] sixVisits = {outpatient("100"), outpatient("100"), outpatient("100"), outpatient("100"), outpatient("100"),
                outpatient("100")};

        // counter at 60% within 400: 360 basic, 240 personal; draft at 70%: 5 × 70 + the 50 left of the cap = 400, 200
        PersonDifference first = replay.person("P1", settled("P1", person(Category.ADULT), sixVisits));
        PersonDifference second = replay.person("P2", settled("P2", person(Category.ADULT), sixVisits));

        assertThat(first).isEqualTo(new PersonDifference("P1", yuan("240.00"), yuan("200.00"), yuan("-40.00")));
        assertThat(second).isEqualTo(new PersonDifference("P2", yuan("240.00"), yuan("200.00"), yuan("-40.00")));
        Result result = replay.result();
        assertThat(result.funds().actual().basicPool()).isEqualTo(yuan("720.00"));
        assertThat(result.funds().replayed().basicPool()).isEqualTo(yuan("800.00"));
        assertThat(result.claims()).isEqualTo(12);
        assertThat(result.payingLess()).isEqualTo(new PolicyReplay.Direction(2, yuan("-80.00")));
    }

    @Test
    void anInpatientStayTheDraftDoesNotChangeLeavesThePersonUnchanged() {
        PolicyReplay replay = new PolicyReplay(DRAFT, NO_OTHER_REGION);
        Claim stay = visit(VisitType.INPATIENT).item(CatalogClass.A, ItemCategory.TREATMENT, "30000").build();

        // POLICY.md worked example A: basic 17,400, personal 12,600 under either version
        PersonDifference person = replay.person("P1", settled("P1", person(Category.ADULT), stay));

        assertThat(person).isEqualTo(new PersonDifference("P1", yuan("12600.00"), yuan("12600.00"), yuan("0.00")));
        Result result = replay.result();
        assertThat(result.funds().difference().basicPool()).isEqualTo(yuan("0.00"));
        assertThat(result.unchanged()).isEqualTo(1);
        assertThat(result.largestChanges()).isEmpty();
        assertThat(result.byVisitType().get(VisitType.INPATIENT).claims()).isEqualTo(1);
    }

    @Test
    void claimsTheDraftRefusesOrThatFallOutsideItsYearAreCountedAndLeftOutOfBothSides() {
        PolicyReplay replay = new PolicyReplay(DRAFT, NO_OTHER_REGION);
        Insured adult = person(Category.ADULT);
        List<StoredClaim> claims = new ArrayList<>(settled("P1", adult, outpatient("100")));
        Claim lastYear = new Claim(VisitType.OUTPATIENT, 3, Claims.HOME, LocalDate.of(2025, 12, 30), null, List.of("I63.9"),
                List.of(new Claim.Line("X0", CatalogClass.A, ItemCategory.TREATMENT, yuan("100.00"))));
        claims.add(0, new StoredClaim("P1", new RatingInput(adult, lastYear), claims.get(0).actual()));
        // a maternity stay without its delivery case: the draft refuses it as the counter would have
        Claim noDelivery = visit(VisitType.MATERNITY).item(CatalogClass.A, ItemCategory.TREATMENT, "5000").build();
        claims.add(new StoredClaim("P1", new RatingInput(adult, noDelivery), claims.get(0).actual()));

        replay.person("P1", claims);

        Result result = replay.result();
        assertThat(result.outsideYear()).isEqualTo(1);
        assertThat(result.refused()).isEqualTo(1);
        assertThat(result.claims()).isEqualTo(1);
        assertThat(replay.claimsSeen()).isEqualTo(3);
        assertThat(result.funds().actual().basicPool()).isEqualTo(yuan("60.00"));
        assertThat(result.funds().replayed().basicPool()).isEqualTo(yuan("70.00"));
    }

    @Test
    void aPersonWithNoClaimTheDraftCanRateIsNotCounted() {
        PolicyReplay replay = new PolicyReplay(DRAFT, NO_OTHER_REGION);
        Claim noDelivery = visit(VisitType.MATERNITY).item(CatalogClass.A, ItemCategory.TREATMENT, "5000").build();
        StoredClaim refused = new StoredClaim("P1", new RatingInput(person(Category.ADULT), noDelivery),
                settled("P1", person(Category.ADULT), outpatient("1")).get(0).actual());

        assertThat(replay.person("P1", List.of(refused))).isNull();
        assertThat(replay.result().persons()).isZero();
    }

    @Test
    void theLargestChangesAreTheTenLargestDifferencesEitherWayLargestFirst() {
        PolicyReplay replay = new PolicyReplay(DRAFT, NO_OTHER_REGION);
        for (int i = 1; i <= 12; i++) {
            // i × 10 yuan at 10 points more: i yuan less each
            String id = "P%02d".formatted(i);
            replay.person(id, settled(id, person(Category.ADULT), outpatient(String.valueOf(i * 10))));
        }

        List<PersonDifference> largest = replay.result().largestChanges();

        assertThat(largest).hasSize(10);
        assertThat(largest).extracting(PersonDifference::insuredId)
                .containsExactly("P12", "P11", "P10", "P09", "P08", "P07", "P06", "P05", "P04", "P03");
        assertThat(largest.get(0).difference()).isEqualTo(yuan("-12.00"));
        assertThat(replay.result().payingLess()).isEqualTo(new PolicyReplay.Direction(12, yuan("-78.00")));
    }

    @Test
    void theDistributionSplitsThePersonalShareByCategoryAndVisitType() {
        PolicyReplay replay = new PolicyReplay(DRAFT, NO_OTHER_REGION);
        replay.person("A", settled("A", person(Category.ADULT), outpatient("100")));
        replay.person("S", settled("S", person(Category.STUDENT), outpatient("200"),
                visit(VisitType.INPATIENT).item(CatalogClass.A, ItemCategory.TREATMENT, "30000").build()));

        Result result = replay.result();

        assertThat(result.byCategory().get(Category.ADULT))
                .isEqualTo(new PolicyReplay.Slice(1, yuan("40.00"), yuan("30.00"), yuan("-10.00")));
        assertThat(result.byCategory().get(Category.STUDENT).claims()).isEqualTo(2);
        assertThat(result.byCategory().get(Category.STUDENT).difference()).isEqualTo(yuan("-20.00"));
        assertThat(result.byVisitType().get(VisitType.OUTPATIENT))
                .isEqualTo(new PolicyReplay.Slice(2, yuan("120.00"), yuan("90.00"), yuan("-30.00")));
        assertThat(result.byVisitType().get(VisitType.INPATIENT).difference()).isEqualTo(yuan("0.00"));
    }

    /**
     * A Binzhou resident's claim treated in Yantai (class B 20% in Yantai's catalogue): the counter and the replay
     * both rate it with Yantai's catalogue, so the draft's 70% changes only the ratio, on the same base of 171.
     */
    @Test
    void aRemoteClaimIsReplayedWithTheTreatingRegionsCatalogueAndTheDraftsRatio() {
        PolicyCatalog withYantai = PolicyCatalog.ofYearlyPolicies(List.of(REFERENCE.policy(),
                Claims.region("370600", "0.20", "0.70", "0.08")));
        Insured registered = Claims.registeredRemote(Category.ADULT);
        Claim inYantai = visit(VisitType.OUTPATIENT).in("370600").item(CatalogClass.A, ItemCategory.TREATMENT, "100")
                .item(CatalogClass.B, ItemCategory.TREATMENT, "100").build();
        Settlement counter = withYantai.rate(REFERENCE, registered, inYantai, Accumulators.NONE);
        PolicyReplay replay = new PolicyReplay(DRAFT, withYantai);

        PersonDifference person = replay.person("P1", List.of(new StoredClaim("P1", new RatingInput(registered, inYantai),
                counter.split())));

        // in scope 180, less the 5% remote first self-pay: 171; 60% at the counter = 102.60, 70% replayed = 119.70
        assertThat(counter.split().basicPool()).isEqualTo(yuan("102.60"));
        assertThat(person).isEqualTo(new PersonDifference("P1", yuan("97.40"), yuan("80.30"), yuan("-17.10")));
    }
}
