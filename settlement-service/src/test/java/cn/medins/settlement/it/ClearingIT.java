package cn.medins.settlement.it;

import static cn.medins.testing.ExactMoney.yuan;
import static cn.medins.settlement.it.Scenario.enrolled;
import static cn.medins.testing.TestTokens.asAgency;
import static cn.medins.testing.TestTokens.asAuditor;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import cn.medins.contracts.CloudEventHeaders;
import cn.medins.contracts.Topics;
import cn.medins.contracts.audit.AuditEvents;
import cn.medins.contracts.audit.AuditEvents.ClaimFlagged;
import cn.medins.contracts.audit.AuditEvents.Decision;
import cn.medins.contracts.audit.AuditEvents.DeductionIssued;
import cn.medins.contracts.audit.AuditEvents.FlagResolved;
import cn.medins.contracts.audit.AuditEvents.Severity;
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

@QuarkusTest
@QuarkusTestResource(value = KafkaAndPostgresResource.class, initArgs = @ResourceArg(name = "database", value = "settlement"))
class ClearingIT {

    private static final LocalDate SERVICE_DATE = LocalDate.of(2026, 4, 6);
    private static final String CLEARING = "/institutions/{institution}/clearings/2026-04";
    private static final String MAY = "/institutions/{institution}/clearings/2026-05";

    @BeforeAll
    static void exactMoney() {
        ExactMoney.exactDecimals();
    }

    private static String institution() {
        return "H" + UUID.randomUUID().toString().substring(0, 8).toUpperCase(java.util.Locale.ROOT);
    }

    private static String settle(String institution, String amount) {
        return enrolled(Category.ADULT).publish().claim(VisitType.OUTPATIENT).at(institution).item(CatalogClass.A, amount).settle()
                .statusCode(201).extract().path("settlementId");
    }

    private static void flag(String flagId, String settlementId, String institution) {
        Scenario.send(Topics.AUDIT_EVENTS, institution, AuditEvents.CLAIM_FLAGGED, new ClaimFlagged(flagId, "DUPLICATE_BILLING",
                Severity.WARN, settlementId, institution, "P1", SERVICE_DATE, new BigDecimal("20"), "billed twice", Map.of(),
                OffsetDateTime.now()));
    }

    private static void awaitOpenFlags(String institution, int count) {
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() ->
                asAgency().get(CLEARING, institution).then().extract().jsonPath().getInt("openFlags") == count);
    }

    @Test
    void aMonthWithOpenFlagsClosesOnlyAfterAuditAndPaysTheFundsLessDeductions() {
        String institution = institution();
        String flagged = settle(institution, "100");
        settle(institution, "200");
        String reversed = settle(institution, "300");
        asAgency().contentType("application/json").body("{\"reason\":\"wrong patient\"}").post("/settlements/{id}/reversal", reversed)
                .then().statusCode(200);
        flag("F-" + flagged, flagged, institution);
        awaitOpenFlags(institution, 1);

        asAgency().post(CLEARING + "/close", institution).then().statusCode(409).contentType("application/problem+json");

        Scenario.send(Topics.AUDIT_EVENTS, institution, AuditEvents.FLAG_RESOLVED, new FlagResolved("F-" + flagged, flagged,
                institution, SERVICE_DATE, Decision.CONFIRMED, "confirmed", OffsetDateTime.now()));
        Scenario.send(Topics.AUDIT_EVENTS, institution, AuditEvents.DEDUCTION_ISSUED, new DeductionIssued("D-" + flagged,
                "F-" + flagged, flagged, institution, SERVICE_DATE, new BigDecimal("20"), OffsetDateTime.now()));
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() ->
                new BigDecimal(asAgency().get(CLEARING, institution).then().extract().jsonPath().getString("auditDeductions")).signum() > 0);

        // outpatient 60% of 100 and of 200; the reversed claim is not paid.
        asAgency().get(CLEARING, institution).then().statusCode(200)
                .body("status", equalTo("OPEN"))
                .body("claimCount", equalTo(2))
                .body("basicPool", yuan("180"))
                .body("auditDeductions", yuan("20"))
                .body("netPayable", yuan("160"))
                .body("openFlags", equalTo(0));
        asAgency().post(CLEARING + "/close", institution).then().statusCode(200)
                .body("status", equalTo("CLOSED")).body("netPayable", yuan("160")).body("forced", equalTo(false));
        asAgency().post(CLEARING + "/close", institution).then().statusCode(409);
        asAgency().get(CLEARING, institution).then().body("status", equalTo("CLOSED"));

        List<ConsumerRecord<String, byte[]>> records = TestKafka.readUntil(Topics.SETTLEMENT_EVENTS, Duration.ofSeconds(30),
                all -> all.stream().anyMatch(r -> isClearingOf(r, institution)));
        ConsumerRecord<String, byte[]> closed = records.stream().filter(r -> isClearingOf(r, institution)).findFirst().orElseThrow();
        assertThat(TestKafka.value(closed)).contains("\"month\":\"2026-04\"").contains("\"netPayable\":160");
    }

    /**
     * Issue 23, case 3: a closed month is final. A settlement, a reversal and a deduction that arrive for April after
     * it closed are booked in May, the next open month, each listed there with its claim; April's figures never move.
     */
    @Test
    void lateItemsOfAClosedMonthAreBookedInTheNextOpenMonthWithTheirClaimAndTheClosedMonthNeverChanges() {
        String institution = institution();
        String reversedLate = settle(institution, "100");
        String deductedLate = settle(institution, "200");
        asAgency().post(CLEARING + "/close", institution).then().statusCode(200).body("netPayable", yuan("180"));

        String settledLate = settle(institution, "300");
        asAgency().contentType("application/json").body("{\"reason\":\"wrong patient\"}").post("/settlements/{id}/reversal", reversedLate)
                .then().statusCode(200);
        deduct(institution, deductedLate, "20");
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() ->
                new BigDecimal(asAgency().get(MAY, institution).then().extract().jsonPath().getString("auditDeductions")).signum() > 0);

        asAgency().get(CLEARING, institution).then().statusCode(200)
                .body("status", equalTo("CLOSED"))
                .body("claimCount", equalTo(2))
                .body("basicPool", yuan("180"))
                .body("auditDeductions", yuan("0"))
                .body("netPayable", yuan("180"))
                .body("adjustments.size()", equalTo(0));
        // May: the late claim's 180, the late reversal's -60 and the late deduction's 20
        asAgency().get(MAY, institution).then().statusCode(200)
                .body("status", equalTo("OPEN"))
                .body("claimCount", equalTo(1))
                .body("basicPool", yuan("120"))
                .body("auditDeductions", yuan("20"))
                .body("netPayable", yuan("100"))
                .body("adjustments.findAll { it.concernsMonth == '2026-04' }.size()", equalTo(3))
                .body("adjustments.find { it.kind == 'LATE_SETTLEMENT' }.settlementId", equalTo(settledLate))
                .body("adjustments.find { it.kind == 'LATE_SETTLEMENT' }.amount", yuan("180"))
                .body("adjustments.find { it.kind == 'LATE_REVERSAL' }.settlementId", equalTo(reversedLate))
                .body("adjustments.find { it.kind == 'LATE_REVERSAL' }.amount", yuan("-60"))
                .body("adjustments.find { it.kind == 'LATE_DEDUCTION' }.settlementId", equalTo(deductedLate))
                .body("adjustments.find { it.kind == 'LATE_DEDUCTION' }.amount", yuan("-20"));
    }

    /**
     * Issue 23, case 4: a month whose confirmed deductions exceed what the funds owe pays 0, never a negative amount,
     * and the next month starts with the rest.
     */
    @Test
    void aMonthWhoseDeductionsExceedItsFundsPaysNothingAndCarriesTheRestToTheNextMonth() {
        String institution = institution();
        String settlementId = settle(institution, "100");
        deduct(institution, settlementId, "100");
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() ->
                new BigDecimal(asAgency().get(CLEARING, institution).then().extract().jsonPath().getString("auditDeductions")).signum() > 0);

        asAgency().get(CLEARING, institution).then().body("netPayable", yuan("0")).body("carriedForward", yuan("-40"));
        asAgency().post(CLEARING + "/close", institution).then().statusCode(200)
                .body("netPayable", yuan("0")).body("carriedForward", yuan("-40"));
        enrolled(Category.ADULT).publish().claim(VisitType.OUTPATIENT).at(institution).admitted(LocalDate.of(2026, 5, 6))
                .item(CatalogClass.A, "200").settle().statusCode(201);

        asAgency().get(MAY, institution).then().statusCode(200)
                .body("basicPool", yuan("120"))
                .body("carriedIn", yuan("-40"))
                .body("netPayable", yuan("80"))
                .body("adjustments[0].kind", equalTo("CARRIED_FORWARD"))
                .body("adjustments[0].concernsMonth", equalTo("2026-04"))
                .body("adjustments[0].amount", yuan("-40"));
        List<ConsumerRecord<String, byte[]>> records = TestKafka.readUntil(Topics.SETTLEMENT_EVENTS, Duration.ofSeconds(30),
                all -> all.stream().anyMatch(r -> isClearingOf(r, institution)));
        ConsumerRecord<String, byte[]> closed = records.stream().filter(r -> isClearingOf(r, institution)).findFirst().orElseThrow();
        assertThat(TestKafka.value(closed)).contains("\"netPayable\":0").contains("\"carriedForward\":-40");
    }

    private static void deduct(String institution, String settlementId, String amount) {
        Scenario.send(Topics.AUDIT_EVENTS, institution, AuditEvents.DEDUCTION_ISSUED, new DeductionIssued("D-" + settlementId,
                "F-" + settlementId, settlementId, institution, SERVICE_DATE, new BigDecimal(amount), OffsetDateTime.now()));
    }

    @Test
    void forcingClosesAMonthWithOpenFlagsAndSaysSo() {
        String institution = institution();
        String settlementId = settle(institution, "100");
        flag("F-" + settlementId, settlementId, institution);
        awaitOpenFlags(institution, 1);

        asAgency("王科长").post(CLEARING + "/close?force=true", institution).then().statusCode(400)
                .body("errors[0].field", equalTo("reason"));
        asAgency().get(CLEARING, institution).then().body("status", equalTo("OPEN"));

        asAgency("王科长").queryParam("reason", "year-end deadline; flag F-1 stays with audit")
                .post(CLEARING + "/close?force=true", institution).then().statusCode(200)
                .body("status", equalTo("CLOSED"))
                .body("forced", equalTo(true))
                .body("forceReason", equalTo("year-end deadline; flag F-1 stays with audit"))
                .body("closedBy", equalTo("王科长"))
                .body("netPayable", yuan("60"));
        asAuditor().queryParam("subject", institution + "/2026-04").get("/audit-trail").then().statusCode(200)
                .body("total", equalTo(1))
                .body("items[0].actor", equalTo("王科长"))
                .body("items[0].action", equalTo("CLEARING_FORCE_CLOSED"))
                .body("items[0].detail", equalTo("year-end deadline; flag F-1 stays with audit"));
    }

    @Test
    void theCreditGradeSetsTheMonthsPrepaymentTierAndAClosedMonthKeepsTheTierItWasClosedUnder() {
        String institution = institution();
        settle(institution, "500");
        asAgency().get(CLEARING, institution).then().statusCode(200)
                .body("prepayment.creditGrade", equalTo(null))
                .body("prepayment.tier", equalTo(2));

        grade(institution, "C-", OffsetDateTime.now().minusMinutes(2));
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() ->
                Integer.valueOf(3).equals(asAgency().get(CLEARING, institution).then().extract().path("prepayment.tier")));
        asAgency().post(CLEARING + "/close", institution).then().statusCode(200)
                .body("netPayable", yuan("300"))
                .body("prepayment.creditGrade", equalTo("C-"))
                .body("prepayment.ratio", yuan("0.80"))
                .body("prepayment.prepaid", yuan("240"))
                .body("prepayment.retained", yuan("60"));

        grade(institution, "A", OffsetDateTime.now().minusMinutes(1));
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() ->
                Integer.valueOf(1).equals(asAgency().get(MAY, institution).then().extract().path("prepayment.tier")));
        asAgency().get(CLEARING, institution).then().statusCode(200)
                .body("prepayment.creditGrade", equalTo("C-"))
                .body("prepayment.tier", equalTo(3))
                .body("prepayment.prepaid", yuan("240"));
        List<ConsumerRecord<String, byte[]>> records = TestKafka.readUntil(Topics.SETTLEMENT_EVENTS, Duration.ofSeconds(30),
                all -> all.stream().anyMatch(r -> isClearingOf(r, institution)));
        assertThat(TestKafka.value(records.stream().filter(r -> isClearingOf(r, institution)).findFirst().orElseThrow()))
                .contains("\"prepayment\":{\"creditGrade\":\"C-\",\"tier\":3,\"ratio\":0.80,\"prepaid\":240.00,\"retained\":60.00}");
    }

    private static void grade(String institution, String grade, OffsetDateTime at) {
        Scenario.send(Topics.AUDIT_EVENTS, institution, AuditEvents.INSTITUTION_GRADED,
                new AuditEvents.InstitutionGraded(institution, grade, List.of("test"), at));
    }

    @Test
    void aMonthThatIsNotAMonthIsABadRequest() {
        asAgency().get("/institutions/{institution}/clearings/2026-13", institution()).then().statusCode(400)
                .body("errors[0].field", equalTo("$.month"));
    }

    private static boolean isClearingOf(ConsumerRecord<String, byte[]> record, String institution) {
        return institution.equals(record.key())
                && SettlementEvents.CLEARING_CLOSED.toString().equals(TestKafka.header(record, CloudEventHeaders.TYPE));
    }
}
