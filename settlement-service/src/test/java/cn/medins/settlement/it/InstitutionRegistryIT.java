package cn.medins.settlement.it;

import static cn.medins.settlement.it.Scenario.DATABASE;
import static cn.medins.settlement.it.Scenario.enrolled;
import static cn.medins.testing.ExactMoney.yuan;
import static cn.medins.testing.TestTokens.asAgency;
import static cn.medins.testing.TestTokens.asInstitution;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import cn.medins.contracts.Topics;
import cn.medins.contracts.audit.AuditEvents;
import cn.medins.contracts.audit.AuditEvents.InstitutionGraded;
import cn.medins.contracts.coverage.CatalogClass;
import cn.medins.contracts.coverage.Category;
import cn.medins.contracts.coverage.VisitType;
import cn.medins.testing.ExactMoney;
import cn.medins.testing.KafkaAndPostgresResource;
import cn.medins.testing.TestDatabase;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

/** Issue 25, institutions: each test is an attack on the counter, or on the registry, and what stops it. */
@QuarkusTest
@QuarkusTestResource(value = KafkaAndPostgresResource.class, initArgs = @ResourceArg(name = "database", value = DATABASE))
class InstitutionRegistryIT {

    @BeforeAll
    static void exactMoney() {
        ExactMoney.exactDecimals();
    }

    /** Worked example A at the level-3 hospital H3716001 pays 17,400; declared as level 1 it paid 26,820. */
    @Test
    void aLevelThreeHospitalDeclaringLevelOneIsRefusedNamingTheLevelAndNothingIsSettled() {
        Scenario.Person person = enrolled(Category.ADULT).publish();
        Scenario.Claim claim = person.claim(VisitType.INPATIENT).at("H3716001").level(1).item(CatalogClass.A, "30000");

        asInstitution("H3716001").contentType(ContentType.JSON).body(claim.json()).post("/settlements").then()
                .statusCode(422).contentType("application/problem+json")
                .body("errors[0].field", equalTo("$.institutionLevel"))
                .body("errors[0].message", equalTo("must be 3, the level of H3716001 in the registry"));
        asInstitution("H3716001").contentType(ContentType.JSON).body(claim.json()).post("/settlements/preview").then()
                .statusCode(422).body("errors[0].field", equalTo("$.institutionLevel"));
        assertThat(TestDatabase.number(DATABASE, "select count(*) from settlement where insured_id = ?", person.insuredId)).isZero();

        person.claim(VisitType.INPATIENT).at("H3716001").level(3).item(CatalogClass.A, "30000").settle()
                .statusCode(201).body("basicPool", yuan("17400"));
    }

    @Test
    void aHospitalDeclaringAnotherRegionIsRefusedNamingTheRegion() {
        Scenario.Person person = enrolled(Category.ADULT).publish();

        person.claim(VisitType.OUTPATIENT).at("H3716001").level(3).in("370100").item(CatalogClass.A, "100").settle()
                .statusCode(422).body("errors[0].field", equalTo("$.institutionRegionCode"));
        assertThat(TestDatabase.number(DATABASE, "select count(*) from settlement where insured_id = ?", person.insuredId)).isZero();
    }

    @Test
    void anInstitutionTheRegistryDoesNotKnowSettlesNothingEvenWithItsOwnToken() {
        Scenario.Person person = enrolled(Category.ADULT).publish();
        String json = person.claim(VisitType.OUTPATIENT).at("H3716001").item(CatalogClass.A, "100").json().replace("H3716001", "H9999999");

        asInstitution("H9999999").contentType(ContentType.JSON).body(json).post("/settlements").then()
                .statusCode(422).body("type", org.hamcrest.Matchers.endsWith("unknown-institution"))
                .body("errors[0].field", equalTo("$.institutionId"));
        assertThat(TestDatabase.number(DATABASE, "select count(*) from settlement where insured_id = ?", person.insuredId)).isZero();
    }

    @Test
    void aSuspendedInstitutionIsRefusedUntilReinstatedAndATerminatedOneForGood() {
        String hospital = "TSUSP" + System.nanoTime() % 1_000_000_000L;
        register(hospital, 2).statusCode(201).body("status", equalTo("ACTIVE")).body("changedBy", equalTo("local-agency"));
        Scenario.Person person = enrolled(Category.ADULT).publish();
        person.claim(VisitType.OUTPATIENT).at(hospital).level(2).item(CatalogClass.A, "100").settle().statusCode(201);

        status(hospital, "SUSPENDED", "caught billing phantom stays").statusCode(200).body("status", equalTo("SUSPENDED"));
        person.claim(VisitType.OUTPATIENT).at(hospital).level(2).item(CatalogClass.A, "100").settle()
                .statusCode(422).body("type", org.hamcrest.Matchers.endsWith("institution-suspended"))
                .body("errors[0].field", equalTo("$.institutionId"));
        person.claim(VisitType.OUTPATIENT).at(hospital).level(2).item(CatalogClass.A, "100").preview().statusCode(422);

        status(hospital, "ACTIVE", "rectified").statusCode(200);
        person.claim(VisitType.OUTPATIENT).at(hospital).level(2).item(CatalogClass.A, "100").settle().statusCode(201);

        status(hospital, "TERMINATED", "agreement ended").statusCode(200);
        person.claim(VisitType.OUTPATIENT).at(hospital).level(2).item(CatalogClass.A, "100").settle()
                .statusCode(422).body("type", org.hamcrest.Matchers.endsWith("institution-terminated"));
        status(hospital, "ACTIVE", "try again").statusCode(409);
        assertThat(TestDatabase.number(DATABASE, "select count(*) from settlement where insured_id = ?", person.insuredId)).isEqualTo(2);

        asAgency().get("/institutions/{id}/changes", hospital).then().statusCode(200)
                .body("action", equalTo(List.of("REGISTERED", "SUSPENDED", "ACTIVE", "TERMINATED")))
                .body("changedBy", hasItems("local-agency"))
                .body("[1].detail", equalTo("ACTIVE → SUSPENDED: caught billing phantom stays"));
    }

    @Test
    void aPharmacySellsOutpatientDrugsButCannotSettleAStay() {
        Scenario.Person person = enrolled(Category.ADULT).publish();

        person.claim(VisitType.OUTPATIENT).at("P3716001").level(1).item(CatalogClass.A, "50").settle().statusCode(201);
        person.claim(VisitType.INPATIENT).at("P3716001").level(1).item(CatalogClass.A, "5000").settle()
                .statusCode(422).body("errors[0].field", equalTo("$.visitType"));
    }

    @Test
    void theRegistryRefusesAnImpossibleInstitutionNamingTheFieldAndKeepsTheReferenceOnes() {
        asAgency().contentType(ContentType.JSON).body(Map.of("institutionId", "TBAD1", "name", "x", "type", "HOSPITAL", "level", 4,
                "regionCode", "371600")).post("/institutions").then().statusCode(400).body("errors[0].field", equalTo("$.level"));
        asAgency().contentType(ContentType.JSON).body(Map.of("institutionId", "TBAD2", "name", "x", "type", "HOSPITAL", "level", 2,
                "regionCode", "37160")).post("/institutions").then().statusCode(400).body("errors[0].field", equalTo("$.regionCode"));
        register("H3716001", 1).statusCode(409);

        asAgency().get("/institutions/{id}", "H3716001").then().statusCode(200).body("level", equalTo(3))
                .body("regionCode", equalTo("371600")).body("type", equalTo("HOSPITAL"));
        asAgency().get("/institutions/{id}", "H3702001").then().statusCode(200).body("regionCode", equalTo("370200"));
        asAgency().get("/institutions?regionCode=371600&status=ACTIVE").then().statusCode(200)
                .body("institutionId", hasItems("H3716001", "H3716002", "P3716001"));
        assertThat(TestDatabase.number(DATABASE, "select count(*) from institution where institution_id in ('TBAD1', 'TBAD2')")).isZero();
    }

    @Test
    void auditsGradeReachesTheRegistryAndAnOlderGradeArrivingLateDoesNotReplaceIt() {
        String hospital = "TGRADE" + System.nanoTime() % 1_000_000_000L;
        register(hospital, 3).statusCode(201);
        OffsetDateTime november = OffsetDateTime.parse("2026-11-30T16:00:00Z");
        Scenario.send(Topics.AUDIT_EVENTS, hospital, AuditEvents.INSTITUTION_GRADED,
                new InstitutionGraded(hospital, "B", List.of("violations 12.5 per thousand claims"), november));
        Awaitility.await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                asAgency().get("/institutions/{id}", hospital).then().body("creditGrade", equalTo("B")));

        Scenario.send(Topics.AUDIT_EVENTS, hospital, AuditEvents.INSTITUTION_GRADED,
                new InstitutionGraded(hospital, "A", List.of(), november.minusMonths(1)));
        Scenario.send(Topics.AUDIT_EVENTS, hospital, AuditEvents.INSTITUTION_GRADED,
                new InstitutionGraded(hospital, "C", List.of(), november.plusMonths(1)));
        Awaitility.await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                asAgency().get("/institutions/{id}", hospital).then().body("creditGrade", equalTo("C")));
    }

    private static ValidatableResponse register(String institutionId, int level) {
        return asAgency().contentType(ContentType.JSON).body(Map.of("institutionId", institutionId, "name", "测试医院", "type", "HOSPITAL",
                "level", level, "regionCode", Scenario.HOME)).post("/institutions").then().log().ifValidationFails();
    }

    private static ValidatableResponse status(String institutionId, String status, String reason) {
        return asAgency().contentType(ContentType.JSON).body(Map.of("status", status, "reason", reason))
                .post("/institutions/{id}/status", institutionId).then().log().ifValidationFails();
    }
}
