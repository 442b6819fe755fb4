package cn.medins.settlement.it;

import static cn.medins.settlement.it.Scenario.enrolled;
import static cn.medins.testing.TestTokens.asAgency;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.function.Function;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import cn.medins.contracts.claim.ClaimRequest;
import cn.medins.contracts.coverage.CatalogClass;
import cn.medins.contracts.coverage.Category;
import cn.medins.contracts.coverage.ChronicDisease;
import cn.medins.contracts.coverage.ItemCategory;
import cn.medins.contracts.coverage.MaternityCaseType;
import cn.medins.contracts.coverage.VisitType;
import cn.medins.contracts.partner.NeedyCategory;
import cn.medins.settlement.domain.PolicyReference;
import cn.medins.settlement.domain.PolicyReference.Split;
import cn.medins.testing.ExactMoney;
import cn.medins.testing.KafkaAndPostgresResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;

/**
 * A sample of {@code MoneyModelPropertiesTest} through the real interfaces: persons enrolled and made needy on Kafka,
 * claims settled, previewed, reversed and settled again over HTTP, in random order. After every step the response's
 * split and the person's accumulators from {@code GET /persons/{id}/accumulators} must be what the independent
 * {@link PolicyReference} says, to the fen. The seed is printed and can be fixed with {@code -Dmodel.seed=}.
 */
@QuarkusTest
@QuarkusTestResource(value = KafkaAndPostgresResource.class, initArgs = @ResourceArg(name = "database", value = "settlement"))
class MoneyModelIT {

    private static final int PERSONS = 12;
    private static final int STEPS = 14;
    private static final String REVERSAL = "{\"reason\":\"billing error\"}";
    private static final List<String> DIAGNOSES = List.of("I10", "E11.9", "I25.1", "I69.3", "N18.5", "I63.9", "J18.0");
    private static final List<String> REGIONS = List.of(Scenario.HOME, Scenario.HOME, Scenario.HOME, "370100", "110000");
    private static final List<ChronicDisease> HELD = List.of(ChronicDisease.HYPERTENSION, ChronicDisease.DIABETES,
            ChronicDisease.CORONARY_HEART_DISEASE);

    @BeforeAll
    static void exactMoney() {
        ExactMoney.exactDecimals();
    }

    /** A live claim: the request that settled it, its settlement id, the person as on its service date, its reference split. */
    private record Live(Scenario.Claim claim, String settlementId, PolicyReference.Person person, PolicyReference.Visit visit,
            Split reference) {
    }

    @Test
    void randomYearsThroughHttpSplitAndTotalAsTheReferenceSaysInAnyOrder() {
        long seed = Long.getLong("model.seed", System.nanoTime());
        System.out.println("MoneyModelIT seed " + seed);
        Random random = new Random(seed);
        for (int p = 0; p < PERSONS; p++) {
            oneYear(random, seed, p);
        }
    }

    private void oneYear(Random random, long seed, int p) {
        Category category = Category.values()[random.nextInt(Category.values().length)];
        boolean registered = random.nextBoolean();
        Set<ChronicDisease> held = EnumSet.noneOf(ChronicDisease.class);
        HELD.forEach(disease -> {
            if (random.nextInt(3) == 0) {
                held.add(disease);
            }
        });
        Scenario.Person person = enrolled(category);
        held.forEach(person::qualifiedFor);
        if (registered) {
            person.registeredFor("370100").registeredFor("110000");
        }
        person.publish();
        NeedyCategory needy = null;
        List<Live> live = new ArrayList<>();
        List<String> done = new ArrayList<>();
        for (int step = 0; step < STEPS; step++) {
            // every step on its own days, so that a needy status granted between two steps decides only the later claims
            LocalDate date = LocalDate.of(2026, 1, 5).plusDays(10L * step);
            PolicyReference.Person now = new PolicyReference.Person(category, Scenario.HOME, needy, Set.copyOf(held), registered);
            String at = "seed " + seed + ", person " + p + " (" + now + "), after " + done;
            int kind = random.nextInt(12);
            if (kind < 6 || live.isEmpty()) {
                PolicyReference.Visit visit = visit(random);
                Scenario.Claim claim = claim(person, visit, date);
                done.add("settle " + visit);
                Live settled = settle(claim, now, visit, live, at);
                if (settled != null) {
                    live.add(settled);
                }
            } else if (kind == 6) {
                PolicyReference.Visit visit = visit(random);
                done.add("preview " + visit);
                preview(claim(person, visit, date), now, visit, live, at);
            } else if (kind < 9) {
                Live reversed = live.remove(random.nextInt(live.size()));
                done.add("reverse " + reversed.visit());
                asAgency().contentType(ContentType.JSON).body(REVERSAL).post("/settlements/{id}/reversal", reversed.settlementId())
                        .then().statusCode(200);
            } else if (kind < 11) {
                Live reversed = live.remove(random.nextInt(live.size()));
                done.add("re-settle " + reversed.visit());
                asAgency().contentType(ContentType.JSON).body(REVERSAL).post("/settlements/{id}/reversal", reversed.settlementId())
                        .then().statusCode(200);
                Live again = settle(reversed.claim().requestId(Scenario.requestId()), reversed.person(), reversed.visit(), live, at);
                assertThat(again).as("a claim that settled once settles again, " + at).isNotNull();
                live.add(again);
            } else if (needy == null) {
                needy = NeedyCategory.values()[random.nextInt(NeedyCategory.values().length)];
                done.add("needy " + needy);
                person.needy(needy, date.plusDays(10));
            }
            // the accumulators rate overpayments with the status in force today: a grant made in this step counts
            PolicyReference.Person after = new PolicyReference.Person(category, Scenario.HOME, needy, Set.copyOf(held), registered);
            assertAccumulators(person, after, live, "seed " + seed + ", person " + p + " (" + after + "), after " + done);
        }
    }

    private static PolicyReference.Visit visit(Random random) {
        int pick = random.nextInt(10);
        VisitType type = pick < 3 ? VisitType.OUTPATIENT : pick < 7 ? VisitType.INPATIENT : pick < 9 ? VisitType.CHRONIC : VisitType.MATERNITY;
        int max = type == VisitType.OUTPATIENT || type == VisitType.CHRONIC ? 150_000 : 6_000_000;
        List<PolicyReference.Line> lines = new ArrayList<>();
        for (int i = 0, n = 1 + random.nextInt(3); i < n; i++) {
            int c = random.nextInt(10);
            CatalogClass catalogClass = c < 6 ? CatalogClass.A : c < 9 ? CatalogClass.B : CatalogClass.C;
            ItemCategory category = List.of(ItemCategory.DRUG, ItemCategory.EXAMINATION, ItemCategory.TREATMENT).get(random.nextInt(3));
            lines.add(new PolicyReference.Line(catalogClass, category, BigDecimal.valueOf(random.nextInt(max), 2)));
        }
        return new PolicyReference.Visit(type, 1 + random.nextInt(3), REGIONS.get(random.nextInt(REGIONS.size())), 1 + random.nextInt(3),
                List.of(DIAGNOSES.get(random.nextInt(DIAGNOSES.size()))), lines);
    }

    private static Scenario.Claim claim(Scenario.Person person, PolicyReference.Visit visit, LocalDate date) {
        Scenario.Claim claim = person.claim(visit.type()).level(visit.level()).in(visit.region()).admitted(date)
                .diagnosis(visit.diagnoses().get(0));
        if (visit.type() == VisitType.MATERNITY) {
            claim.delivery(new ClaimRequest.Maternity(MaternityCaseType.SINGLE_VAGINAL, visit.birthOrder(), 1));
        }
        visit.lines().forEach(line -> claim.item(line.catalogClass(), line.category(), line.amount().toPlainString()));
        return claim;
    }

    private static Live settle(Scenario.Claim claim, PolicyReference.Person person, PolicyReference.Visit visit, List<Live> live,
            String at) {
        Split expected = expected(person, visit, live);
        ExtractableResponse<Response> response = claim.settle().extract();
        if (expected == null) {
            assertThat(response.statusCode()).as("POLICY refuses, " + at).isEqualTo(422);
            return null;
        }
        assertThat(response.statusCode()).as("POLICY settles, " + at + ": " + response.asString()).isEqualTo(201);
        assertSplit(response.jsonPath(), expected, at);
        return new Live(claim, response.path("settlementId"), person, visit, expected);
    }

    private static void preview(Scenario.Claim claim, PolicyReference.Person person, PolicyReference.Visit visit, List<Live> live,
            String at) {
        Split expected = expected(person, visit, live);
        ExtractableResponse<Response> response = claim.preview().extract();
        assertThat(response.statusCode()).as("preview, " + at + ": " + response.asString()).isEqualTo(expected == null ? 422 : 200);
        if (expected != null) {
            assertSplit(response.jsonPath(), expected, at);
        }
    }

    private static Split expected(PolicyReference.Person person, PolicyReference.Visit visit, List<Live> live) {
        try {
            return PolicyReference.settle(person, visit, live.stream().map(Live::reference).toList());
        } catch (PolicyReference.Refused refused) {
            return null;
        }
    }

    private static void assertSplit(JsonPath split, Split expected, String at) {
        assertThat(List.of("total", "inScope", "basicPool", "largeMedical", "criticalIllness", "assistance", "maternityFund", "personal")
                .stream().map(split::<BigDecimal>get).toList())
                .as("total, inScope, basic, large medical, critical illness, assistance, maternity fund, personal; " + at)
                .usingElementComparator(BigDecimal::compareTo)
                .containsExactly(expected.total(), expected.inScope(), expected.basic(), expected.largeMedical(), expected.criticalIllness(),
                        expected.assistance(), expected.maternityFund(), expected.personal());
    }

    private static void assertAccumulators(Scenario.Person person, PolicyReference.Person now, List<Live> live, String at) {
        JsonPath year = asAgency().get("/persons/{id}/accumulators?year=2026", person.insuredId).then().statusCode(200).extract().jsonPath();
        List<Split> splits = live.stream().map(Live::reference).toList();
        List<Function<Split, BigDecimal>> figures = List.of(Split::outpatientBasic, Split::twoDiseaseBasic, Split::inpatientBasic,
                Split::largeMedical, Split::ciBurden, Split::criticalIllness, Split::assistBurden, Split::assistance);
        assertThat(List.of("outpatientBasic", "twoDiseaseDrugsBasic", "inpatientBasic", "largeMedical", "criticalIllnessBurden",
                "criticalIllness", "assistanceBurden", "assistance").stream().map(year::<BigDecimal>get).toList())
                .as("the year's totals, " + at)
                .usingElementComparator(BigDecimal::compareTo)
                .containsExactlyElementsOf(figures.stream().map(figure -> PolicyReference.sum(splits, figure)).toList());
        assertThat(year.getInt("inpatientStays")).as("stays, " + at).isEqualTo((int) splits.stream().filter(Split::stay).count());
        if (now.resident() && live.stream().allMatch(l -> l.person().core() == now.core())) {
            BigDecimal paid = PolicyReference.sum(splits, Split::criticalIllness);
            BigDecimal entitled = PolicyReference.ciEntitlement(PolicyReference.sum(splits, Split::ciBurden), now.core());
            assertThat(year.<BigDecimal>get("overpaid.criticalIllness")).as("critical illness overpaid, " + at)
                    .isEqualByComparingTo(paid.subtract(entitled).max(BigDecimal.ZERO));
        }
    }
}
