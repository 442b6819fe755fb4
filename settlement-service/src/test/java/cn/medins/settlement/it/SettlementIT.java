package cn.medins.settlement.it;

import static cn.medins.testing.ExactMoney.yuan;
import static cn.medins.settlement.it.Scenario.DATABASE;
import static cn.medins.settlement.it.Scenario.enrolled;
import static cn.medins.testing.TestTokens.asAgency;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.notNullValue;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import cn.medins.contracts.CloudEventHeaders;
import cn.medins.contracts.Topics;
import cn.medins.contracts.claim.ClaimRequest;
import cn.medins.contracts.coverage.CatalogClass;
import cn.medins.contracts.coverage.ItemCategory;
import cn.medins.contracts.coverage.ChronicDisease;
import cn.medins.contracts.coverage.Category;
import cn.medins.contracts.coverage.MaternityCaseType;
import cn.medins.contracts.coverage.VisitType;
import cn.medins.contracts.partner.NeedyCategory;
import cn.medins.contracts.settlement.SettlementEvents;
import cn.medins.testing.ExactMoney;
import cn.medins.testing.KafkaAndPostgresResource;
import cn.medins.testing.TestDatabase;
import cn.medins.testing.TestKafka;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

@QuarkusTest
@QuarkusTestResource(value = KafkaAndPostgresResource.class, initArgs = @ResourceArg(name = "database", value = "settlement"))
class SettlementIT {

    @BeforeAll
    static void exactMoney() {
        ExactMoney.exactDecimals();
    }

    @Test
    void workedExampleAOverHttp() {
        Scenario.Person person = enrolled(Category.ADULT).publish();

        person.claim(VisitType.INPATIENT).item(CatalogClass.A, "30000").settle()
                .statusCode(201)
                .body("settlementId", notNullValue())
                .body("policyVersion", equalTo("371600-2026.1"))
                .body("status", equalTo("SETTLED"))
                .body("total", yuan("30000"))
                .body("inScope", yuan("30000"))
                .body("deductibleApplied", yuan("1000"))
                .body("basicPool", yuan("17400"))
                .body("criticalIllness", yuan("0"))
                .body("personal", yuan("12600"))
                .body("lines.step", hasItems("total", "inScope", "deductibleApplied", "basicPool", "criticalIllness", "personal"));
    }

    /**
     * POLICY.md: the hypertension/diabetes benefit is for outpatient drugs. A qualified resident's visit pays its drugs
     * under it and the rest as general outpatient care; once its 300 cap is used, the drugs are general outpatient too.
     */
    @Test
    void theHypertensionDrugBenefitPaysTheDrugsAndAfterItsCapTheVisitGetsTheGeneralOutpatientBenefit() {
        Scenario.Person person = enrolled(Category.ADULT).qualifiedFor(ChronicDisease.HYPERTENSION).publish();

        person.claim(VisitType.OUTPATIENT).diagnosis("I10").item(CatalogClass.A, ItemCategory.DRUG, "100")
                .item(CatalogClass.A, ItemCategory.EXAMINATION, "200").settle()
                .statusCode(201)
                .body("basicPool", yuan("180"))
                .body("personal", yuan("120"));
        person.claim(VisitType.OUTPATIENT).diagnosis("I10").item(CatalogClass.A, ItemCategory.DRUG, "500").settle()
                .statusCode(201)
                .body("basicPool", yuan("300"));
        // 240 of the 300 cap was left: it pays on 400 of the drugs, general outpatient 60% on the other 100
        asAgency().get("/persons/{id}/accumulators?year=2026", person.insuredId).then().statusCode(200)
                .body("twoDiseaseDrugsBasic", yuan("300"))
                .body("outpatientBasic", yuan("180"));
        person.claim(VisitType.OUTPATIENT).diagnosis("I10").item(CatalogClass.A, ItemCategory.DRUG, "100").settle()
                .statusCode(201)
                .body("basicPool", yuan("60"));
        asAgency().get("/persons/{id}/accumulators?year=2026", person.insuredId).then().statusCode(200)
                .body("twoDiseaseDrugsBasic", yuan("300"))
                .body("outpatientBasic", yuan("240"));
    }

    @Test
    void workedExampleBOverHttp() {
        Scenario.Person person = enrolled(Category.RETIRED).publish();

        person.claim(VisitType.INPATIENT).item(CatalogClass.A, "36000").item(CatalogClass.B, "4000").settle()
                .statusCode(201)
                .body("total", yuan("40000"))
                .body("inScope", yuan("39600"))
                .body("deductibleApplied", yuan("800"))
                .body("basicPool", yuan("36360"))
                .body("personal", yuan("3640"));
    }

    @Test
    void workedExampleCOverHttpGivesTheNeedyPersonOneStopAssistance() {
        Scenario.Person person = enrolled(Category.ADULT).publish().needy(NeedyCategory.LOW_INCOME, LocalDate.of(2026, 1, 1));

        person.claim(VisitType.INPATIENT).item(CatalogClass.A, "60000").settle()
                .statusCode(201)
                .body("basicPool", yuan("35400"))
                .body("criticalIllness", yuan("11115"))
                .body("assistance", yuan("9439.50"))
                .body("personal", yuan("4045.50"));
        asAgency().get("/persons/{id}/accumulators?year=2026", person.insuredId).then().statusCode(200)
                .body("assistance", yuan("9439.50"))
                .body("criticalIllness", yuan("11115"))
                .body("inpatientStays", equalTo(1));
    }

    @Test
    void aNewbornIsSettledOnTheBirthCertificateBeforeAnyIdNumberExists() {
        Scenario.Person newborn = Scenario.newborn().publish();

        newborn.claim(VisitType.INPATIENT).level(2).diagnosis("P07.3").item(CatalogClass.A, "8000").settle()
                .statusCode(201)
                .body("insuredId", equalTo(newborn.insuredId))
                .body("deductibleApplied", yuan("500"))
                .body("basicPool", yuan("5625"));
    }

    @Test
    void needyStatusStartingAfterTheServiceDateGivesNoAssistance() {
        Scenario.Person person = enrolled(Category.ADULT).publish().needy(NeedyCategory.LOW_INCOME, LocalDate.of(2026, 9, 1));

        person.claim(VisitType.INPATIENT).item(CatalogClass.A, "60000").settle()
                .statusCode(201)
                .body("criticalIllness", yuan("5760"))
                .body("assistance", yuan("0"));
    }

    @Test
    void remoteCareWithoutRegistrationCostsFivePercentFirstAndTenPoints() {
        Scenario.Person unregistered = enrolled(Category.ADULT).publish();
        Scenario.Person registered = enrolled(Category.ADULT).registeredFor("110000").publish();

        unregistered.claim(VisitType.INPATIENT).in("110000").item(CatalogClass.A, "30000").settle().statusCode(201)
                .body("remoteFirstSelfPay", yuan("1500"))
                .body("basicPool", yuan("13750"));
        registered.claim(VisitType.INPATIENT).in("110000").item(CatalogClass.A, "30000").settle().statusCode(201)
                .body("remoteFirstSelfPay", yuan("1500"))
                .body("basicPool", yuan("16500"));
    }

    @Test
    void classBIsPartlyAndClassCNotInScope() {
        Scenario.Person person = enrolled(Category.ACTIVE).publish();

        person.claim(VisitType.OUTPATIENT).item(CatalogClass.A, "100").item(CatalogClass.B, "100").item(CatalogClass.C, "50").settle()
                .statusCode(201)
                .body("total", yuan("250"))
                .body("inScope", yuan("190"))
                .body("basicPool", yuan("123.50"))
                .body("personal", yuan("126.50"));
    }

    @Test
    void theOutpatientCapLimitsTheYearAcrossClaims() {
        Scenario.Person person = enrolled(Category.ADULT).publish();

        person.claim(VisitType.OUTPATIENT).item(CatalogClass.A, "500").settle().statusCode(201).body("basicPool", yuan("300"));
        person.claim(VisitType.OUTPATIENT).item(CatalogClass.A, "500").settle().statusCode(201).body("basicPool", yuan("100"));
        person.claim(VisitType.OUTPATIENT).item(CatalogClass.A, "500").settle().statusCode(201).body("basicPool", yuan("0"));
        asAgency().get("/persons/{id}/accumulators?year=2026", person.insuredId).then().body("outpatientBasic", yuan("400"));
    }

    @Test
    void aResidentsThirdStayOfTheYearHasNoDeductible() {
        Scenario.Person person = enrolled(Category.ADULT).publish();

        for (int stay = 1; stay <= 2; stay++) {
            person.claim(VisitType.INPATIENT).level(2).item(CatalogClass.A, "10000").settle().statusCode(201)
                    .body("deductibleApplied", yuan("500"));
        }
        person.claim(VisitType.INPATIENT).level(2).item(CatalogClass.A, "10000").settle().statusCode(201)
                .body("deductibleApplied", yuan("0"))
                .body("basicPool", yuan("7500"));
    }

    @Test
    void employeeMaternityInsideTheProvinceMergesThePrenatalAllowance() {
        Scenario.Person person = enrolled(Category.ACTIVE).publish();

        person.claim(VisitType.MATERNITY).in("370100").diagnosis("O80.0")
                .delivery(new ClaimRequest.Maternity(MaternityCaseType.SINGLE_VAGINAL, 1, 1))
                .item(CatalogClass.A, "5000").settle().statusCode(201)
                .body("remoteFirstSelfPay", yuan("250"))
                .body("basicPool", yuan("0"))
                .body("maternityFund", yuan("4400"))
                .body("personal", yuan("600"));
    }

    @Test
    void theSameRequestIdSettlesOnceAndReturnsTheFirstResult() {
        Scenario.Person person = enrolled(Category.ADULT).publish();
        Scenario.Claim claim = person.claim(VisitType.OUTPATIENT).item(CatalogClass.A, "100");

        String first = claim.settle().statusCode(201).extract().asString();
        String again = claim.settle().statusCode(200).extract().asString();

        assertThat(again).isEqualTo(first);
        assertThat(TestDatabase.number(DATABASE, "select count(*) from settlement where request_id = ?", claim.requestId())).isEqualTo(1);
        asAgency().get("/persons/{id}/accumulators?year=2026", person.insuredId).then().body("outpatientBasic", yuan("60"));
    }

    @Test
    void aPreviewComputesTheSplitAndSavesNothing() {
        Scenario.Person person = enrolled(Category.ADULT).publish();
        Scenario.Claim claim = person.claim(VisitType.INPATIENT).item(CatalogClass.A, "30000");

        claim.preview().statusCode(200).body("status", equalTo("PREVIEW")).body("basicPool", yuan("17400"));

        assertThat(TestDatabase.number(DATABASE, "select count(*) from settlement where insured_id = ?", person.insuredId)).isZero();
        asAgency().get("/persons/{id}/accumulators?year=2026", person.insuredId).then().body("inpatientBasic", yuan("0"));
        claim.settle().statusCode(201);
    }

    @Test
    void claimSettledCarriesThePatientTheItemsAndTheFullSplit() throws Exception {
        Scenario.Person person = enrolled(Category.ADULT).publish();
        String settlementId = person.claim(VisitType.INPATIENT).diagnosis("I63.9").item(CatalogClass.A, "30000").settle()
                .statusCode(201).extract().path("settlementId");

        List<ConsumerRecord<String, byte[]>> records = TestKafka.readUntil(Topics.SETTLEMENT_EVENTS, Duration.ofSeconds(30),
                all -> all.stream().anyMatch(r -> TestKafka.value(r).contains(settlementId)));
        ConsumerRecord<String, byte[]> record = records.stream().filter(r -> TestKafka.value(r).contains(settlementId)).findFirst().orElseThrow();
        JsonNode event = Scenario.JSON.readTree(record.value());

        assertThat(record.key()).isEqualTo(person.insuredId);
        assertThat(TestKafka.header(record, CloudEventHeaders.TYPE)).isEqualTo(SettlementEvents.CLAIM_SETTLED.toString());
        assertThat(event.at("/patient/idNumber").asText()).isEqualTo(person.idNumber);
        assertThat(event.at("/patient/category").asText()).isEqualTo("ADULT");
        assertThat(event.at("/institutionLevel").asInt()).isEqualTo(3);
        assertThat(event.at("/diagnoses/0/code").asText()).isEqualTo("I63.9");
        assertThat(event.at("/items/0/amount").decimalValue()).isEqualByComparingTo("30000");
        assertThat(event.at("/split/basicPool").decimalValue()).isEqualByComparingTo("17400");
        assertThat(event.at("/split/personal").decimalValue()).isEqualByComparingTo("12600");
        assertThat(event.at("/policyVersion").asText()).isEqualTo("371600-2026.1");
    }

    @Test
    void aPersonNotCoveredOnTheServiceDateIsRefusedNamingTheField() {
        Scenario.Person person = enrolled(Category.ADULT).publish();

        person.claim(VisitType.INPATIENT).admitted(LocalDate.of(2025, 6, 1)).item(CatalogClass.A, "100").settle()
                .statusCode(422)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("$.dischargeDate"));
        assertThat(TestDatabase.number(DATABASE, "select count(*) from settlement where insured_id = ?", person.insuredId)).isZero();
    }

    @Test
    void aDischargeBeforeTheAdmissionIsRefusedNamingTheFieldAndSavesNothing() {
        Scenario.Person person = enrolled(Category.ADULT).publish();

        person.claim(VisitType.INPATIENT).admitted(LocalDate.of(2026, 4, 10)).discharged(LocalDate.of(2026, 4, 9))
                .item(CatalogClass.A, "100").settle()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("$.dischargeDate"));
        assertThat(TestDatabase.number(DATABASE, "select count(*) from settlement where insured_id = ?", person.insuredId)).isZero();
    }

    @Test
    void anUnknownPersonAnInvalidIdNumberAnUnknownLevelAndANegativeAmountAreRefused() {
        enrolled(Category.ADULT).claim(VisitType.OUTPATIENT).item(CatalogClass.A, "100").settle()
                .statusCode(422).body("errors[0].field", equalTo("$.idNumber"));

        Scenario.Person person = enrolled(Category.ADULT).publish();
        String badCheckDigit = person.claim(VisitType.OUTPATIENT).item(CatalogClass.A, "100").json()
                .replace(person.idNumber, person.idNumber.substring(0, 17) + (person.idNumber.charAt(17) == '1' ? "2" : "1"));
        asAgency().contentType(ContentType.JSON).body(badCheckDigit).post("/settlements")
                .then().statusCode(422).body("errors[0].field", equalTo("$.idNumber"));

        person.claim(VisitType.INPATIENT).level(4).item(CatalogClass.A, "100").settle()
                .statusCode(422).body("errors[0].field", equalTo("$.institutionLevel"));
        person.claim(VisitType.OUTPATIENT).item(CatalogClass.A, "-1").settle()
                .statusCode(422).body("errors[0].field", equalTo("$.items[0].unitPrice"));
        assertThat(TestDatabase.number(DATABASE, "select count(*) from settlement where insured_id = ?", person.insuredId)).isZero();
    }

    @Test
    void aVisitTypeThePolicyDoesNotKnowIsRefused() {
        Scenario.Person person = enrolled(Category.ADULT).publish();
        String dental = person.claim(VisitType.OUTPATIENT).item(CatalogClass.A, "100").json().replace("\"OUTPATIENT\"", "\"DENTAL\"");

        asAgency().contentType(ContentType.JSON).body(dental).post("/settlements")
                .then().statusCode(422).contentType("application/problem+json").body("errors[0].field", equalTo("$.visitType"));
        String badClass = person.claim(VisitType.OUTPATIENT).item(CatalogClass.A, "100").json().replace("\"catalogClass\":\"A\"",
                "\"catalogClass\":\"Z\"");
        asAgency().contentType(ContentType.JSON).body(badClass).post("/settlements")
                .then().statusCode(400).body("errors[0].field", equalTo("$.items[0].catalogClass"));
    }

    @Test
    void aMalformedClaimIsABadRequestNamingTheField() {
        Scenario.Person person = enrolled(Category.ADULT).publish();
        String noItems = person.claim(VisitType.OUTPATIENT).json();

        asAgency().contentType(ContentType.JSON).body(noItems).post("/settlements")
                .then().statusCode(400).body("errors[0].field", equalTo("$.items"));
    }
}
