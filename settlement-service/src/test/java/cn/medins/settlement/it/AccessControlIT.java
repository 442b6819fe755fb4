package cn.medins.settlement.it;

import static cn.medins.settlement.it.Scenario.enrolled;
import static cn.medins.testing.AccessMatrix.expectRefusal;
import static cn.medins.testing.TestTokens.asAgency;
import static cn.medins.testing.TestTokens.asInstitution;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import cn.medins.contracts.coverage.CatalogClass;
import cn.medins.contracts.coverage.Category;
import cn.medins.contracts.coverage.VisitType;
import cn.medins.testing.AccessMatrix;
import cn.medins.testing.Endpoint;
import cn.medins.testing.KafkaAndPostgresResource;
import cn.medins.testing.TestDatabase;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

@QuarkusTest
@QuarkusTestResource(value = KafkaAndPostgresResource.class, initArgs = @ResourceArg(name = "database", value = Scenario.DATABASE))
class AccessControlIT {

    private static final String OWN = "H3716001";
    private static final String OTHER = "H3716002";
    private static final String REVERSAL = "{\"reason\":\"entered twice\"}";

    @TestFactory
    Stream<DynamicTest> everyEndpointAnswersEveryRoleAsApiMdSays() {
        Scenario.Person person = enrolled(Category.ADULT).publish();
        String settled = settleAt(person, OWN);
        return AccessMatrix.of(List.of(
                Endpoint.post("/settlements/preview", () -> claim(person).json(), "institution", "agency"),
                Endpoint.post("/settlements", () -> claim(person).json(), "institution", "agency"),
                Endpoint.get("/settlements/{id}", () -> "/settlements/" + settled, "institution", "agency", "auditor"),
                Endpoint.post("/settlements/{id}/reversal", () -> "/settlements/" + settleAt(person, OWN) + "/reversal",
                        () -> REVERSAL, "institution", "agency"),
                Endpoint.get("/persons/{id}/accumulators", () -> "/persons/" + person.insuredId + "/accumulators?year=2026",
                        "agency", "auditor"),
                Endpoint.get("/institutions/" + OWN + "/clearings/2026-04", "institution", "agency", "auditor"),
                Endpoint.post("/institutions/{id}/clearings/{month}/close", () -> "/institutions/H-ACCESS/clearings/2025-01/close",
                        () -> "", "agency"),
                Endpoint.post("/institutions", () -> "/institutions", () -> registration(fresh()), "agency"),
                Endpoint.get("/institutions", () -> "/institutions?regionCode=371600", "agency", "auditor"),
                Endpoint.get("/institutions/" + OWN, "institution", "agency", "auditor"),
                Endpoint.put("/institutions/{id}", () -> "/institutions/" + registered(), () -> FACTS, "agency"),
                Endpoint.post("/institutions/{id}/status", () -> "/institutions/" + registered() + "/status", () -> SUSPENSION, "agency"),
                Endpoint.get("/institutions/{id}/changes", () -> "/institutions/" + OWN + "/changes", "agency", "auditor"),
                Endpoint.get("/audit-trail", "agency", "auditor"),
                Endpoint.get("/policies", () -> "/policies?regionCode=371600&date=2026-04-01", "agency", "auditor"),
                Endpoint.get("/policies/{id}", () -> "/policies/" + referencePolicyId(), "agency", "auditor"),
                Endpoint.get("/policies/{id}/diff", () -> "/policies/" + referencePolicyId() + "/diff", "agency", "auditor"),
                Endpoint.post("/policies", () -> "/policies", AccessControlIT::accessDraft, "agency"),
                Endpoint.post("/policies/{id}/activation", () -> "/policies/" + drafted() + "/activation", () -> "", "agency"),
                Endpoint.post("/policies/{id}/replays", () -> "/policies/" + drafted() + "/replays", () -> ACCESS_REPLAY, "agency"),
                Endpoint.get("/replays/{id}", () -> "/replays/" + replayed(), "agency", "auditor"),
                Endpoint.get("/replays/{id}/persons.csv", () -> "/replays/" + replayed() + "/persons.csv", "agency", "auditor")), OWN);
    }

    private static final AtomicInteger FRESH = new AtomicInteger();

    /** A draft for a region and year no claim of these tests is rated in, so activating it changes nothing else. */
    private static String accessDraft() {
        try {
            com.fasterxml.jackson.databind.ObjectMapper json = new com.fasterxml.jackson.databind.ObjectMapper();
            com.fasterxml.jackson.databind.node.ObjectNode policy = (com.fasterxml.jackson.databind.node.ObjectNode) json.readTree(
                    asAgency().get("/policies/{id}", referencePolicyId()).then().statusCode(200).extract().asString()).get("policy");
            policy.put("regionCode", "371700").put("year", 2030).put("version", "371700-2030.access-" + FRESH.incrementAndGet());
            return json.writeValueAsString(java.util.Map.of("effectiveFrom", "2030-01-01", "policy", policy));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String drafted() {
        return asAgency().contentType("application/json").body(accessDraft()).post("/policies").then().statusCode(201).extract()
                .path("policyId");
    }

    /** The access drafts' region and year: a replay over them reads no claim. */
    private static final String ACCESS_REPLAY = "{\"regionCode\":\"371700\",\"from\":\"2030-01-01\",\"to\":\"2030-12-31\"}";
    private static volatile String replay;

    /** One replay of an access draft, waited for until DONE so that its CSV can be read. */
    private static synchronized String replayed() {
        if (replay == null) {
            String id = asAgency().contentType("application/json").body(ACCESS_REPLAY).post("/policies/{id}/replays", drafted())
                    .then().statusCode(202).extract().path("replayId");
            org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(30)).until(() ->
                    "DONE".equals(asAgency().get("/replays/{id}", id).then().extract().path("status")));
            replay = id;
        }
        return replay;
    }

    private static String referencePolicyId() {
        return asAgency().queryParam("regionCode", "371600").queryParam("date", "2026-04-01").get("/policies")
                .then().statusCode(200).extract().path("[0].policyId");
    }
    private static final String FACTS = "{\"name\":\"测试医院\",\"type\":\"HOSPITAL\",\"level\":2,\"regionCode\":\"371600\"}";
    private static final String SUSPENSION = "{\"status\":\"SUSPENDED\",\"reason\":\"access test\"}";

    private static String fresh() {
        return "TACCESS" + System.nanoTime() % 1_000_000_000L + "-" + FRESH.incrementAndGet();
    }

    private static String registration(String institutionId) {
        return "{\"institutionId\":\"" + institutionId + "\",\"name\":\"测试医院\",\"type\":\"HOSPITAL\",\"level\":3,\"regionCode\":\"371600\"}";
    }

    /** A hospital only this call changes. */
    private static String registered() {
        String institutionId = fresh();
        Scenario.register(institutionId, 3, Scenario.HOME);
        return institutionId;
    }

    @Test
    void anotherHospitalCanNeitherReadNorReverseASettlement() {
        String settlementId = settleAt(enrolled(Category.ADULT).publish(), OWN);

        expectRefusal(asInstitution(OTHER).get("/settlements/{id}", settlementId), 403);
        expectRefusal(asInstitution(OTHER).contentType(ContentType.JSON).body(REVERSAL)
                .post("/settlements/{id}/reversal", settlementId), 403);

        asAgency().get("/settlements/{id}", settlementId).then().statusCode(200).body("status", equalTo("SETTLED"));
    }

    @Test
    void aHospitalCannotSettleOrPreviewInAnotherHospitalsNameAndNothingIsSaved() {
        Scenario.Claim claim = claim(enrolled(Category.ADULT).publish()).at(OTHER);

        expectRefusal(asInstitution(OWN).contentType(ContentType.JSON).body(claim.json()).post("/settlements"), 403);
        expectRefusal(asInstitution(OWN).contentType(ContentType.JSON).body(claim.json()).post("/settlements/preview"), 403);

        assertThat(TestDatabase.number(Scenario.DATABASE, "select count(*) from settlement where request_id = ?", claim.requestId()))
                .isZero();
    }

    @Test
    void aRequestIdAnotherHospitalAlreadyUsedNeitherBlocksNorRevealsAndSettlesTheSecondHospitalsOwnClaim() {
        Scenario.Person person = enrolled(Category.ADULT).publish();
        String requestId = Scenario.requestId();
        String first = asInstitution(OWN).contentType(ContentType.JSON).body(claim(person).requestId(requestId).json())
                .post("/settlements").then().statusCode(201).extract().path("settlementId");

        // request ids are each hospital's own (issue 25): the second hospital's claim is its own settlement
        asInstitution(OTHER).contentType(ContentType.JSON).body(claim(person).requestId(requestId).at(OTHER).level(2).json())
                .post("/settlements").then().statusCode(201)
                .body("institutionId", equalTo(OTHER))
                .body("settlementId", org.hamcrest.Matchers.not(equalTo(first)));
        asInstitution(OTHER).contentType(ContentType.JSON).body(claim(person).requestId(requestId).at(OTHER).level(2).json())
                .post("/settlements").then().statusCode(200).body("institutionId", equalTo(OTHER));
        assertThat(TestDatabase.number(Scenario.DATABASE, "select count(*) from settlement where request_id = ?", requestId)).isEqualTo(2);
    }

    @Test
    void aHospitalSeesOnlyItsOwnClearing() {
        asInstitution(OWN).get("/institutions/{id}/clearings/2026-04", OWN).then().statusCode(200);
        expectRefusal(asInstitution(OTHER).get("/institutions/{id}/clearings/2026-04", OWN), 403);
    }

    private static Scenario.Claim claim(Scenario.Person person) {
        return person.claim(VisitType.OUTPATIENT).item(CatalogClass.A, "80.00");
    }

    private static String settleAt(Scenario.Person person, String institution) {
        return asInstitution(institution).contentType(ContentType.JSON).body(claim(person).at(institution).json())
                .post("/settlements").then().statusCode(201).extract().path("settlementId");
    }
}
