package cn.medins.settlement.it;

import static cn.medins.testing.ExactMoney.yuan;
import static cn.medins.settlement.it.Scenario.enrolled;
import static cn.medins.testing.TestTokens.asAgency;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import cn.medins.contracts.CloudEventHeaders;
import cn.medins.contracts.Topics;
import cn.medins.contracts.assistance.AssistanceEvents;
import cn.medins.contracts.assistance.AssistanceEvents.AdjudicationKind;
import cn.medins.contracts.assistance.AssistanceEvents.AssistanceAdjudicationRequested;
import cn.medins.contracts.coverage.CatalogClass;
import cn.medins.contracts.coverage.Category;
import cn.medins.contracts.coverage.VisitType;
import cn.medins.contracts.partner.NeedyCategory;
import cn.medins.contracts.settlement.SettlementEvents;
import cn.medins.testing.ExactMoney;
import cn.medins.testing.KafkaAndPostgresResource;
import cn.medins.testing.TestKafka;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

@QuarkusTest
@QuarkusTestResource(value = KafkaAndPostgresResource.class, initArgs = @ResourceArg(name = "database", value = "settlement"))
class AssistanceAdjudicationIT {

    @BeforeAll
    static void exactMoney() {
        ExactMoney.exactDecimals();
    }

    private static void request(String requestId, AdjudicationKind kind, Scenario.Person person, List<String> settlementIds) {
        Scenario.send(Topics.ASSISTANCE_EVENTS, person.insuredId, AssistanceEvents.ADJUDICATION_REQUESTED,
                new AssistanceAdjudicationRequested(requestId, kind, person.idNumber, person.insuredId, NeedyCategory.LOW_INCOME, 2026,
                        settlementIds, "test"));
    }

    private static List<JsonNode> answers(String requestId) {
        return TestKafka.readAll(Topics.SETTLEMENT_EVENTS).stream()
                .filter(r -> SettlementEvents.ASSISTANCE_ADJUDICATED.toString().equals(TestKafka.header(r, CloudEventHeaders.TYPE)))
                .map(AssistanceAdjudicationIT::json)
                .filter(answer -> answer.get("requestId").asText().equals(requestId))
                .toList();
    }

    private static JsonNode awaitAnswer(String requestId) {
        List<ConsumerRecord<String, byte[]>> records = TestKafka.readUntil(Topics.SETTLEMENT_EVENTS, Duration.ofSeconds(30),
                all -> all.stream().anyMatch(r -> TestKafka.value(r).contains(requestId)));
        return records.stream().filter(r -> TestKafka.value(r).contains(requestId)).map(AssistanceAdjudicationIT::json).findFirst()
                .orElseThrow();
    }

    private static JsonNode json(ConsumerRecord<String, byte[]> record) {
        try {
            return Scenario.JSON.readTree(record.value());
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Worked example C settled without the status, then re-adjudicated as LOW_INCOME: 14,794.50 owed. */
    private static String reAdjudicatedExampleC(Scenario.Person person) {
        String settlementId = person.claim(VisitType.INPATIENT).item(CatalogClass.A, "60000").settle().statusCode(201)
                .extract().path("settlementId");
        String requestId = "A-" + UUID.randomUUID();
        request(requestId, AdjudicationKind.RETROACTIVE, person, List.of(settlementId));
        assertThat(awaitAnswer(requestId).get("amount").decimalValue()).isEqualByComparingTo("14794.50");
        return settlementId;
    }

    @Test
    void retroactiveLowIncomeSettlesTheClaimAgainAtNeedyRatesOncePerRequestAndPaysEachFundsDifference() {
        Scenario.Person person = enrolled(Category.ADULT).publish();
        String settlementId = person.claim(VisitType.INPATIENT).item(CatalogClass.A, "60000").settle().statusCode(201)
                .body("criticalIllness", yuan("5760")).body("assistance", yuan("0")).extract().path("settlementId");
        String requestId = "A-" + UUID.randomUUID();

        request(requestId, AdjudicationKind.RETROACTIVE, person, List.of(settlementId));
        JsonNode answer = awaitAnswer(requestId);

        // Worked example C, settled before the grant: critical illness at needy rates is 11,115 (deductible 7,500, 65%)
        // where 5,760 was paid; assistance is 70% of the 13,485 then left. The person ends at a share of 4,045.50.
        assertThat(answer.get("amount").decimalValue()).isEqualByComparingTo("14794.50");
        assertThat(answer.at("/claims/0/settlementId").asText()).isEqualTo(settlementId);
        assertThat(answer.at("/claims/0/criticalIllness").decimalValue()).isEqualByComparingTo("5355");
        assertThat(answer.at("/claims/0/assistance").decimalValue()).isEqualByComparingTo("9439.50");
        assertThat(answer.at("/claims/0/amount").decimalValue()).isEqualByComparingTo("14794.50");
        assertThat(answer.get("insuredId").asText()).isEqualTo(person.insuredId);
        assertThat(answer.get("policyVersion").asText()).isEqualTo("371600-2026.1");

        request(requestId, AdjudicationKind.RETROACTIVE, person, List.of(settlementId));
        String later = "A-" + UUID.randomUUID();
        request(later, AdjudicationKind.RETROACTIVE, person, List.of(settlementId));
        // The later request is read after the repeat: once it is answered, the repeat has been handled too.
        assertThat(awaitAnswer(later).get("amount").decimalValue()).isEqualByComparingTo("0");

        assertThat(answers(requestId)).hasSize(1);
        asAgency().get("/persons/{id}/accumulators?year=2026", person.insuredId).then()
                .body("criticalIllness", yuan("11115"))
                .body("assistance", yuan("9439.50"))
                .body("residualBurden", yuan("4045.50"));
        asAgency().get("/settlements/{id}", settlementId).then()
                .body("adjudicated.criticalIllness", yuan("5355"))
                .body("adjudicated.assistance", yuan("9439.50"));
    }

    @Test
    void aLaterStayOfTheYearIsRatedOnTheReAdjudicatedTotalsAndNotChargedTheFirstStaysDifference() {
        Scenario.Person person = enrolled(Category.ADULT).publish();
        reAdjudicatedExampleC(person);
        person.needy(NeedyCategory.LOW_INCOME, java.time.LocalDate.of(2026, 1, 1));

        // A second stay of 30,000: basic 17,400, burden 12,600. The year's 37,200 entitles at needy rates to 19,305, of
        // which 11,115 was paid: 8,190. Assistance is 70% of the 4,410 left.
        person.claim(VisitType.INPATIENT).item(CatalogClass.A, "30000").settle().statusCode(201)
                .body("criticalIllness", yuan("8190"))
                .body("assistance", yuan("3087"));
    }

    @Test
    void reversingAClaimThatWasReAdjudicatedLeavesNoBurdenAndKeepsWhatWasPaidCounted() {
        Scenario.Person person = enrolled(Category.ADULT).publish();
        String settlementId = reAdjudicatedExampleC(person);

        asAgency().contentType(ContentType.JSON).body("{\"reason\":\"billing error\"}").post("/settlements/{id}/reversal", settlementId)
                .then().statusCode(200);

        // What the person was paid stands: the counter's 5,760 goes back with the claim, the 5,355 paid after it stays
        // in the year's critical-illness total as an overpayment the year's next claims pay off (POLICY.md, reversals).
        asAgency().get("/persons/{id}/accumulators?year=2026", person.insuredId).then()
                .body("criticalIllnessBurden", yuan("0"))
                .body("criticalIllness", yuan("5355"))
                .body("residualBurden", yuan("0"))
                .body("assistanceBurden", yuan("0"))
                .body("assistance", yuan("9439.50"));
    }

    @Test
    void reAssistancePaysSeventyPercentOfTheBurdenLeftAboveFiveThousand() {
        Scenario.Person person = enrolled(Category.ADULT).publish();
        String settlementId = person.claim(VisitType.INPATIENT).item(CatalogClass.A, "30000").settle().statusCode(201)
                .extract().path("settlementId");
        String requestId = "R-" + UUID.randomUUID();

        request(requestId, AdjudicationKind.RE_ASSISTANCE, person, List.of(settlementId));

        // burden left after all three layers 12,600: 70% of the 7,600 above 5,000.
        assertThat(awaitAnswer(requestId).get("amount").decimalValue()).isEqualByComparingTo("5320");
        asAgency().get("/persons/{id}/accumulators?year=2026", person.insuredId).then().body("reAssistance", yuan("5320"));
    }
}
