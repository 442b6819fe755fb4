package cn.medins.assistance.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import cn.medins.contracts.Topics;
import cn.medins.contracts.assistance.AssistanceEvents;
import cn.medins.contracts.coverage.Category;
import cn.medins.contracts.coverage.MaternityCaseType;
import cn.medins.contracts.coverage.Sex;
import cn.medins.contracts.coverage.VisitType;
import cn.medins.contracts.partner.AssistanceStatusChange;
import cn.medins.contracts.partner.NeedyCategory;
import cn.medins.contracts.settlement.SettlementEvents;
import cn.medins.contracts.settlement.SettlementEvents.AssistanceAdjudicated;
import cn.medins.contracts.settlement.SettlementEvents.ClaimSettled;
import cn.medins.contracts.settlement.SettlementEvents.Diagnosis;
import cn.medins.contracts.settlement.SettlementEvents.Maternity;
import cn.medins.testing.InboxMetrics;
import cn.medins.testing.KafkaAndPostgresResource;
import cn.medins.testing.TestDatabase;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;

/** Each claim matcher through Kafka: it fires, a near miss does not, and a replayed claim decides nothing more. */
@QuarkusTest
@QuarkusTestResource(value = KafkaAndPostgresResource.class, initArgs = @ResourceArg(name = "database", value = "assistance"))
class ClaimMatchersIT {

    private static final LocalDate THIS_YEAR = LocalDate.now().withDayOfYear(1);
    private static final String CONSUMER = "assistance-service";

    @Test
    void anInpatientStayWithHypertensionAsPrincipalDiagnosisIsRecognisedOnceWhateverIsReplayed() {
        String idNumber = TestPeople.idNumber();
        Payloads.Claim stay = Payloads.claim(TestPeople.insuredId(), idNumber)
                .visit(VisitType.INPATIENT, 2, new Diagnosis("I10", true));
        String eventId = stay.settle();

        JsonNode granted = SuiteEvents.awaitOn(Topics.ASSISTANCE_EVENTS, AssistanceEvents.BENEFIT_GRANTED, idNumber).get(0);
        assertThat(granted.path("kind").asText()).isEqualTo("CHRONIC_DISEASE_RECOGNITION");
        assertThat(granted.path("details").path("disease").asText()).isEqualTo("HYPERTENSION");
        assertThat(granted.path("details").path("validFrom").asText()).isEqualTo(stay.discharge.toString());
        assertThat(granted.path("matchedFacts").findValuesAsText("eventId")).contains(eventId);

        replay(stay, eventId);
        assertThat(SuiteEvents.allOn(Topics.ASSISTANCE_EVENTS, AssistanceEvents.BENEFIT_GRANTED, idNumber)).hasSize(1);
    }

    @Test
    void twoHypertensionVisitsInOnePollAreRecognisedFromTheSecondAsIfTheyHadComeOneByOne() {
        String idNumber = TestPeople.idNumber();
        String insuredId = TestPeople.insuredId();
        Payloads.Claim first = outpatientVisit(insuredId, idNumber, 2, "I10", 3);
        Payloads.Claim second = outpatientVisit(insuredId, idNumber, 2, "I11.9", 40);
        double fallbacks = InboxMetrics.pollFallbacks(CONSUMER);

        // the second settlement twice, as a relay that published it again would
        SuiteEvents.publishTogether(Topics.SETTLEMENT_EVENTS, insuredId, SettlementEvents.CLAIM_SETTLED,
                List.of(first.event(), second.event(), second.event()));

        JsonNode granted = SuiteEvents.awaitOn(Topics.ASSISTANCE_EVENTS, AssistanceEvents.BENEFIT_GRANTED, idNumber).get(0);
        assertThat(granted.path("details").path("disease").asText()).isEqualTo("HYPERTENSION");
        assertThat(granted.path("details").path("validFrom").asText()).isEqualTo(second.admission.toString());
        Awaits.claim(second.settlementId);
        assertThat(TestDatabase.number(Awaits.DB, "select count(*) from settled_claim where settlement_id in (?, ?)",
                first.settlementId, second.settlementId)).isEqualTo(2);
        assertThat(SuiteEvents.allOn(Topics.ASSISTANCE_EVENTS, AssistanceEvents.BENEFIT_GRANTED, idNumber)).hasSize(1);
        assertThat(InboxMetrics.pollFallbacks(CONSUMER)).as("polls applied one by one").isEqualTo(fallbacks);
    }

    @Test
    void hypertensionInTwoLevelOneOutpatientVisitsIsNotRecognised() {
        String idNumber = TestPeople.idNumber();
        String insuredId = TestPeople.insuredId();
        Payloads.Claim first = outpatientVisit(insuredId, idNumber, 1, "I10", 3);
        Payloads.Claim second = outpatientVisit(insuredId, idNumber, 1, "I10", 40);
        first.settle();
        second.settleAndAwait();
        assertThat(Awaits.decisions(idNumber, "CHRONIC_DISEASE_RECOGNITION")).isZero();
    }

    @Test
    void anEmployeeDeliveryIsPaidTheMaternityAllowanceOnceToTheRegisteredAccount() {
        String idNumber = TestPeople.idNumber("1992-03-03");
        String insuredId = TestPeople.insuredId();
        Payloads.hired(idNumber);
        Payloads.sendStatus(Payloads.grant(idNumber, NeedyCategory.MONITORED, LocalDate.now()));
        Awaits.registered(idNumber, 1);

        Payloads.Claim delivery = delivery(insuredId, idNumber);
        String eventId = delivery.settle();

        JsonNode payment = SuiteEvents.awaitOn(Topics.PAYMENT_INSTRUCTIONS, AssistanceEvents.PAYMENT_INSTRUCTION, idNumber).get(0);
        assertThat(payment.path("amount").decimalValue()).isEqualByComparingTo("21233.33");
        replay(delivery, eventId);
        assertThat(SuiteEvents.allOn(Topics.PAYMENT_INSTRUCTIONS, AssistanceEvents.PAYMENT_INSTRUCTION, idNumber)).hasSize(1);
        assertThat(Awaits.decisions(idNumber, "MATERNITY_ALLOWANCE")).isEqualTo(1);
    }

    @Test
    void aDeliveryWithoutAKnownWageOrAccountGoesToTownshipReviewInsteadOfPayment() {
        String idNumber = TestPeople.idNumber("1992-03-03");
        Payloads.Claim delivery = delivery(TestPeople.insuredId(), idNumber);
        delivery.settleAndAwait();
        assertThat(TestDatabase.single(Awaits.DB, "select status from review_case where id_number = ?", TestDatabase.sealed(idNumber)))
                .isEqualTo("INITIAL_REVIEW");
        assertThat(TestDatabase.number(Awaits.DB, "select count(*) from payment where id_number = ?", TestDatabase.sealed(idNumber))).isZero();
    }

    @Test
    void aStrokeDischargeAtSeventyOpensOneAssessmentCaseAndAtFiftyNineNone() {
        String idNumber = TestPeople.idNumber("1956-01-01");
        Payloads.Claim stroke = Payloads.claim(TestPeople.insuredId(), idNumber)
                .visit(VisitType.INPATIENT, 3, new Diagnosis("I63.9", true));
        stroke.birthDate = LocalDate.of(1956, 1, 1);
        String eventId = stroke.settle();

        JsonNode granted = SuiteEvents.awaitOn(Topics.ASSISTANCE_EVENTS, AssistanceEvents.BENEFIT_GRANTED, idNumber).get(0);
        assertThat(granted.path("kind").asText()).isEqualTo("LONG_TERM_CARE_REFERRAL");
        replay(stroke, eventId);
        assertThat(TestDatabase.number(Awaits.DB, "select count(*) from review_case where id_number = ? and kind = ?",
                TestDatabase.sealed(idNumber), "LONG_TERM_CARE_REFERRAL")).isEqualTo(1);

        String younger = TestPeople.idNumber("1980-01-01");
        Payloads.Claim nearMiss = Payloads.claim(TestPeople.insuredId(), younger)
                .visit(VisitType.INPATIENT, 3, new Diagnosis("I63.9", true));
        nearMiss.birthDate = stroke.discharge.minusYears(60).plusDays(1);
        nearMiss.settleAndAwait();
        assertThat(Awaits.decisions(younger, "LONG_TERM_CARE_REFERRAL")).isZero();
    }

    @Test
    void aNeedyPersonsYearBurdenCrossingFiveThousandAsksForReAssistanceAndIsPaidOnce() {
        String idNumber = TestPeople.idNumber();
        String insuredId = TestPeople.insuredId();
        Payloads.sendStatus(Payloads.grant(idNumber, NeedyCategory.LOW_INCOME, THIS_YEAR));
        Awaits.registered(idNumber, 1);

        Payloads.Claim first = Payloads.claim(insuredId, idNumber)
                .withSplit(Payloads.split("60000.00", "60000.00", "35400.00", "0.00", "11115.00", "9439.50"));
        first.needyCategory = NeedyCategory.LOW_INCOME;
        first.settleAndAwait();
        assertThat(SuiteEvents.allOn(Topics.ASSISTANCE_EVENTS, AssistanceEvents.ADJUDICATION_REQUESTED, idNumber)).isEmpty();

        Payloads.Claim second = Payloads.claim(insuredId, idNumber).on(THIS_YEAR.plusDays(60), THIS_YEAR.plusDays(62))
                .withSplit(Payloads.split("8000.00", "8000.00", "4800.00", "0.00", "0.00", "2240.00"));
        second.needyCategory = NeedyCategory.LOW_INCOME;
        second.settle();

        JsonNode request = SuiteEvents.awaitOn(Topics.ASSISTANCE_EVENTS, AssistanceEvents.ADJUDICATION_REQUESTED, idNumber).get(0);
        assertThat(request.path("kind").asText()).isEqualTo("RE_ASSISTANCE");
        assertThat(List.of(request.path("settlementIds").get(0).asText(), request.path("settlementIds").get(1).asText()))
                .containsExactly(first.settlementId, second.settlementId);

        BigDecimal owed = new BigDecimal("3.85");
        AssistanceAdjudicated answer = Payloads.answer(request, second.settlementId, owed);
        String answerId = SuiteEvents.publish(Topics.SETTLEMENT_EVENTS, insuredId, SettlementEvents.ASSISTANCE_ADJUDICATED, answer);
        JsonNode payment = SuiteEvents.awaitOn(Topics.PAYMENT_INSTRUCTIONS, AssistanceEvents.PAYMENT_INSTRUCTION, idNumber).get(0);
        assertThat(payment.path("amount").decimalValue()).isEqualByComparingTo(owed);

        SuiteEvents.publishAs(answerId, Topics.SETTLEMENT_EVENTS, insuredId, SettlementEvents.ASSISTANCE_ADJUDICATED, answer);
        Awaits.processed(SuiteEvents.publish(Topics.SETTLEMENT_EVENTS, insuredId, SettlementEvents.ASSISTANCE_ADJUDICATED, answer));
        assertThat(SuiteEvents.allOn(Topics.PAYMENT_INSTRUCTIONS, AssistanceEvents.PAYMENT_INSTRUCTION, idNumber)).hasSize(1);
    }

    @Test
    void aRevokedPersonsBurdenAsksForNoReAssistanceButWhatWasDecidedStays() {
        String idNumber = TestPeople.idNumber();
        Payloads.sendStatus(Payloads.grant(idNumber, NeedyCategory.LOW_INCOME, THIS_YEAR));
        Payloads.sendStatus(Payloads.change(idNumber, NeedyCategory.LOW_INCOME, AssistanceStatusChange.Action.REVOKED,
                THIS_YEAR.plusDays(5), null));
        Awaits.registered(idNumber, 2);

        Payloads.Claim heavy = Payloads.claim(TestPeople.insuredId(), idNumber)
                .withSplit(Payloads.split("60000.00", "60000.00", "35400.00", "0.00", "11115.00", "0.00"));
        heavy.needyCategory = NeedyCategory.LOW_INCOME;
        heavy.settleAndAwait();
        assertThat(SuiteEvents.allOn(Topics.ASSISTANCE_EVENTS, AssistanceEvents.ADJUDICATION_REQUESTED, idNumber)).isEmpty();
        assertThat(Awaits.decisions(idNumber, "PREMIUM_SUBSIDY")).isEqualTo(1);
    }

    private static Payloads.Claim delivery(String insuredId, String idNumber) {
        Payloads.Claim delivery = Payloads.claim(insuredId, idNumber)
                .visit(VisitType.MATERNITY, 2, new Diagnosis("O80", true));
        delivery.category = Category.ACTIVE;
        delivery.sex = Sex.F;
        delivery.birthDate = LocalDate.of(1992, 3, 3);
        delivery.maternity = new Maternity(MaternityCaseType.SINGLE_VAGINAL, 1, 1);
        delivery.withSplit(Payloads.split("8000.00", "8000.00", "0.00", "0.00", "0.00", "0.00"));
        return delivery;
    }

    /** The same ClaimSettled under its own id (a redelivery) and under a new one (a producer's retry); waits for both. */
    private static void replay(Payloads.Claim claim, String eventId) {
        ClaimSettled event = claim.event();
        SuiteEvents.publishAs(eventId, Topics.SETTLEMENT_EVENTS, claim.insuredId, SettlementEvents.CLAIM_SETTLED, event);
        Awaits.processed(SuiteEvents.publish(Topics.SETTLEMENT_EVENTS, claim.insuredId, SettlementEvents.CLAIM_SETTLED, event));
    }

    private static Payloads.Claim outpatientVisit(String insuredId, String idNumber, int level, String principalDiagnosis,
            int daysIntoTheYear) {
        return Payloads.claim(insuredId, idNumber).visit(VisitType.OUTPATIENT, level, new Diagnosis(principalDiagnosis, true))
                .on(THIS_YEAR.plusDays(daysIntoTheYear), null);
    }
}
