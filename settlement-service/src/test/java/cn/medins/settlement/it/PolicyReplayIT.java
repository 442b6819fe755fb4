package cn.medins.settlement.it;

import static cn.medins.settlement.it.Scenario.enrolled;
import static cn.medins.testing.ExactMoney.yuan;
import static cn.medins.testing.TestTokens.asAgency;
import static cn.medins.testing.TestTokens.asAuditor;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

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

/**
 * What-if replay of a policy draft over the stored claims of a region (370400, Zaozhuang, which no other test rates
 * in): the funds' and the persons' figures as the draft would have made them, and nothing stored changes.
 */
@QuarkusTest
@QuarkusTestResource(value = KafkaAndPostgresResource.class, initArgs = @ResourceArg(name = "database", value = "settlement"))
class PolicyReplayIT {

    private static final String REGION = "370400";
    private static final ObjectMapper JSON = new ObjectMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .setNodeFactory(JsonNodeFactory.withExactBigDecimals(true));
    private static String basePolicyId;
    private static ObjectNode base;

    @BeforeAll
    static void exactMoney() {
        ExactMoney.exactDecimals();
    }

    /** Once, in the first test (the application is up by then): a base version in force for the region all year. */
    private static synchronized void aBasePolicyInForceForTheRegion() throws Exception {
        if (basePolicyId != null) {
            return;
        }
        String reference = asAuditor().queryParam("regionCode", "371600").queryParam("date", "2026-03-01").get("/policies")
                .then().statusCode(200).extract().asString();
        base = (ObjectNode) JSON.readTree(reference).get(0).get("policy").deepCopy();
        base.put("regionCode", REGION).put("version", REGION + "-2026.1");
        basePolicyId = drafted(base, "2026-01-01");
        asAgency().post("/policies/{id}/activation", basePolicyId).then().statusCode(200);
    }

    private static String drafted(ObjectNode policy, String effectiveFrom) throws Exception {
        return asAgency("刘科长").contentType(ContentType.JSON)
                .body(JSON.writeValueAsString(Map.of("effectiveFrom", effectiveFrom, "policy", policy))).post("/policies")
                .then().statusCode(201).extract().path("policyId");
    }

    private static String replayBody(String regionCode, String from, String to) throws Exception {
        return JSON.writeValueAsString(Map.of("regionCode", regionCode, "from", from, "to", to));
    }

    private static String settled(Scenario.Person person, VisitType visitType, LocalDate admitted, String amount) {
        return person.claim(visitType).in(REGION).admitted(admitted).item(CatalogClass.A, amount).settle().statusCode(201)
                .body("policyVersion", equalTo(REGION + "-2026.1")).extract().path("settlementId");
    }

    /** Every settlement and the person's year as the API shows them: what a replay must leave as it was. */
    private static List<String> stored(List<String> settlements, List<Scenario.Person> persons) {
        List<String> bodies = new ArrayList<>();
        settlements.forEach(id -> bodies.add(asAgency().get("/settlements/{id}", id).then().statusCode(200).extract().asString()));
        persons.forEach(p -> bodies.add(asAgency().get("/persons/{id}/accumulators?year=2026", p.insuredId).then().statusCode(200)
                .extract().asString()));
        return bodies;
    }

    @Test
    void aRaisedOutpatientRatioReplayedOverTheYearShowsWhatTheFundsAndEachPersonWouldHavePaidAndChangesNothing()
            throws Exception {
        aBasePolicyInForceForTheRegion();
        // A: two outpatient visits (60% of 100 and 200); B: worked example A's stay and a visit of 100
        Scenario.Person a = enrolled(Category.ADULT).livingIn(REGION).publish();
        Scenario.Person b = enrolled(Category.ADULT).livingIn(REGION).publish();
        List<String> settlements = new ArrayList<>();
        settlements.add(settled(a, VisitType.OUTPATIENT, LocalDate.of(2026, 3, 2), "100"));
        settlements.add(settled(a, VisitType.OUTPATIENT, LocalDate.of(2026, 5, 10), "200"));
        settlements.add(settled(b, VisitType.INPATIENT, LocalDate.of(2026, 4, 1), "30000"));
        settlements.add(settled(b, VisitType.OUTPATIENT, LocalDate.of(2026, 6, 1), "100"));
        // a reversed claim is not replayed
        String reversed = settled(a, VisitType.OUTPATIENT, LocalDate.of(2026, 6, 2), "500");
        asAgency().contentType(ContentType.JSON).body("{\"reason\":\"entered twice\"}").post("/settlements/{id}/reversal", reversed)
                .then().statusCode(200);
        settlements.add(reversed);

        ObjectNode revision = base.deepCopy();
        revision.put("version", REGION + "-2026.2");
        ((ObjectNode) revision.get("resident").get("outpatient")).put("ratio", new BigDecimal("0.70"));
        String draft = drafted(revision, "2026-07-01");
        List<String> before = stored(settlements, List.of(a, b));

        String location = asAgency("刘科长").contentType(ContentType.JSON).body(replayBody(REGION, "2026-01-01", "2026-12-31"))
                .post("/policies/{id}/replays", draft).then().statusCode(202)
                .body("status", equalTo("RUNNING"))
                .body("policyId", equalTo(draft))
                .extract().header("Location");
        assertThat(location).contains("/replays/");
        String replayId = location.substring(location.lastIndexOf('/') + 1);
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() ->
                !"RUNNING".equals(asAuditor().get("/replays/{id}", replayId).then().statusCode(200).extract().path("status")));

        // resident outpatient at 70% instead of 60%: A's 300 gets 30 more, B's 100 10 more; the stay is rated as before
        asAuditor().get("/replays/{id}", replayId).then().statusCode(200)
                .body("status", equalTo("DONE"))
                .body("claimsDone", equalTo(4))
                .body("startedBy", equalTo("刘科长"))
                .body("result.policyVersion", equalTo(REGION + "-2026.2"))
                .body("result.claims", equalTo(4))
                .body("result.persons", equalTo(2))
                .body("result.refused", equalTo(0))
                .body("result.funds.actual.basicPool", yuan("17640.00"))
                .body("result.funds.replayed.basicPool", yuan("17680.00"))
                .body("result.funds.difference.basicPool", yuan("40.00"))
                .body("result.funds.difference.personal", yuan("-40.00"))
                .body("result.funds.difference.criticalIllness", yuan("0.00"))
                .body("result.funds.actual.personal", yuan("12760.00"))
                .body("result.payingLess.persons", equalTo(2))
                .body("result.payingLess.difference", yuan("-40.00"))
                .body("result.payingMore.persons", equalTo(0))
                .body("result.byVisitType.OUTPATIENT.claims", equalTo(3))
                .body("result.byVisitType.OUTPATIENT.difference", yuan("-40.00"))
                .body("result.byVisitType.INPATIENT.difference", yuan("0.00"))
                .body("result.byCategory.ADULT.claims", equalTo(4))
                .body("result.largestChanges[0].insuredId", equalTo(a.insuredId))
                .body("result.largestChanges[0].difference", yuan("-30.00"))
                .body("result.largestChanges[1].insuredId", equalTo(b.insuredId))
                .body("result.largestChanges[1].difference", yuan("-10.00"));

        String csv = asAuditor().get("/replays/{id}/persons.csv", replayId).then().statusCode(200)
                .contentType(startsWith("text/csv")).extract().asString();
        assertThat(csv.lines().toList()).first().isEqualTo("insuredId,actualPersonal,replayedPersonal,difference");
        assertThat(csv.lines().skip(1).toList()).containsExactlyInAnyOrder(
                a.insuredId + ",120.00,90.00,-30.00",
                b.insuredId + ",12640.00,12630.00,-10.00");

        assertThat(stored(settlements, List.of(a, b))).isEqualTo(before);
        asAgency().get("/policies/{id}", draft).then().statusCode(200).body("status", equalTo("DRAFT"));
        asAuditor().queryParam("subject", draft).get("/audit-trail").then().statusCode(200)
                .body("items.action", hasItem("POLICY_REPLAYED"))
                .body("items.actor", hasItem("刘科长"));
    }

    @Test
    void aReplayOutsideThePolicysRegionOrYearOrOfAnUnknownPolicyIsRefusedNamingTheField() throws Exception {
        aBasePolicyInForceForTheRegion();
        asAgency().contentType(ContentType.JSON).body(replayBody("371600", "2026-01-01", "2026-12-31"))
                .post("/policies/{id}/replays", basePolicyId).then().statusCode(422)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("$.regionCode"));
        asAgency().contentType(ContentType.JSON).body(replayBody(REGION, "2026-06-01", "2026-05-31"))
                .post("/policies/{id}/replays", basePolicyId).then().statusCode(422)
                .body("errors[0].field", equalTo("$.to"));
        asAgency().contentType(ContentType.JSON).body(replayBody(REGION, "2025-12-01", "2026-05-31"))
                .post("/policies/{id}/replays", basePolicyId).then().statusCode(422)
                .body("errors[0].field", equalTo("$.from"));
        asAgency().contentType(ContentType.JSON).body(replayBody(REGION, "2026-01-01", "2027-01-31"))
                .post("/policies/{id}/replays", basePolicyId).then().statusCode(422)
                .body("errors[0].field", equalTo("$.to"));
        asAgency().contentType(ContentType.JSON).body(replayBody(REGION, "2026-01-01", "2026-12-31"))
                .post("/policies/{id}/replays", "no-such-policy").then().statusCode(404);
        asAuditor().get("/replays/{id}", "no-such-replay").then().statusCode(404);
        asAuditor().get("/replays/{id}/persons.csv", "no-such-replay").then().statusCode(404);
    }

    /**
     * An instance that stops mid-replay leaves it RUNNING for ever unless someone notices: any instance marks a replay
     * whose holder stopped beating FAILED, and leaves a beating one alone (the replays of the test above finish DONE).
     */
    @Test
    void aReplayWhoseInstanceStoppedBeatingIsMarkedFailedByAnotherInstance() throws Exception {
        aBasePolicyInForceForTheRegion();
        String orphan = (String) TestDatabase.single("settlement", """
                insert into policy_replay (replay_id, policy_id, region_code, from_date, to_date, status, started_by, started_at)
                values (gen_random_uuid()::text, ?, ?, date '2026-01-01', date '2026-12-31', 'RUNNING', 'test', now() - interval '1 hour')
                returning replay_id""", basePolicyId, REGION);

        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() ->
                "FAILED".equals(asAuditor().get("/replays/{id}", orphan).then().statusCode(200).extract().path("status")));
        asAuditor().get("/replays/{id}", orphan).then().body("failure", startsWith("its instance stopped"));
        asAuditor().get("/replays/{id}/persons.csv", orphan).then().statusCode(409);
    }
}
