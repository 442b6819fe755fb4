package cn.medins.settlement.it;

import static cn.medins.testing.ExactMoney.yuan;
import static cn.medins.settlement.it.Scenario.enrolled;
import static cn.medins.testing.TestTokens.asAgency;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import cn.medins.contracts.CloudEventHeaders;
import cn.medins.contracts.Topics;
import cn.medins.contracts.coverage.CatalogClass;
import cn.medins.contracts.coverage.Category;
import cn.medins.contracts.coverage.VisitType;
import cn.medins.contracts.settlement.SettlementEvents;
import cn.medins.testing.ExactMoney;
import cn.medins.testing.KafkaAndPostgresResource;
import cn.medins.testing.TestKafka;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;

@QuarkusTest
@QuarkusTestResource(value = KafkaAndPostgresResource.class, initArgs = @ResourceArg(name = "database", value = "settlement"))
class ReversalAndConcurrencyIT {

    private static final String REVERSAL = "{\"reason\":\"billing error\"}";
    private static final List<String> SPLIT_FIGURES = List.of("total", "inScope", "remoteFirstSelfPay", "deductibleApplied",
            "basicPool", "largeMedical", "criticalIllness", "assistance", "maternityFund", "personal");

    @BeforeAll
    static void exactMoney() {
        ExactMoney.exactDecimals();
    }

    /**
     * Issue 23, case 1, through HTTP: two level-3 stays of 50,000 (March, April); March is reversed and settled again.
     * The two live stays entitle to 15,720 of critical illness in all; before, the re-settled March was paid 12,360
     * again, 24,720 in all.
     */
    @Test
    void reversingTheEarlierOfTwoStaysAndSettlingItAgainPaysCriticalIllnessWhatTheLiveStaysEntitleTo() {
        Scenario.Person person = enrolled(Category.ADULT).publish();
        Scenario.Claim march = person.claim(VisitType.INPATIENT).admitted(LocalDate.of(2026, 3, 2)).item(CatalogClass.A, "50000");
        String marchId = march.settle().statusCode(201).body("criticalIllness", yuan("3360")).extract().path("settlementId");
        person.claim(VisitType.INPATIENT).admitted(LocalDate.of(2026, 4, 6)).item(CatalogClass.A, "50000")
                .settle().statusCode(201).body("criticalIllness", yuan("12360"));

        asAgency().contentType(ContentType.JSON).body(REVERSAL).post("/settlements/{id}/reversal", marchId).then().statusCode(200);
        // April's 12,360 now stands against a burden of 20,600 that entitles to 3,360: 9,000 overpaid
        asAgency().get("/persons/{id}/accumulators?year=2026", person.insuredId).then()
                .body("criticalIllness", yuan("12360"))
                .body("overpaid.criticalIllness", yuan("9000"))
                .body("overpaid.assistance", yuan("0"));
        person.claim(VisitType.INPATIENT).admitted(LocalDate.of(2026, 3, 2)).item(CatalogClass.A, "50000")
                .settle().statusCode(201).body("criticalIllness", yuan("3360"));

        asAgency().get("/persons/{id}/accumulators?year=2026", person.insuredId).then()
                .body("criticalIllnessBurden", yuan("41200"))
                .body("criticalIllness", yuan("15720"))
                .body("overpaid.criticalIllness", yuan("0"));
    }

    @Test
    void concurrentClaimsOfOnePersonNeverSpendTheSameRemainingCap() throws Exception {
        Scenario.Person person = enrolled(Category.ADULT).publish();
        List<Callable<Response>> claims = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            String body = person.claim(VisitType.OUTPATIENT).item(CatalogClass.A, "100").json();
            claims.add(() -> asAgency().contentType(ContentType.JSON).body(body).post("/settlements"));
        }

        ExecutorService pool = Executors.newFixedThreadPool(12);
        BigDecimal paid = BigDecimal.ZERO;
        try {
            for (Future<Response> response : pool.invokeAll(claims)) {
                assertThat(response.get().statusCode()).isEqualTo(201);
                paid = paid.add(new BigDecimal(response.get().jsonPath().getString("basicPool")));
            }
        } finally {
            pool.shutdown();
        }

        // 12 claims would be paid 60 each, 720; the resident outpatient cap is 400, and no two claims shared what was left.
        assertThat(paid).isEqualByComparingTo("400");
        asAgency().get("/persons/{id}/accumulators?year=2026", person.insuredId).then().body("outpatientBasic", yuan("400"));
    }

    @Test
    void concurrentRepeatsOfOneRequestSettleItOnce() throws Exception {
        Scenario.Person person = enrolled(Category.ADULT).publish();
        String body = person.claim(VisitType.OUTPATIENT).item(CatalogClass.A, "100").json();
        List<Callable<Response>> repeats = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            repeats.add(() -> asAgency().contentType(ContentType.JSON).body(body).post("/settlements"));
        }

        ExecutorService pool = Executors.newFixedThreadPool(6);
        List<String> settlementIds = new ArrayList<>();
        int created = 0;
        try {
            for (Future<Response> response : pool.invokeAll(repeats)) {
                assertThat(response.get().statusCode()).isIn(200, 201);
                created += response.get().statusCode() == 201 ? 1 : 0;
                settlementIds.add(response.get().jsonPath().getString("settlementId"));
            }
        } finally {
            pool.shutdown();
        }

        assertThat(created).isEqualTo(1);
        assertThat(settlementIds).containsOnly(settlementIds.get(0));
        asAgency().get("/persons/{id}/accumulators?year=2026", person.insuredId).then().body("outpatientBasic", yuan("60"));
    }

    @Test
    void reversalRestoresTheAccumulatorsPublishesAndReSettlingGivesTheSameSplit() {
        Scenario.Person person = enrolled(Category.ADULT).publish();
        person.claim(VisitType.INPATIENT).item(CatalogClass.A, "30000").settle().statusCode(201);
        Response second = person.claim(VisitType.INPATIENT).item(CatalogClass.A, "30000").settle().statusCode(201)
                .body("criticalIllness", yuan("6120")).extract().response();
        String settlementId = second.path("settlementId");

        asAgency().contentType(ContentType.JSON).body(REVERSAL).post("/settlements/{id}/reversal", settlementId)
                .then().statusCode(200).body("status", equalTo("REVERSED")).body("reversalReason", equalTo("billing error"));

        asAgency().get("/persons/{id}/accumulators?year=2026", person.insuredId).then()
                .body("inpatientBasic", yuan("17400"))
                .body("criticalIllnessBurden", yuan("12600"))
                .body("criticalIllness", yuan("0"))
                .body("inpatientStays", equalTo(1));
        asAgency().get("/settlements/{id}", settlementId).then().statusCode(200).body("status", equalTo("REVERSED"));
        List<ConsumerRecord<String, byte[]>> records = TestKafka.readUntil(Topics.SETTLEMENT_EVENTS, Duration.ofSeconds(30),
                all -> all.stream().anyMatch(r -> isReversalOf(r, settlementId)));
        assertThat(records.stream().filter(r -> isReversalOf(r, settlementId))).singleElement()
                .satisfies(r -> assertThat(r.key()).isEqualTo(person.insuredId));

        Response again = person.claim(VisitType.INPATIENT).item(CatalogClass.A, "30000").settle().statusCode(201)
                .extract().response();
        for (String figure : SPLIT_FIGURES) {
            assertThat(again.jsonPath().getString(figure)).as(figure).isEqualTo(second.jsonPath().getString(figure));
        }
    }

    @Test
    void reversingTwiceIsAConflictAndAnUnknownSettlementIsNotFound() {
        Scenario.Person person = enrolled(Category.ADULT).publish();
        String settlementId = person.claim(VisitType.OUTPATIENT).item(CatalogClass.A, "100").settle().statusCode(201)
                .extract().path("settlementId");

        asAgency().contentType(ContentType.JSON).body(REVERSAL).post("/settlements/{id}/reversal", settlementId).then().statusCode(200);
        asAgency().contentType(ContentType.JSON).body(REVERSAL).post("/settlements/{id}/reversal", settlementId)
                .then().statusCode(409).contentType("application/problem+json");
        asAgency().contentType(ContentType.JSON).body(REVERSAL).post("/settlements/{id}/reversal", "no-such-settlement").then().statusCode(404);
        asAgency().get("/persons/{id}/accumulators?year=2026", person.insuredId).then().body("outpatientBasic", yuan("0"));
    }

    private static boolean isReversalOf(ConsumerRecord<String, byte[]> record, String settlementId) {
        return SettlementEvents.SETTLEMENT_REVERSED.toString().equals(TestKafka.header(record, CloudEventHeaders.TYPE))
                && TestKafka.value(record).contains(settlementId);
    }
}
