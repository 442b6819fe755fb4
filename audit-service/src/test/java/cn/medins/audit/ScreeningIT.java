package cn.medins.audit;

import static cn.medins.audit.Settlements.aspirinVisit;
import static cn.medins.audit.Settlements.traceCode;
import static cn.medins.audit.Settlements.unique;
import static cn.medins.testing.TestTokens.asAgency;
import static cn.medins.testing.TestTokens.asAuditor;
import static cn.medins.testing.ExactMoney.yuan;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

import cn.medins.contracts.CloudEventHeaders;
import cn.medins.contracts.Topics;
import cn.medins.contracts.audit.AuditEvents;
import cn.medins.contracts.settlement.SettlementEvents;
import cn.medins.contracts.settlement.SettlementEvents.ClaimSettled;
import cn.medins.testing.InboxMetrics;
import cn.medins.testing.KafkaAndPostgresResource;
import cn.medins.testing.TestDatabase;
import cn.medins.testing.TestKafka;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

@QuarkusTest
@QuarkusTestResource(value = KafkaAndPostgresResource.class, initArgs = @ResourceArg(name = "database", value = "audit"))
class ScreeningIT extends AuditIntegrationBase {

    @Test
    void aTraceCodeBilledAtASecondHospitalIsFlaggedWithinFiveSecondsAndAnnounced() {
        String code = traceCode();
        String hospitalA = unique("HA");
        String hospitalB = unique("HB");
        String settlementB = unique("S");

        JsonPath flags = scenarios.resoldAtSecondHospital(code, hospitalA, hospitalB, settlementB);

        assertThat(flags.getList("items.settlementId")).containsOnly(settlementB);
        assertThat(flags.getString("items.find { it.ruleId == 'TRACE_RESOLD' }.evidence.firstInstitutionId")).isEqualTo(hospitalA);
        assertThat(flags.<BigDecimal>get("items.find { it.ruleId == 'TRACE_RESOLD' }.amount")).isEqualByComparingTo("15.50");
        AuditEventsReader.Published flagged = AuditEventsReader.await(AuditEvents.CLAIM_FLAGGED,
                p -> p.path("settlementId").asText().equals(settlementB) && p.path("ruleId").asText().equals("TRACE_RESOLD"));
        assertThat(flagged.key()).isEqualTo(hospitalB);
        assertThat(flagged.payload().path("evidence").path("traceCode").asText()).isEqualTo(code);
        asAgency().get("/trace-codes/{code}", code).then().statusCode(200)
                .body("billings.institutionId", equalTo(List.of(hospitalA, hospitalB)))
                .body("billings[1].settlementId", equalTo(settlementB))
                .body("timesBilled", equalTo(2));
    }

    @Test
    void aClaimWithoutTraceabilityCodesIsScreenedAndItsDuplicateFlagged() {
        String insuredId = unique("P");
        String hospital = unique("H");
        String duplicate = unique("S");
        settlement.settled(aspirinVisit(unique("S"), insuredId, hospital));
        settlement.settled(aspirinVisit(duplicate, insuredId, hospital));

        Awaitility.await().atMost(Duration.ofSeconds(10)).untilAsserted(() ->
                asAgency().queryParam("institutionId", hospital).get("/flags").then().statusCode(200)
                        .body("items.ruleId", hasItem("DUPLICATE_BILLING"))
                        .body("items.settlementId", hasItem(duplicate)));
    }

    @Test
    void confirmingAFlagIssuesADeductionOfTheFundsShareOfTheFlaggedPackAndASecondDecisionIsAConflict() {
        String hospitalB = unique("HB");
        String flagId = scenarios.resoldFlagAt(hospitalB);

        asAuditor("李审核").contentType(ContentType.JSON).body(Map.of("decision", "CONFIRMED", "note", "pack resold"))
                .post("/flags/{id}/resolution", flagId)
                .then().statusCode(200).body("status", equalTo("CONFIRMED")).body("deductionId", notNullValue())
                .body("resolvedBy", equalTo("李审核"));
        asAgency().queryParam("subject", flagId).get("/audit-trail").then().statusCode(200)
                .body("total", equalTo(1))
                .body("items[0].actor", equalTo("李审核"))
                .body("items[0].action", equalTo("FLAG_CONFIRMED"))
                .body("items[0].detail", containsString("deducted 9.30 from settlement "))
                .body("items[0].detail", containsString("; note: pack resold"));

        AuditEventsReader.Published deduction = AuditEventsReader.await(AuditEvents.DEDUCTION_ISSUED,
                p -> p.path("flagId").asText().equals(flagId));
        assertThat(deduction.key()).isEqualTo(hospitalB);
        // the pack cost 15.50, of which the basic pool paid 60%; the patient's 6.20 is not the agency's to take back
        assertThat(deduction.payload().path("amount").decimalValue()).isEqualByComparingTo("9.30");
        assertThat(deduction.payload().path("serviceDate").asText()).isEqualTo(Settlements.TODAY.toString());
        AuditEventsReader.await(AuditEvents.FLAG_RESOLVED,
                p -> p.path("flagId").asText().equals(flagId) && p.path("decision").asText().equals("CONFIRMED"));

        asAuditor().contentType(ContentType.JSON).body(Map.of("decision", "DISMISSED"))
                .post("/flags/{id}/resolution", flagId)
                .then().statusCode(409).contentType("application/problem+json");
        asAgency().get("/flags/{id}", flagId).then().statusCode(200).body("status", equalTo("CONFIRMED"));
    }

    @Test
    void confirmationsOnOneClaimNeverDeductMoreThanTheFundsPaidForIt() {
        String code = traceCode();
        String hospitalB = unique("HB");
        scenarios.soldAndRecorded(aspirinVisit(unique("S"), unique("P"), unique("HA"), code), code);
        settlement.settled(Settlements.drugVisit(unique("S"), unique("P"), hospitalB, "XL01XC03", code));
        Awaitility.await().atMost(Duration.ofSeconds(10)).untilAsserted(() ->
                asAgency().queryParam("institutionId", hospitalB).get("/flags").then().statusCode(200)
                        .body("items.ruleId", containsInAnyOrder("TRACE_RESOLD", "TRACE_SUBSTITUTED")));
        JsonPath flags = asAgency().queryParam("institutionId", hospitalB).get("/flags").then().extract().jsonPath();

        AuditScenarios.resolve(flags.getString("items[0].flagId"), "CONFIRMED");
        AuditScenarios.resolve(flags.getString("items[1].flagId"), "CONFIRMED");

        asAgency().get("/flags/{id}", flags.getString("items[0].flagId")).then().body("deducted", yuan("9.30"));
        asAgency().get("/flags/{id}", flags.getString("items[1].flagId")).then()
                .body("status", equalTo("CONFIRMED")).body("deducted", yuan("0")).body("deductionId", nullValue());
        AuditEventsReader.await(AuditEvents.FLAG_RESOLVED, p -> p.path("flagId").asText().equals(flags.getString("items[1].flagId")));
        assertThat(AuditEventsReader.all(AuditEvents.DEDUCTION_ISSUED,
                p -> p.path("institutionId").asText().equals(hospitalB))).hasSize(1);
    }

    /**
     * POLICY.md, deductions: the funds' share of the flagged items, pro rata to their in-scope amounts. The resold pack
     * is a class B drug of 100.00 (90.00 in scope) in a visit of 290.00 in scope on which the pool paid 174.00: the
     * deduction is 174.00 × 90 / 290 = 54.00, not the 100.00 the pack cost, of which the patient paid a part.
     */
    @Test
    void aConfirmedFlagTakesBackTheFundsShareOfTheFlaggedItemProRataToItsInScopeAmountNeverThePatientShare() {
        String code = traceCode();
        String hospitalB = unique("HB");
        String settlementB = unique("S");
        scenarios.soldAndRecorded(aspirinVisit(unique("S"), unique("P"), unique("HA"), code), code);
        settlement.settled(Settlements.mixedVisit(settlementB, unique("P"), hospitalB, code));
        Awaitility.await().atMost(Duration.ofSeconds(10)).untilAsserted(() ->
                asAgency().queryParam("institutionId", hospitalB).get("/flags").then().statusCode(200)
                        .body("items.ruleId", hasItem("TRACE_RESOLD")));
        String flagId = AuditScenarios.resoldFlagId(asAgency().queryParam("institutionId", hospitalB).get("/flags")
                .then().extract().jsonPath());
        asAgency().get("/flags/{id}", flagId).then().body("amount", yuan("100"));

        AuditScenarios.resolve(flagId, "CONFIRMED");

        asAgency().get("/flags/{id}", flagId).then().body("deducted", yuan("54"));
        AuditEventsReader.Published deduction = AuditEventsReader.await(AuditEvents.DEDUCTION_ISSUED,
                p -> p.path("flagId").asText().equals(flagId));
        assertThat(deduction.payload().path("settlementId").asText()).isEqualTo(settlementB);
        assertThat(deduction.payload().path("amount").decimalValue()).isEqualByComparingTo("54.00");
    }

    @Test
    void dismissingAFlagResolvesItWithoutADeduction() {
        String flagId = scenarios.resoldFlagAt(unique("HB"));

        asAuditor().contentType(ContentType.JSON).body(Map.of("decision", "DISMISSED", "note", "returned pack"))
                .post("/flags/{id}/resolution", flagId)
                .then().statusCode(200).body("status", equalTo("DISMISSED")).body("deductionId", equalTo(null));

        AuditEventsReader.await(AuditEvents.FLAG_RESOLVED,
                p -> p.path("flagId").asText().equals(flagId) && p.path("decision").asText().equals("DISMISSED"));
        assertThat(AuditEventsReader.all(AuditEvents.DEDUCTION_ISSUED, p -> p.path("flagId").asText().equals(flagId))).isEmpty();
    }

    @Test
    void reversingTheFirstSaleVoidsTheFlagThatRestsOnItAndMarksTheLedger() {
        String code = traceCode();
        ClaimSettled atA = aspirinVisit(unique("S"), unique("P"), unique("HA"), code);
        String flagId = AuditScenarios.resoldFlagId(scenarios.resoldAtSecondHospital(atA, code, unique("HB"), unique("S")));

        settlement.reversed(Settlements.reversalOf(atA));

        Awaitility.await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
                asAgency().get("/flags/{id}", flagId).then().statusCode(200).body("status", equalTo("VOIDED")));
        AuditEventsReader.await(AuditEvents.FLAG_RESOLVED,
                p -> p.path("flagId").asText().equals(flagId) && p.path("decision").asText().equals("DISMISSED"));
        asAgency().get("/trace-codes/{code}", code).then().statusCode(200)
                .body("billings[0].reversed", equalTo(true))
                .body("billings[1].reversed", equalTo(false))
                .body("timesBilled", equalTo(1));
    }

    @Test
    void reversingTheFlaggedSettlementItselfVoidsItsFlagAndFreesNothingElse() {
        String code = traceCode();
        String hospitalB = unique("HB");
        ClaimSettled atA = aspirinVisit(unique("S"), unique("P"), unique("HA"), code);
        scenarios.soldAndRecorded(atA, code);
        ClaimSettled atB = aspirinVisit(unique("S"), unique("P"), hospitalB, code);
        settlement.settled(atB);
        Awaitility.await().atMost(Duration.ofSeconds(10)).untilAsserted(() ->
                asAgency().queryParam("institutionId", hospitalB).get("/flags").then().body("total", equalTo(1)));

        settlement.reversed(Settlements.reversalOf(atB));

        Awaitility.await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
                asAgency().queryParam("institutionId", hospitalB).queryParam("status", "VOIDED").get("/flags")
                        .then().body("total", equalTo(1)).body("items[0].note", containsString("reversed")));
        asAgency().get("/trace-codes/{code}", code).then()
                .body("billings.reversed", equalTo(List.of(false, true)))
                .body("timesBilled", equalTo(1));
    }

    @Test
    void aSettlementEventThatBreaksItsSchemaGoesToTheDeadLetterTopic() {
        String key = unique("P");
        Settlements.send(SettlementEvents.CLAIM_SETTLED, key,
                "{\"settlementId\":\"S1\",\"items\":\"not a list\"}".getBytes(StandardCharsets.UTF_8));

        var dead = TestKafka.readUntil(Topics.deadLetterOf(Topics.SETTLEMENT_EVENTS), Duration.ofSeconds(30),
                all -> all.stream().anyMatch(r -> key.equals(r.key())));
        var mine = dead.stream().filter(r -> key.equals(r.key())).findFirst().orElseThrow();
        assertThat(TestKafka.header(mine, CloudEventHeaders.DLQ_CONSUMER)).isEqualTo("audit-service");
        assertThat(TestKafka.header(mine, CloudEventHeaders.DLQ_REASON)).contains("schema");
    }

    @Test
    void theSameClaimSettledTwiceIsScreenedOnce() {
        String code = traceCode();
        String later = traceCode();
        String hospital = unique("HA");
        String person = unique("P");
        ClaimSettled once = aspirinVisit(unique("S"), person, hospital, code);

        settlement.settled(once);
        settlement.settled(once);
        // Same person, same partition: once this one is recorded, both copies before it were handled.
        settlement.settled(aspirinVisit(unique("S"), person, unique("HB"), later));

        Awaitility.await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                asAgency().get("/trace-codes/{code}", later).then().statusCode(200).body("billings", hasSize(1)));
        asAgency().get("/trace-codes/{code}", code).then().statusCode(200).body("billings", hasSize(1));
        asAgency().queryParam("institutionId", hospital).get("/flags").then().statusCode(200).body("total", equalTo(0));
        assertThat(TestKafka.readAll(Topics.deadLetterOf(Topics.SETTLEMENT_EVENTS))).noneMatch(r -> person.equals(r.key()));
    }

    @Test
    void settlementsAndAReversalInOnePollAreJudgedInTheirOrderAsIfOneByOne() {
        String code = traceCode();
        String person = unique("P");
        String hospitalA = unique("HA");
        String hospitalB = unique("HB");
        String hospitalC = unique("HC");
        ClaimSettled atA = aspirinVisit(unique("S"), person, hospitalA, code);
        ClaimSettled atB = aspirinVisit(unique("S"), person, hospitalB, code);
        ClaimSettled atC = aspirinVisit(unique("S"), person, hospitalC, code);

        double fallbacks = InboxMetrics.pollFallbacks("audit-service");

        settlement.inOnePoll(atA, atB, atB, Settlements.reversalOf(atA), atC);

        Awaitility.await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
                asAgency().get("/trace-codes/{code}", code).then().statusCode(200)
                        .body("billings.institutionId", equalTo(List.of(hospitalA, hospitalB, hospitalC)))
                        .body("billings.reversed", equalTo(List.of(true, false, false))));
        // B was judged with A still standing, and its flag voided when A was reversed; C after the reversal, against B
        asAgency().queryParam("institutionId", hospitalB).queryParam("status", "VOIDED").get("/flags").then()
                .body("total", equalTo(1)).body("items[0].ruleId", equalTo("TRACE_RESOLD"));
        asAgency().queryParam("institutionId", hospitalB).queryParam("status", "OPEN").get("/flags").then()
                .body("total", equalTo(0));
        JsonPath atHospitalC = asAgency().queryParam("institutionId", hospitalC).get("/flags").then().statusCode(200)
                .extract().jsonPath();
        assertThat(atHospitalC.getList("items.ruleId")).contains("TRACE_RESOLD");
        assertThat(atHospitalC.getString("items.find { it.ruleId == 'TRACE_RESOLD' }.evidence.firstInstitutionId"))
                .isEqualTo(hospitalB);
        assertThat(atHospitalC.getList("items.status")).containsOnly("OPEN");
        asAgency().queryParam("institutionId", hospitalA).get("/flags").then().body("total", equalTo(0));
        assertThat(InboxMetrics.pollFallbacks("audit-service")).as("polls applied one by one").isEqualTo(fallbacks);
    }

    @Test
    void aPollHoldingALaterSaleBeforeAnEarlierOneFlagsTheLaterSale() {
        String code = traceCode();
        String firstHospital = unique("HA");
        String laterHospital = unique("HB");
        ClaimSettled first = aspirinVisit(unique("S"), unique("P"), firstHospital, code);
        ClaimSettled later = Settlements.settledAt(aspirinVisit(unique("S"), unique("P"), laterHospital, code),
                first.settledAt().plusSeconds(1));

        settlement.inOnePollOnKey(unique("K"), later, first);

        Awaitility.await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
                asAgency().get("/trace-codes/{code}", code).then().statusCode(200)
                        .body("billings.institutionId", equalTo(List.of(firstHospital, laterHospital))));
        asAgency().queryParam("institutionId", laterHospital).get("/flags").then()
                .body("total", equalTo(1)).body("items[0].ruleId", equalTo("TRACE_RESOLD"));
        asAgency().queryParam("institutionId", firstHospital).get("/flags").then().body("total", equalTo(0));
    }

    @Test
    void theCatalogueIsServedAndBadQueriesAreProblems() {
        asAgency().get("/rules").then().statusCode(200)
                .body("id", hasItem("TRACE_RESOLD"))
                .body("find { it.id == 'SPLIT_ADMISSION' }.parameters.withinDays", equalTo(15))
                .body("size()", equalTo(10));
        asAgency().queryParam("status", "MAYBE").get("/flags").then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo("status"));
        asAgency().queryParam("size", 0).get("/flags").then().statusCode(400);
        asAuditor().get("/flags/{id}", "no-such-flag").then().statusCode(404).contentType("application/problem+json");
        asAuditor().contentType(ContentType.JSON).body(Map.of("decision", "MAYBE"))
                .post("/flags/{id}/resolution", "no-such-flag").then().statusCode(400);
    }

    /**
     * The database drops the service's connections again and again while a burst of claims is screened, as when it
     * fails over: every claim still ends up in the history once, and every duplicate is flagged once.
     */
    @Test
    void claimsScreenedWhileTheDatabaseKeepsDroppingConnectionsAreEachRecordedAndFlaggedOnce() {
        String hospital = unique("H");
        int persons = 50;
        int visitsEach = 4;
        List<String> insuredIds = new ArrayList<>();
        for (int person = 0; person < persons; person++) {
            insuredIds.add(unique("P"));
        }
        List<ClaimSettled> claims = new ArrayList<>();
        for (int visit = 0; visit < visitsEach; visit++) {
            insuredIds.forEach(insuredId -> claims.add(aspirinVisit(unique("S"), insuredId, hospital, traceCode())));
        }
        claims.forEach(settlement::settled);

        AtomicLong connectionsCut = new AtomicLong();
        Awaitility.await().pollInterval(Duration.ofMillis(150)).atMost(Duration.ofSeconds(90)).until(() -> {
            connectionsCut.addAndGet(TestDatabase.number("audit", """
                    select count(pg_terminate_backend(pid)) from pg_stat_activity
                    where datname = 'audit' and pid <> pg_backend_pid() and application_name = 'vertx-pg-client'"""));
            return TestDatabase.number("audit", "select count(*) from billed_claim where institution_id = ?", hospital) == claims.size();
        });
        assertThat(connectionsCut.get()).as("connections cut while the claims were screened").isPositive();
        // a claim's flags are written in the transaction that records it
        long duplicates = (long) persons * (visitsEach - 1);
        assertThat(TestDatabase.number("audit",
                "select count(*) from flag where institution_id = ? and rule_id = 'DUPLICATE_BILLING'", hospital)).isEqualTo(duplicates);
        assertThat(TestDatabase.number("audit",
                "select count(distinct settlement_id) from flag where institution_id = ?", hospital)).isEqualTo(duplicates);
        assertThat(TestDatabase.number("audit", "select count(*) from trace_use where institution_id = ?", hospital))
                .isEqualTo(claims.size());
    }
}
