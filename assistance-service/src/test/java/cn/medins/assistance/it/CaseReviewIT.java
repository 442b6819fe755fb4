package cn.medins.assistance.it;

import static cn.medins.testing.TestTokens.asAgency;
import static cn.medins.testing.ExactMoney.yuan;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.lessThanOrEqualTo;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import cn.medins.contracts.Topics;
import cn.medins.contracts.assistance.AssistanceEvents;
import cn.medins.contracts.coverage.Category;
import cn.medins.contracts.coverage.MaternityCaseType;
import cn.medins.contracts.coverage.VisitType;
import cn.medins.contracts.partner.NeedyCategory;
import cn.medins.contracts.settlement.SettlementEvents;
import cn.medins.contracts.settlement.SettlementEvents.Diagnosis;
import cn.medins.testing.ExactMoney;
import cn.medins.testing.KafkaAndPostgresResource;
import cn.medins.testing.TestDatabase;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

/** Township review through HTTP: 初审 → 复核 → 拨付, payment at 拨付, refused transitions changing nothing. */
@QuarkusTest
@QuarkusTestResource(value = KafkaAndPostgresResource.class, initArgs = @ResourceArg(name = "database", value = "assistance"))
class CaseReviewIT {

    @BeforeAll
    static void exactMoney() {
        ExactMoney.exactDecimals();
    }

    @Test
    void anAssessmentCaseAdvancesOneStagePerApprovalAndAClosedCaseRefusesMoreWith409() {
        String idNumber = TestPeople.idNumber("1950-01-01");
        Payloads.Claim stroke = Payloads.claim(TestPeople.insuredId(), idNumber).visit(VisitType.INPATIENT, 3, new Diagnosis("I61.0", true));
        stroke.birthDate = LocalDate.of(1950, 1, 1);
        stroke.settleAndAwait();
        String caseId = caseOf(idNumber, "INITIAL_REVIEW");

        review(caseId, "APPROVE").statusCode(200).body("status", equalTo("RECHECK"));
        review(caseId, "APPROVE").statusCode(200).body("status", equalTo("DISBURSEMENT"));
        review(caseId, "APPROVE").statusCode(200).body("status", equalTo("COMPLETED"))
                .body("reviews", hasSize(3))
                .body("reviews[0].stage", equalTo("INITIAL_REVIEW"))
                .body("reviews.reviewer", org.hamcrest.Matchers.contains("staff-1", "staff-2", "staff-3"))
                .body("paymentId", equalTo(null));
        review(caseId, "REJECT").statusCode(409).contentType("application/problem+json");
        assertThat(TestDatabase.number(Awaits.DB, "select count(*) from case_review where case_id = ?", UUID.fromString(caseId)))
                .isEqualTo(3);
        cn.medins.testing.TestTokens.asAuditor().queryParam("subject", caseId).get("/audit-trail").then().statusCode(200)
                .body("total", equalTo(3))
                .body("items.actor", org.hamcrest.Matchers.contains("staff-3", "staff-2", "staff-1"))
                .body("items[0].action", equalTo("CASE_APPROVED"))
                .body("items[0].detail", org.hamcrest.Matchers.startsWith("LONG_TERM_CARE_REFERRAL at DISBURSEMENT → COMPLETED"));
    }

    @Test
    void retroactiveAssistanceWithoutAnAccountIsPaidAtDisbursementOnceCivilAffairsGivesTheAccount() {
        String idNumber = TestPeople.idNumber();
        String insuredId = TestPeople.insuredId();
        Payloads.Claim claim = Payloads.claim(insuredId, idNumber);
        claim.settleAndAwait();
        LocalDate validFrom = LocalDate.now().withDayOfYear(1);
        Payloads.sendStatus(Payloads.grantWithoutAccount(idNumber, NeedyCategory.LOW_INCOME, validFrom));
        JsonNode request = SuiteEvents.awaitOn(Topics.ASSISTANCE_EVENTS, AssistanceEvents.ADJUDICATION_REQUESTED, idNumber).get(0);
        BigDecimal owed = new BigDecimal("9439.50");
        SuiteEvents.publish(Topics.SETTLEMENT_EVENTS, insuredId, SettlementEvents.ASSISTANCE_ADJUDICATED,
                Payloads.answer(request, claim.settlementId, owed));
        JsonNode granted = SuiteEvents.awaitOn(Topics.ASSISTANCE_EVENTS, AssistanceEvents.ASSISTANCE_GRANTED, idNumber).get(0);
        assertThat(granted.path("paymentId").isNull()).isTrue();
        String caseId = caseOf(idNumber, "INITIAL_REVIEW");

        review(caseId, "APPROVE").statusCode(200);
        review(caseId, "APPROVE").statusCode(200).body("status", equalTo("DISBURSEMENT"));
        review(caseId, "APPROVE").statusCode(409).body("type", equalTo("https://medins.cn/problems/account-unknown"));
        asAgency().get("/cases?status=DISBURSEMENT&size=200").then().statusCode(200)
                .body("items.find { it.caseId == '" + caseId + "' }.reviews", hasSize(2));

        Payloads.sendStatus(Payloads.grant(idNumber, NeedyCategory.LOW_INCOME, validFrom.plusDays(1)));
        Awaits.registered(idNumber, 2);
        review(caseId, "APPROVE").statusCode(200).body("status", equalTo("COMPLETED"));

        JsonNode payment = SuiteEvents.awaitOn(Topics.PAYMENT_INSTRUCTIONS, AssistanceEvents.PAYMENT_INSTRUCTION, idNumber).get(0);
        assertThat(payment.path("amount").decimalValue()).isEqualByComparingTo(owed);
        Lookups.benefits(idNumber).then().statusCode(200)
                .body("items.find { it.kind == 'RETROACTIVE_ASSISTANCE' }.status", equalTo("PAID"));
    }

    @Test
    void aGrantFromBeforeLastYearOpensAReviewCaseForTheClaimsBeyondReachThatPaysNothingWhenCompleted() {
        String idNumber = TestPeople.idNumber();
        LocalDate longAgo = LocalDate.of(LocalDate.now().getYear() - 2, 6, 1);
        Payloads.sendStatus(Payloads.grant(idNumber, NeedyCategory.LOW_INCOME, longAgo));

        String caseId = org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(30))
                .until(() -> caseOf(idNumber, "INITIAL_REVIEW"), java.util.Objects::nonNull);
        asAgency().get("/cases?status=INITIAL_REVIEW&size=200").then().statusCode(200)
                .body("items.findAll { it.idNumber == '" + idNumber + "' }.kind", org.hamcrest.Matchers.contains("RETROACTIVE_ASSISTANCE_REVIEW"))
                .body("items.find { it.caseId == '" + caseId + "' }.reason",
                        org.hamcrest.Matchers.containsString("reaches back before " + (LocalDate.now().getYear() - 1) + "-01-01"));
        review(caseId, "APPROVE").statusCode(200);
        review(caseId, "APPROVE").statusCode(200);
        review(caseId, "APPROVE").statusCode(200).body("status", equalTo("COMPLETED")).body("paymentId", org.hamcrest.Matchers.nullValue());
    }

    @Test
    void aMaternityCaseWaitsAtDisbursementUntilTheWageAndTheAccountAreKnownThenPaysTheAllowance() {
        String idNumber = TestPeople.idNumber("1992-03-03");
        Payloads.Claim delivery = delivery(idNumber);
        delivery.settleAndAwait();
        String caseId = caseOf(idNumber, "INITIAL_REVIEW");
        review(caseId, "APPROVE").statusCode(200);
        review(caseId, "APPROVE").statusCode(200);

        review(caseId, "APPROVE").statusCode(409).body("type", equalTo("https://medins.cn/problems/amount-unknown"));
        Payloads.hired(idNumber);
        review(caseId, "APPROVE").statusCode(409).body("type", equalTo("https://medins.cn/problems/account-unknown"));
        Payloads.sendStatus(Payloads.grant(idNumber, NeedyCategory.MONITORED, LocalDate.now()));
        Awaits.registered(idNumber, 1);

        review(caseId, "APPROVE").statusCode(200).body("status", equalTo("COMPLETED")).body("amount", yuan("21233.33"));
        JsonNode payment = SuiteEvents.awaitOn(Topics.PAYMENT_INSTRUCTIONS, AssistanceEvents.PAYMENT_INSTRUCTION, idNumber).get(0);
        assertThat(payment.path("amount").decimalValue()).isEqualByComparingTo("21233.33");
    }

    @Test
    void aRejectedCaseEndsItsDecisionAndPaysNothing() {
        String idNumber = TestPeople.idNumber("1992-03-03");
        Payloads.Claim delivery = delivery(idNumber);
        delivery.settleAndAwait();
        String caseId = caseOf(idNumber, "INITIAL_REVIEW");

        review(caseId, "REJECT").statusCode(200).body("status", equalTo("REJECTED"));

        assertThat(TestDatabase.single(Awaits.DB, "select status from benefit_decision where id_number = ?", TestDatabase.sealed(idNumber))).isEqualTo("REJECTED");
        assertThat(TestDatabase.number(Awaits.DB, "select count(*) from payment where id_number = ?", TestDatabase.sealed(idNumber))).isZero();
    }

    private static Payloads.Claim delivery(String idNumber) {
        Payloads.Claim delivery = Payloads.claim(TestPeople.insuredId(), idNumber).visit(VisitType.MATERNITY, 2, new Diagnosis("O80", true));
        delivery.category = Category.ACTIVE;
        delivery.maternity = new SettlementEvents.Maternity(MaternityCaseType.SINGLE_VAGINAL, 1, 1);
        return delivery;
    }

    /**
     * Issue 25: reviewer names were free text, so one token passed a case through 初审, 复核 and 拨付 and released the
     * payment alone. The reviewer is now the token's subject, and each stage needs another person.
     */
    @Test
    void onePersonCannotPassACaseThroughTwoStagesAndTheBodyCannotNameTheReviewer() {
        String idNumber = TestPeople.idNumber("1950-01-01");
        Payloads.Claim stroke = Payloads.claim(TestPeople.insuredId(), idNumber).visit(VisitType.INPATIENT, 3, new Diagnosis("I61.0", true));
        stroke.birthDate = LocalDate.of(1950, 1, 1);
        stroke.settleAndAwait();
        String caseId = caseOf(idNumber, "INITIAL_REVIEW");

        reviewAs("王科员", caseId, "APPROVE").statusCode(200).body("status", equalTo("RECHECK"));
        reviewAs("王科员", caseId, "APPROVE").statusCode(409).body("type", equalTo("https://medins.cn/problems/same-reviewer"));
        asAgency("王科员").contentType(ContentType.JSON).body(Map.of("decision", "APPROVE", "reviewer", "李科长"))
                .post("/cases/{id}/review", caseId).then().statusCode(400);
        reviewAs("李科长", caseId, "APPROVE").statusCode(200).body("status", equalTo("DISBURSEMENT"));
        reviewAs("王科员", caseId, "APPROVE").statusCode(409);
        reviewAs("李科长", caseId, "APPROVE").statusCode(409);
        reviewAs("赵主任", caseId, "APPROVE").statusCode(200).body("status", equalTo("COMPLETED"))
                .body("reviews.reviewer", org.hamcrest.Matchers.contains("王科员", "李科长", "赵主任"));
    }

    @Test
    void badReviewsAndListingsAreProblemsNamingTheFieldAndAnUnknownCaseA404() {
        asAgency().contentType(ContentType.JSON).body(Map.of("note", "no decision"))
                .post("/cases/{id}/review", UUID.randomUUID()).then().statusCode(400)
                .body("errors.field", hasItem(containsString("decision")));
        review(UUID.randomUUID().toString(), "APPROVE").statusCode(404);
        asAgency().get("/cases?status=NOT_A_STATUS").then().statusCode(400).body("errors[0].field", equalTo("status"));
        asAgency().get("/cases?size=0").then().statusCode(400).body("errors[0].field", equalTo("size"));
        asAgency().get("/cases?size=1").then().statusCode(200).body("size", equalTo(1)).body("items.size()", lessThanOrEqualTo(1));
    }

    /** Each successful review of a case by the next member of staff, as the four-eyes rule asks. */
    private static ValidatableResponse review(String caseId, String decision) {
        int next = REVIEWS.getOrDefault(caseId, 0) + 1;
        ValidatableResponse response = reviewAs("staff-" + next, caseId, decision);
        if (response.extract().statusCode() == 200) {
            REVIEWS.put(caseId, next);
        }
        return response;
    }

    private static final Map<String, Integer> REVIEWS = new java.util.concurrent.ConcurrentHashMap<>();

    private static ValidatableResponse reviewAs(String reviewer, String caseId, String decision) {
        return asAgency(reviewer).contentType(ContentType.JSON).body(Map.of("decision", decision, "note", "checked"))
                .post("/cases/{id}/review", caseId).then();
    }

    static String caseOf(String idNumber, String status) {
        return asAgency().get("/cases?status={status}&size=200", status).then().statusCode(200)
                .extract().path("items.find { it.idNumber == '" + idNumber + "' }.caseId");
    }
}
