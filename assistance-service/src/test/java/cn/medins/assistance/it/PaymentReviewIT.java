package cn.medins.assistance.it;

import static cn.medins.testing.ExactMoney.yuan;
import static cn.medins.testing.TestTokens.asAgency;
import static cn.medins.testing.TestTokens.asAuditor;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import cn.medins.contracts.CloudEventHeaders;
import cn.medins.contracts.Topics;
import cn.medins.contracts.assistance.AssistanceEvents;
import cn.medins.contracts.coverage.Category;
import cn.medins.contracts.coverage.MaternityCaseType;
import cn.medins.contracts.coverage.Sex;
import cn.medins.contracts.coverage.VisitType;
import cn.medins.contracts.partner.EmploymentEvent;
import cn.medins.contracts.partner.NeedyCategory;
import cn.medins.contracts.settlement.SettlementEvents;
import cn.medins.contracts.settlement.SettlementEvents.Diagnosis;
import cn.medins.contracts.settlement.SettlementEvents.Maternity;
import cn.medins.testing.ExactMoney;
import cn.medins.testing.KafkaAndPostgresResource;
import cn.medins.testing.TestDatabase;
import cn.medins.testing.TestKafka;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

/**
 * Trust boundaries: one partner record drives how much is paid (HR's wage makes the maternity allowance, a needy grant
 * makes assistance due), and before this any amount went to the bank unseen, so one forged record could pay millions.
 * Now an impossible wage is refused, and a payment above the policy limits is held, listed for staff and sent only
 * when a third different reviewer approves it at 拨付.
 */
@QuarkusTest
@QuarkusTestResource(value = KafkaAndPostgresResource.class, initArgs = @ResourceArg(name = "database", value = "assistance"))
class PaymentReviewIT {

    @BeforeAll
    static void exactMoney() {
        ExactMoney.exactDecimals();
    }

    @Test
    void aWageOfZeroOrBeyondAnyPlausibleWageIsDeadLetteredNamingTheFieldAndTheWageOnFileStays() {
        String idNumber = TestPeople.idNumber("1992-03-03");
        Payloads.hired(idNumber);

        employment("HR-ZERO-" + idNumber, idNumber, Payloads.REGION, "0.00");
        employment("HR-MILLIONS-" + idNumber, idNumber, Payloads.REGION, "2000000.00");

        assertThat(deadLetterReason("HR-ZERO-" + idNumber)).isEqualTo("field averageMonthlyWage: 0.00 is not a wage (must be above 0)");
        assertThat(deadLetterReason("HR-MILLIONS-" + idNumber))
                .isEqualTo("field averageMonthlyWage: 2000000.00 is above 1000000, no plausible employer average monthly wage");
        assertThat(TestDatabase.single(Awaits.DB, "select average_monthly_wage from employment_wage where id_number = ?",
                TestDatabase.sealed(idNumber))).isEqualTo(new BigDecimal("6500.00"));
    }

    @Test
    void anHrRecordNamingACityHrMayNotActForIsDeadLetteredAndRecordsNoWage() {
        String idNumber = TestPeople.idNumber("1992-03-03");

        employment("HR-QINGDAO-" + idNumber, idNumber, "370200", "6500.00");

        assertThat(deadLetterReason("HR-QINGDAO-" + idNumber)).isEqualTo("field regionCode: 370200 is not a region the hr partner may act for");
        assertThat(TestDatabase.number(Awaits.DB, "select count(*) from employment_wage where id_number = ?",
                TestDatabase.sealed(idNumber))).isZero();
    }

    @Test
    void anAllowanceOnAWageAboveTheReviewLimitIsHeldListedForStaffAndSentOnlyWhenTheThirdReviewerApproves() {
        String idNumber = TestPeople.idNumber("1992-03-03");
        employment("HR-HIGH-" + idNumber, idNumber, Payloads.REGION, "30000.00");
        Awaits.until("select count(*) from employment_wage where id_number = ?", 1, TestDatabase.sealed(idNumber));
        Payloads.sendStatus(Payloads.grant(idNumber, NeedyCategory.MONITORED, LocalDate.now()));
        Awaits.registered(idNumber, 1);

        delivery(idNumber).settleAndAwait();

        String held = "items.find { it.idNumber == '" + idNumber + "' }";
        String paymentId = asAuditor().get("/payments/held?size=200").then().statusCode(200)
                .body(held + ".amount", yuan("98000.00"))
                .body(held + ".kind", equalTo("MATERNITY_ALLOWANCE"))
                .body(held + ".account", equalTo("6228********0017"))
                .body(held + ".reason", containsString("averageMonthlyWage 30000.00 is above the wage review limit 24000"))
                .body(held + ".decidedAt", notNullValue())
                .extract().path(held + ".paymentId");
        String caseId = asAgency().get("/payments/held?size=200").then().extract().path(held + ".caseId");
        assertThat(instructions(idNumber)).isEmpty();
        asAgency().get("/cases?status=INITIAL_REVIEW&size=200").then()
                .body("items.find { it.caseId == '" + caseId + "' }.kind", equalTo("PAYMENT_REVIEW"))
                .body("items.find { it.caseId == '" + caseId + "' }.amount", yuan("98000.00"));

        reviewAs("王科员", caseId, "APPROVE").statusCode(200).body("status", equalTo("RECHECK"));
        reviewAs("李科长", caseId, "APPROVE").statusCode(200).body("status", equalTo("DISBURSEMENT"));
        reviewAs("李科长", caseId, "APPROVE").statusCode(409).body("type", equalTo("https://medins.cn/problems/same-reviewer"));
        assertThat(instructions(idNumber)).isEmpty();
        reviewAs("赵主任", caseId, "APPROVE").statusCode(200).body("status", equalTo("COMPLETED")).body("paymentId", equalTo(paymentId));

        JsonNode payment = SuiteEvents.awaitOn(Topics.PAYMENT_INSTRUCTIONS, AssistanceEvents.PAYMENT_INSTRUCTION, idNumber).get(0);
        assertThat(payment.path("paymentId").asText()).isEqualTo(paymentId);
        assertThat(payment.path("amount").decimalValue()).isEqualByComparingTo("98000.00");
        asAgency().get("/payments/held?size=200").then().body(held, nullValue());
        Lookups.benefits(idNumber).then()
                .body("items.find { it.kind == 'MATERNITY_ALLOWANCE' }.status", equalTo("PAID"));
        Lookups.payments(idNumber).then().body("items[0].status", equalTo("INSTRUCTED"));
    }

    @Test
    void retroactiveAssistanceAboveTheSinglePaymentThresholdIsHeldAndARejectionSendsNothing() {
        String idNumber = TestPeople.idNumber();
        String insuredId = TestPeople.insuredId();
        Payloads.enrolResident(insuredId, idNumber);
        Payloads.Claim claim = Payloads.claim(insuredId, idNumber);
        claim.settleAndAwait();
        Payloads.sendStatus(Payloads.grant(idNumber, NeedyCategory.LOW_INCOME, LocalDate.now().withDayOfYear(1)));
        JsonNode request = SuiteEvents.awaitOn(Topics.ASSISTANCE_EVENTS, AssistanceEvents.ADJUDICATION_REQUESTED, idNumber).get(0);

        SuiteEvents.publish(Topics.SETTLEMENT_EVENTS, insuredId, SettlementEvents.ASSISTANCE_ADJUDICATED,
                Payloads.answer(request, claim.settlementId, new BigDecimal("12000.00"), new BigDecimal("13000.00")));

        JsonNode granted = SuiteEvents.awaitOn(Topics.ASSISTANCE_EVENTS, AssistanceEvents.ASSISTANCE_GRANTED, idNumber).get(0);
        assertThat(granted.path("paymentId").isNull()).isTrue();
        String held = "items.find { it.idNumber == '" + idNumber + "' }";
        String caseId = asAgency().get("/payments/held?size=200").then().statusCode(200)
                .body(held + ".amount", yuan("25000.00"))
                .body(held + ".reason", containsString("amount 25000.00 is above the RETROACTIVE_ASSISTANCE review threshold 20000"))
                .extract().path(held + ".caseId");
        assertThat(instructions(idNumber)).isEmpty();

        reviewAs("王科员", caseId, "REJECT").statusCode(200).body("status", equalTo("REJECTED"));

        asAgency().get("/payments/held?size=200").then().body(held, nullValue());
        Lookups.payments(idNumber).then().body("items[0].status", equalTo("REJECTED"));
        Lookups.benefits(idNumber).then()
                .body("items.find { it.kind == 'RETROACTIVE_ASSISTANCE' }.status", equalTo("REJECTED"));
        assertThat(instructions(idNumber)).isEmpty();
    }

    /** A case approved before the wage was known must not send whatever wage HR reports afterwards. */
    @Test
    void aMaternityCaseApprovedWhileItsWageWasUnknownHoldsThePaymentWhenTheWageComesAboveTheLimit() {
        String idNumber = TestPeople.idNumber("1992-03-03");
        delivery(idNumber).settleAndAwait();
        String caseId = CaseReviewIT.caseOf(idNumber, "INITIAL_REVIEW");
        Payloads.sendStatus(Payloads.grant(idNumber, NeedyCategory.MONITORED, LocalDate.now()));
        Awaits.registered(idNumber, 1);
        reviewAs("王科员", caseId, "APPROVE").statusCode(200);
        reviewAs("李科长", caseId, "APPROVE").statusCode(200);

        employment("HR-LATE-" + idNumber, idNumber, Payloads.REGION, "900000.00");
        Awaits.until("select count(*) from employment_wage where id_number = ?", 1, TestDatabase.sealed(idNumber));
        reviewAs("赵主任", caseId, "APPROVE").statusCode(200).body("status", equalTo("COMPLETED")).body("amount", yuan("2940000.00"));

        asAgency().get("/payments/held?size=200").then()
                .body("items.find { it.idNumber == '" + idNumber + "' }.reason", containsString("averageMonthlyWage 900000.00"));
        assertThat(instructions(idNumber)).isEmpty();
    }

    @Test
    void theHeldListIsPagedAndRefusesABadPageNamingTheParameter() {
        asAgency().get("/payments/held?size=1").then().statusCode(200).body("size", equalTo(1)).body("page", equalTo(0));
        asAgency().get("/payments/held?size=0").then().statusCode(400).body("errors[0].field", equalTo("size"));
        asAgency().get("/payments/held?page=-1").then().statusCode(400).body("errors[0].field", equalTo("page"));
    }

    private static void employment(String eventNo, String idNumber, String regionCode, String wage) {
        SuiteEvents.partner(Topics.EMPLOYMENT_EVENTS, idNumber, new EmploymentEvent(eventNo, EmploymentEvent.Type.HIRED,
                idNumber, LocalDate.now(), "E371600045", regionCode, new BigDecimal(wage)));
    }

    private static String deadLetterReason(String eventNo) {
        return TestKafka.header(SuiteEvents.awaitDeadLetter(Topics.EMPLOYMENT_EVENTS, eventNo).get(0), CloudEventHeaders.DLQ_REASON);
    }

    private static java.util.List<JsonNode> instructions(String idNumber) {
        return SuiteEvents.allOn(Topics.PAYMENT_INSTRUCTIONS, AssistanceEvents.PAYMENT_INSTRUCTION, idNumber);
    }

    private static Payloads.Claim delivery(String idNumber) {
        Payloads.Claim delivery = Payloads.claim(TestPeople.insuredId(), idNumber).visit(VisitType.MATERNITY, 2, new Diagnosis("O80", true));
        delivery.category = Category.ACTIVE;
        delivery.sex = Sex.F;
        delivery.birthDate = LocalDate.of(1992, 3, 3);
        delivery.maternity = new Maternity(MaternityCaseType.SINGLE_VAGINAL, 1, 1);
        delivery.withSplit(Payloads.split("8000.00", "8000.00", "0.00", "0.00", "0.00", "0.00"));
        return delivery;
    }

    private static ValidatableResponse reviewAs(String reviewer, String caseId, String decision) {
        return asAgency(reviewer).contentType(ContentType.JSON).body(Map.of("decision", decision, "note", "checked"))
                .post("/cases/{id}/review", caseId).then();
    }
}
