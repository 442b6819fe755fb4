package cn.medins.settlement.it;

import static cn.medins.settlement.it.Scenario.enrolled;
import static cn.medins.testing.ExactMoney.yuan;
import static cn.medins.testing.TestTokens.asAgency;
import static cn.medins.testing.TestTokens.asAuditor;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

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

/**
 * Policies as data through the API: a draft is checked like a shipped file, compared with the version in force, and
 * activated without a restart; claims are rated under the version in force on their service date.
 */
@QuarkusTest
@QuarkusTestResource(value = KafkaAndPostgresResource.class, initArgs = @ResourceArg(name = "database", value = "settlement"))
class PolicyIT {

    private static final ObjectMapper JSON = new ObjectMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .setNodeFactory(com.fasterxml.jackson.databind.node.JsonNodeFactory.withExactBigDecimals(true));

    @BeforeAll
    static void exactMoney() {
        ExactMoney.exactDecimals();
    }

    /** The reference policy document (371600, 2026) as the API shows it. */
    private static ObjectNode referencePolicy() throws Exception {
        String body = asAuditor().queryParam("regionCode", "371600").queryParam("date", "2026-03-01").get("/policies")
                .then().statusCode(200).body("[0].version", equalTo("371600-2026.1")).extract().asString();
        return (ObjectNode) JSON.readTree(body).get(0).get("policy").deepCopy();
    }

    private static String draft(ObjectNode policy, String effectiveFrom) throws Exception {
        return JSON.writeValueAsString(Map.of("effectiveFrom", effectiveFrom, "policy", policy));
    }

    private static String drafted(ObjectNode policy, String effectiveFrom) throws Exception {
        return asAgency("刘科长").contentType(ContentType.JSON).body(draft(policy, effectiveFrom)).post("/policies")
                .then().statusCode(201).body("status", equalTo("DRAFT")).extract().path("policyId");
    }

    private static boolean isPolicyActivated(ConsumerRecord<String, byte[]> record, String version) {
        return SettlementEvents.POLICY_ACTIVATED.toString().equals(TestKafka.header(record, CloudEventHeaders.TYPE))
                && TestKafka.value(record).contains("\"version\":\"" + version + "\"");
    }

    @Test
    void theShippedPolicyIsAnnouncedOnceWithTheFiguresAssistanceApplies() throws Exception {
        List<ConsumerRecord<String, byte[]>> announced = TestKafka.readUntil(Topics.SETTLEMENT_EVENTS, Duration.ofSeconds(30),
                all -> all.stream().anyMatch(r -> isPolicyActivated(r, "371600-2026.1")));
        List<ConsumerRecord<String, byte[]>> reference = announced.stream().filter(r -> isPolicyActivated(r, "371600-2026.1")).toList();
        assertThat(reference).hasSize(1);
        JsonNode activated = JSON.readTree(TestKafka.value(reference.get(0)));
        assertThat(activated.at("/assistance/premiumSubsidyRatios/EXTREME_POVERTY").decimalValue()).isEqualByComparingTo("1.00");
        assertThat(activated.at("/assistance/premiumSubsidyRatios/MONITORED").decimalValue()).isEqualByComparingTo("0.50");
        assertThat(activated.at("/assistance/maternityLeave/cesareanExtraDays").asInt()).isEqualTo(15);
        assertThat(activated.get("effectiveFrom").asText()).isEqualTo("2026-01-01");
    }

    @Test
    void aDraftWithAFigureOutOfRangeIsRefusedNamingTheFieldAndNothingIsStored() throws Exception {
        int before = asAgency().queryParam("regionCode", "371600").get("/policies").then().statusCode(200).extract()
                .jsonPath().getList("$").size();
        ObjectNode policy = referencePolicy();
        policy.put("version", "371600-2026.bad");
        ((ObjectNode) policy.get("resident").get("outpatient")).put("ratio", new BigDecimal("1.6"));

        asAgency().contentType(ContentType.JSON).body(draft(policy, "2026-07-01")).post("/policies").then().statusCode(422)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("$.policy.resident.outpatient.ratio"))
                .body("errors[0].message", equalTo("must be a ratio between 0 and 1, was 1.6"));
        ((ObjectNode) policy.get("resident").get("outpatient")).put("ratio", new BigDecimal("0.60"));
        asAgency().contentType(ContentType.JSON).body(draft(policy, "2025-07-01")).post("/policies").then().statusCode(422)
                .body("errors[0].field", equalTo("$.effectiveFrom"));
        policy.put("regionCode", "110000");
        asAgency().contentType(ContentType.JSON).body(draft(policy, "2026-07-01")).post("/policies").then().statusCode(422)
                .body("errors[0].field", equalTo("$.policy.regionCode"))
                .body("errors[0].message", equalTo("110000 is not a pooling region of the province 370000"));
        policy.put("regionCode", "371600");
        policy.put("unknownFigure", 1);
        asAgency().contentType(ContentType.JSON).body(draft(policy, "2026-07-01")).post("/policies").then().statusCode(422)
                .body("errors[0].field", equalTo("$.policy.unknownFigure"));

        assertThat(asAgency().queryParam("regionCode", "371600").get("/policies").then().extract().jsonPath().getList("$"))
                .hasSize(before);
    }

    @Test
    void aMidYearRevisionRatesEachClaimUnderTheVersionInForceOnItsServiceDateWithoutARestart() throws Exception {
        ObjectNode zibo = referencePolicy();
        zibo.put("regionCode", "370300").put("version", "370300-2026.1");
        String first = drafted(zibo, "2026-01-01");
        asAgency("刘科长").post("/policies/{id}/activation", first).then().statusCode(200).body("status", equalTo("ACTIVATED"))
                .body("activatedBy", equalTo("刘科长"));

        Scenario.Person person = enrolled(Category.ADULT).livingIn("370300").publish();
        ObjectNode revision = zibo.deepCopy();
        revision.put("version", "370300-2026.2");
        ((ObjectNode) revision.get("resident").get("outpatient")).put("ratio", new BigDecimal("0.70"));
        String second = drafted(revision, "2026-07-01");

        asAuditor().get("/policies/{id}/diff", second).then().statusCode(200)
                .body("againstVersion", equalTo("370300-2026.1"))
                .body("changes.field", equalTo(List.of("version", "resident.outpatient.ratio")))
                .body("changes[1].inForce", equalTo("0.60"))
                .body("changes[1].draft", equalTo("0.70"));
        person.claim(VisitType.OUTPATIENT).in("370300").admitted(LocalDate.of(2026, 7, 15)).item(CatalogClass.A, "100").preview()
                .statusCode(200).body("basicPool", yuan("60")).body("policyVersion", equalTo("370300-2026.1"));

        asAgency("刘科长").post("/policies/{id}/activation", second).then().statusCode(200);

        person.claim(VisitType.OUTPATIENT).in("370300").admitted(LocalDate.of(2026, 6, 30)).item(CatalogClass.A, "100").settle()
                .statusCode(201).body("basicPool", yuan("60")).body("policyVersion", equalTo("370300-2026.1"));
        person.claim(VisitType.OUTPATIENT).in("370300").admitted(LocalDate.of(2026, 7, 1)).item(CatalogClass.A, "100").settle()
                .statusCode(201).body("basicPool", yuan("70")).body("policyVersion", equalTo("370300-2026.2"));
        asAuditor().queryParam("regionCode", "370300").queryParam("date", "2026-06-30").get("/policies").then()
                .body("[0].version", equalTo("370300-2026.1"));
        asAuditor().queryParam("regionCode", "370300").queryParam("date", "2026-07-01").get("/policies").then()
                .body("[0].version", equalTo("370300-2026.2"));
        // the year's accumulators run on across the revision: both visits count against the one outpatient cap
        asAgency().get("/persons/{id}/accumulators?year=2026", person.insuredId).then().statusCode(200)
                .body("outpatientBasic", yuan("130"));

        // assistance applies the revision's figures from its announcement, keyed by the region
        List<ConsumerRecord<String, byte[]>> announced = TestKafka.readUntil(Topics.SETTLEMENT_EVENTS, Duration.ofSeconds(30),
                all -> all.stream().anyMatch(r -> isPolicyActivated(r, "370300-2026.2")));
        JsonNode activated = JSON.readTree(TestKafka.value(announced.stream().filter(r -> isPolicyActivated(r, "370300-2026.2"))
                .findFirst().orElseThrow()));
        assertThat(announced.stream().filter(r -> isPolicyActivated(r, "370300-2026.2")).map(ConsumerRecord::key))
                .containsOnly("370300").hasSize(1);
        assertThat(activated.get("policyId").asText()).isEqualTo(second);
        assertThat(activated.get("effectiveFrom").asText()).isEqualTo("2026-07-01");
        assertThat(activated.at("/assistance/residentIndividualPremium").decimalValue()).isEqualByComparingTo("350");
        assertThat(activated.at("/assistance/premiumSubsidyRatios/LOW_INCOME").decimalValue()).isEqualByComparingTo("0.70");
        assertThat(activated.at("/assistance/reAssistanceThreshold").decimalValue()).isEqualByComparingTo("5000");
        assertThat(activated.at("/assistance/maternityLeave/baseDays").asInt()).isEqualTo(98);

        asAgency().post("/policies/{id}/activation", second).then().statusCode(409);
        asAuditor().queryParam("subject", second).get("/audit-trail").then().statusCode(200)
                .body("items.action", hasItems("POLICY_DRAFTED", "POLICY_ACTIVATED"))
                .body("items.actor", hasItems("刘科长"));
    }

    @Test
    void aRegionWithoutAPolicyInForceOnTheServiceDateIsRefusedNamingTheDate() {
        Scenario.Person person = enrolled(Category.ADULT).livingIn("371700").publish();

        person.claim(VisitType.OUTPATIENT).in("371700").admitted(LocalDate.of(2026, 5, 1)).item(CatalogClass.A, "100").preview()
                .statusCode(422).body("type", org.hamcrest.Matchers.endsWith("no-policy"))
                .body("errors[0].field", equalTo("$.admissionDate"));
        asAuditor().queryParam("regionCode", "371700").queryParam("date", "2026-05-01").get("/policies").then().statusCode(404);
    }
}
