package cn.medins.audit;

import static cn.medins.audit.Settlements.aspirinVisit;
import static cn.medins.audit.Settlements.traceCode;
import static cn.medins.audit.Settlements.unique;
import static cn.medins.testing.TestTokens.asAgency;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import cn.medins.testing.KafkaAndPostgresResource;
import cn.medins.testing.TestDatabase;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

@QuarkusTest
@QuarkusTestResource(value = KafkaAndPostgresResource.class, initArgs = @ResourceArg(name = "database", value = "audit"))
class PreCheckIT extends AuditIntegrationBase {

    private static final List<String> TABLES = List.of("billed_claim", "trace_use", "diagnosis_cost", "flag",
            "institution_grade", "outbox_event", "processed_event");

    private static List<Long> rowCounts() {
        List<Long> counts = new ArrayList<>();
        for (String table : TABLES) {
            counts.add(TestDatabase.number("audit", "select count(*) from " + table));
        }
        return counts;
    }

    /**
     * Issue 25, personal data: the finding tells the hospital what is wrong (the pack was sold already), never where
     * else, when or why the patient was treated: no other institution, date or settlement in the answer.
     */
    @Test
    void aPackAlreadySoldAtAnotherHospitalIsBlockedAtTheCounterWithoutNamingItAndNothingIsStored() {
        String code = traceCode();
        String firstHospital = unique("HA");
        String firstSettlement = unique("S");
        scenarios.soldAndRecorded(aspirinVisit(firstSettlement, unique("P"), firstHospital, code), code);
        List<Long> before = rowCounts();

        String answer = asAgency().contentType(ContentType.JSON).body(CounterClaims.claim(unique("HB"), "371602199001011221", "I10", code))
                .post("/pre-checks")
                .then().statusCode(200)
                .body("verdict", equalTo("BLOCK"))
                .body("findings.ruleId", hasItem("TRACE_RESOLD"))
                .body("findings.find { it.ruleId == 'TRACE_RESOLD' }.itemCode", equalTo("XB01AC06"))
                .body("findings.find { it.ruleId == 'TRACE_RESOLD' }.message",
                        equalTo("traceability code " + code + " was sold already: this pack cannot be sold again"))
                .body("findings.find { it.ruleId == 'TRACE_RESOLD' }.evidence.traceCode", equalTo(code))
                .body("findings.find { it.ruleId == 'TRACE_RESOLD' }.relatedClaimId", org.hamcrest.Matchers.nullValue())
                .extract().asString();

        assertThat(answer).doesNotContain(firstHospital).doesNotContain(firstSettlement).doesNotContain("firstServiceDate");
        assertThat(rowCounts()).isEqualTo(before);
    }

    @Test
    void aFreshPackOfADrugBilledAsAnotherDrugIsBlockedByItsDrugIdentifier() {
        String code = traceCode();
        scenarios.soldAndRecorded(aspirinVisit(unique("S"), unique("P"), unique("HA"), code), code);
        Map<String, Object> body = CounterClaims.claim(unique("HB"), "371602199001011221", "I10", traceCode());
        @SuppressWarnings("unchecked")
        Map<String, Object> item = new HashMap<>(((List<Map<String, Object>>) body.get("items")).get(0));
        item.put("code", "XL01XC03");
        body.put("items", List.of(item));

        asAgency().contentType(ContentType.JSON).body(body).post("/pre-checks")
                .then().statusCode(200)
                .body("verdict", equalTo("BLOCK"))
                .body("findings.ruleId", equalTo(List.of("TRACE_SUBSTITUTED")))
                .body("findings[0].evidence.basis", equalTo("product"))
                .body("findings[0].evidence.belongsTo", equalTo("XB01AC06"));
    }

    @Test
    void aCleanClaimPasses() {
        asAgency().contentType(ContentType.JSON).body(CounterClaims.claim(unique("HB"), "371602199001011221", "I10", traceCode()))
                .post("/pre-checks")
                .then().statusCode(200)
                .body("verdict", equalTo("PASS"))
                .body("findings", empty());
    }

    @Test
    void theIdNumberAloneTellsTheCounterThatAWomanHasNoProstate() {
        asAgency().contentType(ContentType.JSON).body(CounterClaims.claim(unique("HB"), "371602199001011221", "N40", traceCode()))
                .post("/pre-checks")
                .then().statusCode(200)
                .body("verdict", equalTo("BLOCK"))
                .body("findings[0].ruleId", equalTo("SEX_AGE_MISMATCH"))
                .body("findings[0].evidence.sex", equalTo("F"));
        asAgency().contentType(ContentType.JSON).body(CounterClaims.claim(unique("HB"), "371602198805052315", "N40", traceCode()))
                .post("/pre-checks")
                .then().statusCode(200).body("verdict", equalTo("PASS"));
    }

    @Test
    void withoutAnIdNumberThePersonsLastSettledClaimTellsSexAndAge() {
        String code = traceCode();
        String person = unique("P");
        scenarios.soldAndRecorded(aspirinVisit(unique("S"), person, unique("HA"), code), code);
        Map<String, Object> prostate = CounterClaims.claim(unique("HB"), null, "N40", traceCode());
        prostate.put("insuredId", person);

        asAgency().contentType(ContentType.JSON).body(prostate).post("/pre-checks")
                .then().statusCode(200)
                .body("verdict", equalTo("BLOCK"))
                .body("findings[0].ruleId", equalTo("SEX_AGE_MISMATCH"));
        prostate.put("insuredId", unique("P"));
        asAgency().contentType(ContentType.JSON).body(prostate).post("/pre-checks")
                .then().statusCode(200).body("verdict", equalTo("PASS"));
    }

    @Test
    void anInvalidClaimIsAProblemNamingTheField() {
        Map<String, Object> noItems = CounterClaims.claim(unique("HB"), "371602199001011221", "I10", traceCode());
        noItems.put("items", List.of());
        asAgency().contentType(ContentType.JSON).body(noItems).post("/pre-checks")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem("$.items"));

        Map<String, Object> backwards = CounterClaims.claim(unique("HB"), "371602199001011221", "I10", traceCode());
        backwards.put("dischargeDate", Settlements.TODAY.minusDays(3).toString());
        asAgency().contentType(ContentType.JSON).body(backwards).post("/pre-checks")
                .then().statusCode(400).body("errors[0].field", equalTo("$.dischargeDate"));

        Map<String, Object> unknownField = CounterClaims.claim(unique("HB"), "371602199001011221", "I10", traceCode());
        unknownField.put("price", 1);
        asAgency().contentType(ContentType.JSON).body(unknownField).post("/pre-checks").then().statusCode(400);
    }

    /** One malformed claim, one answer: the pre-check refused a negative price with 400 where settlement said 422. */
    @Test
    void aNegativePriceIsTheSame422NamingTheItemAsAtSettlement() {
        Map<String, Object> negative = CounterClaims.claim(unique("HB"), "371602199001011221", "I10", traceCode());
        @SuppressWarnings("unchecked")
        Map<String, Object> item = new java.util.HashMap<>(((List<Map<String, Object>>) negative.get("items")).get(0));
        item.put("unitPrice", -1);
        negative.put("items", List.of(item));

        asAgency().contentType(ContentType.JSON).body(negative).post("/pre-checks").then().statusCode(422)
                .contentType("application/problem+json")
                .body("type", org.hamcrest.Matchers.endsWith("negative-amount"))
                .body("errors[0].field", equalTo("$.items[0].unitPrice"));
        Map<String, Object> wrongCheckDigit = CounterClaims.claim(unique("HB"), "371602199001011222", "I10", traceCode());
        asAgency().contentType(ContentType.JSON).body(wrongCheckDigit).post("/pre-checks").then().statusCode(422)
                .body("errors[0].field", equalTo("$.idNumber"));
    }
}
