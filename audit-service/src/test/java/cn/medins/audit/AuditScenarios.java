package cn.medins.audit;

import static cn.medins.audit.Settlements.aspirinVisit;
import static cn.medins.audit.Settlements.unique;
import static cn.medins.testing.TestTokens.asAgency;
import static cn.medins.testing.TestTokens.asAuditor;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;

import java.time.Duration;
import java.util.Map;

import org.awaitility.Awaitility;

import cn.medins.contracts.settlement.SettlementEvents.ClaimSettled;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;

/** Steps several tests share, driven through settlement's events and the audit's HTTP API. */
final class AuditScenarios {

    private final Settlements settlement;

    AuditScenarios(Settlements settlement) {
        this.settlement = settlement;
    }

    /** Settles a pack at the first hospital and waits until the audit has it in the traceability ledger. */
    void soldAndRecorded(ClaimSettled first, String code) {
        settlement.settled(first);
        Awaitility.await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                asAgency().get("/trace-codes/{code}", code).then().statusCode(200).body("billings", hasSize(1)));
    }

    /** The pack sold at A is billed again at B: B's open flags, once B's claim is flagged TRACE_RESOLD (within 5 s). */
    JsonPath resoldAtSecondHospital(String code, String hospitalA, String hospitalB, String settlementB) {
        return resoldAtSecondHospital(aspirinVisit(unique("S"), unique("P"), hospitalA, code), code, hospitalB, settlementB);
    }

    JsonPath resoldAtSecondHospital(ClaimSettled atA, String code, String hospitalB, String settlementB) {
        soldAndRecorded(atA, code);
        settlement.settled(aspirinVisit(settlementB, unique("P"), hospitalB, code));
        Awaitility.await().atMost(Duration.ofSeconds(5)).pollInterval(Duration.ofMillis(100)).untilAsserted(() ->
                openFlags(hospitalB).then().statusCode(200)
                        .body("items.findAll { it.settlementId == '" + settlementB + "' }.ruleId", hasItem("TRACE_RESOLD")));
        return openFlags(hospitalB).then().statusCode(200).extract().jsonPath();
    }

    private static Response openFlags(String institutionId) {
        return asAgency().queryParam("institutionId", institutionId).queryParam("status", "OPEN").get("/flags");
    }

    /** The open TRACE_RESOLD flag raised on a pack resold at the hospital, once sold at a fresh one. */
    String resoldFlagAt(String hospital) {
        return resoldFlagId(resoldAtSecondHospital(Settlements.traceCode(), unique("HA"), hospital, unique("S")));
    }

    static String resoldFlagId(JsonPath flags) {
        return flags.getString("items.find { it.ruleId == 'TRACE_RESOLD' }.flagId");
    }

    static void resolve(String flagId, String decision) {
        asAuditor().contentType(ContentType.JSON).body(Map.of("decision", decision, "note", "reviewed"))
                .post("/flags/{id}/resolution", flagId)
                .then().statusCode(200);
    }
}
