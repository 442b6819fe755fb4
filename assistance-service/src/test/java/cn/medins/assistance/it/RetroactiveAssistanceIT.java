package cn.medins.assistance.it;

import static cn.medins.testing.TestTokens.asAgency;
import static cn.medins.testing.ExactMoney.yuan;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Predicate;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import cn.medins.contracts.CloudEventHeaders;
import cn.medins.contracts.Topics;
import cn.medins.contracts.assistance.AssistanceEvents;
import cn.medins.contracts.notification.Notification;
import cn.medins.contracts.partner.AssistanceStatusChange;
import cn.medins.contracts.partner.NeedyCategory;
import cn.medins.contracts.settlement.SettlementEvents;
import cn.medins.contracts.settlement.SettlementEvents.AssistanceAdjudicated;
import cn.medins.localstack.PostgresServer;
import cn.medins.testing.ExactMoney;
import cn.medins.testing.InboxMetrics;
import cn.medins.testing.KafkaAndPostgresResource;
import cn.medins.testing.TestDatabase;
import cn.medins.testing.TestKafka;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;

/** The mission's flow: a claim settled without assistance, then a grant from an earlier date pays it, once. */
@QuarkusTest
@QuarkusTestResource(value = KafkaAndPostgresResource.class, initArgs = @ResourceArg(name = "database", value = "assistance"))
class RetroactiveAssistanceIT {

    @BeforeAll
    static void exactMoney() {
        ExactMoney.exactDecimals();
    }

    // Worked example C settled before the grant: critical illness re-rated at needy rates, then assistance on the rest.
    private static final BigDecimal CRITICAL_ILLNESS_OWED = new BigDecimal("5355.00");
    private static final BigDecimal ASSISTANCE_OWED = new BigDecimal("9439.50");
    private static final BigDecimal OWED = CRITICAL_ILLNESS_OWED.add(ASSISTANCE_OWED);

    @Test
    void aLowIncomeGrantFromAnEarlierDatePaysTheClaimSettledBeforeItExactlyOnceWhateverIsReplayed() {
        String idNumber = TestPeople.idNumber();
        String insuredId = TestPeople.insuredId();
        Payloads.enrolResident(insuredId, idNumber);
        Payloads.Claim claim = Payloads.claim(insuredId, idNumber);
        claim.settleAndAwait();

        AssistanceStatusChange grant = Payloads.grant(idNumber, NeedyCategory.LOW_INCOME, LocalDate.now().withDayOfYear(1));
        long granted = System.nanoTime();
        Payloads.sendStatus(grant);

        JsonNode request = SuiteEvents.awaitOn(Topics.ASSISTANCE_EVENTS, AssistanceEvents.ADJUDICATION_REQUESTED, idNumber).get(0);
        long requested = System.nanoTime();
        assertThat(request.path("kind").asText()).isEqualTo("RETROACTIVE");
        assertThat(request.path("insuredId").asText()).isEqualTo(insuredId);
        assertThat(request.path("category").asText()).isEqualTo("LOW_INCOME");
        assertThat(request.path("settlementIds").get(0).asText()).isEqualTo(claim.settlementId);

        AssistanceAdjudicated answer = Payloads.answer(request, claim.settlementId, CRITICAL_ILLNESS_OWED, ASSISTANCE_OWED);
        long answered = System.nanoTime();
        String answerId = SuiteEvents.publish(Topics.SETTLEMENT_EVENTS, insuredId, SettlementEvents.ASSISTANCE_ADJUDICATED, answer);

        JsonNode payment = SuiteEvents.awaitOn(Topics.PAYMENT_INSTRUCTIONS, AssistanceEvents.PAYMENT_INSTRUCTION, idNumber).get(0);
        long paid = System.nanoTime();
        System.out.printf("partner grant -> adjudication request %d ms; settlement answer -> payment instruction %d ms%n",
                (requested - granted) / 1_000_000, (paid - answered) / 1_000_000);
        assertThat(payment.path("amount").decimalValue()).isEqualByComparingTo(OWED);
        assertThat(payment.path("items")).hasSize(2);
        assertThat(payment.path("items").findValuesAsText("settlementId")).containsOnly(claim.settlementId);
        assertThat(payment.path("items").findValuesAsText("fund")).containsExactly("CRITICAL_ILLNESS", "MEDICAL_ASSISTANCE");
        assertThat(payment.path("items").get(0).path("amount").decimalValue()).isEqualByComparingTo(CRITICAL_ILLNESS_OWED);
        assertThat(payment.path("items").get(1).path("amount").decimalValue()).isEqualByComparingTo(ASSISTANCE_OWED);
        assertThat(payment.path("account").path("accountNo").asText()).isEqualTo(Payloads.ACCOUNT_NO);
        assertThat(payment.path("insuredId").asText()).isEqualTo(insuredId);

        JsonNode subsidy = SuiteEvents.awaitOn(Topics.ASSISTANCE_EVENTS, AssistanceEvents.PREMIUM_SUBSIDY_GRANTED, idNumber).get(0);
        assertThat(subsidy.path("amount").decimalValue()).isEqualByComparingTo("245.00");
        assertThat(subsidy.path("ratio").decimalValue()).isEqualByComparingTo("0.70");
        JsonNode assistance = SuiteEvents.awaitOn(Topics.ASSISTANCE_EVENTS, AssistanceEvents.ASSISTANCE_GRANTED, idNumber).get(0);
        assertThat(assistance.path("paymentId").asText()).isEqualTo(payment.path("paymentId").asText());
        SuiteEvents.awaitOn(Topics.NOTIFICATIONS, Notification.TYPE,
                SuiteEvents.toInsured(insuredId), notifications -> notifications.size() >= 2);

        replayEverything(grant, answer, answerId, insuredId, idNumber);

        assertThat(SuiteEvents.allOn(Topics.PAYMENT_INSTRUCTIONS, AssistanceEvents.PAYMENT_INSTRUCTION, idNumber)).hasSize(1);
        assertThat(SuiteEvents.allOn(Topics.ASSISTANCE_EVENTS, AssistanceEvents.ADJUDICATION_REQUESTED, idNumber)).hasSize(1);
        assertThat(SuiteEvents.allOn(Topics.ASSISTANCE_EVENTS, AssistanceEvents.PREMIUM_SUBSIDY_GRANTED, idNumber)).hasSize(1);
        Lookups.payments(idNumber).then().statusCode(200)
                .body("total", equalTo(1))
                .body("items[0].account", equalTo("6228********0017"))
                .body("items[0].amount", yuan("14794.50"));
        asAgency().get("/benefits?insuredId={id}", insuredId).then().statusCode(200)
                .body("items.kind", hasItem("RETROACTIVE_ASSISTANCE"))
                .body("items.kind", hasItem("PREMIUM_SUBSIDY"))
                .body("items.find { it.kind == 'RETROACTIVE_ASSISTANCE' }.status", equalTo("PAID"))
                .body("items.find { it.kind == 'RETROACTIVE_ASSISTANCE' }.matchedFacts.eventId", hasItem(answerId));
    }

    @Test
    void aClaimSettledWithoutAssistanceThatArrivesAfterTheGrantIsAskedForOnceBeforeReAssistance() {
        String idNumber = TestPeople.idNumber();
        String insuredId = TestPeople.insuredId();
        enrolLowIncomeResident(insuredId, idNumber);

        Payloads.Claim claim = Payloads.claim(insuredId, idNumber);
        claim.settleAndAwait();
        List<JsonNode> requests = SuiteEvents.awaitOn(Topics.ASSISTANCE_EVENTS, AssistanceEvents.ADJUDICATION_REQUESTED,
                SuiteEvents.about(idNumber), found -> found.size() >= 2);

        assertThat(requests).extracting(request -> request.path("kind").asText()).containsExactly("RETROACTIVE", "RE_ASSISTANCE");
        assertThat(requests.get(0).path("settlementIds").get(0).asText()).isEqualTo(claim.settlementId);
        assertThat(requests.get(0).path("category").asText()).isEqualTo("LOW_INCOME");

        Awaits.processed(claim.settle());
        assertThat(SuiteEvents.allOn(Topics.ASSISTANCE_EVENTS, AssistanceEvents.ADJUDICATION_REQUESTED, idNumber)
                .stream().filter(request -> request.path("kind").asText().equals("RETROACTIVE"))).hasSize(1);
    }

    @Test
    void twoClaimsOfANeedyPersonSettledWithoutAssistanceInOnePollAreEachAskedForOnce() {
        String idNumber = TestPeople.idNumber();
        String insuredId = TestPeople.insuredId();
        enrolLowIncomeResident(insuredId, idNumber);
        Payloads.Claim first = Payloads.claim(insuredId, idNumber);
        Payloads.Claim second = Payloads.claim(insuredId, idNumber).on(first.admission.plusDays(20), first.admission.plusDays(24));
        double fallbacks = InboxMetrics.pollFallbacks("assistance-service");

        SuiteEvents.publishTogether(Topics.SETTLEMENT_EVENTS, insuredId, SettlementEvents.CLAIM_SETTLED,
                List.of(first.event(), second.event()));

        Predicate<JsonNode> retroactive = request -> request.path("kind").asText().equals("RETROACTIVE");
        List<JsonNode> requests = SuiteEvents.awaitOn(Topics.ASSISTANCE_EVENTS, AssistanceEvents.ADJUDICATION_REQUESTED,
                SuiteEvents.about(idNumber).and(retroactive), found -> found.size() >= 2);
        assertThat(requests).allSatisfy(request -> assertThat(request.path("settlementIds")).hasSize(1))
                .extracting(request -> request.path("settlementIds").get(0).asText())
                .containsExactlyInAnyOrder(first.settlementId, second.settlementId);
        Awaits.processed(second.settle());
        assertThat(SuiteEvents.allOn(Topics.ASSISTANCE_EVENTS, AssistanceEvents.ADJUDICATION_REQUESTED, idNumber)
                .stream().filter(retroactive)).hasSize(2);
        assertThat(InboxMetrics.pollFallbacks("assistance-service")).as("polls applied one by one").isEqualTo(fallbacks);
    }

    @Test
    void aClaimAppliedWhileTheGrantOfTheSamePersonIsStillUncommittedIsAskedFor() throws SQLException {
        String idNumber = TestPeople.idNumber();
        String insuredId = TestPeople.insuredId();
        Payloads.enrolResident(insuredId, idNumber);
        Payloads.Claim claim = Payloads.claim(insuredId, idNumber);

        // Holding the outbox table stops the grant's transaction at its last step, after its look-back found no claim
        try (Connection blocker = DriverManager.getConnection(KafkaAndPostgresResource.jdbcUrl(Awaits.DB),
                PostgresServer.USER, PostgresServer.PASSWORD)) {
            blocker.setAutoCommit(false);
            blocker.createStatement().execute("lock table outbox_event in exclusive mode");
            Payloads.sendStatus(Payloads.grant(idNumber, NeedyCategory.LOW_INCOME, LocalDate.now().withDayOfYear(1)));
            Awaits.until("select count(*) from pg_stat_activity where wait_event_type = 'Lock' "
                    + "and query like 'insert into outbox_event%'", 1);
            claim.settle();
            // the claim's transaction either waits for the person or, reading before the grant commits, is done
            Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> TestDatabase.number(Awaits.DB,
                    "select count(*) from pg_locks where locktype = 'advisory' and not granted") > 0
                    || TestDatabase.number(Awaits.DB, "select count(*) from settled_claim where settlement_id = ?",
                            claim.settlementId) == 1);
            blocker.rollback();
        }

        JsonNode request = SuiteEvents.awaitOn(Topics.ASSISTANCE_EVENTS, AssistanceEvents.ADJUDICATION_REQUESTED, idNumber).get(0);
        assertThat(request.path("settlementIds").get(0).asText()).isEqualTo(claim.settlementId);
    }

    @Test
    void whatRetroactiveAssistanceLeavesAboveTheThresholdIsAskedForAsReAssistanceOnceAnswered() {
        String idNumber = TestPeople.idNumber();
        String insuredId = TestPeople.insuredId();
        Payloads.enrolResident(insuredId, idNumber);
        // Not needy when settled: critical illness at the ordinary rates, 18,840 of burden left after it.
        Payloads.Claim claim = Payloads.claim(insuredId, idNumber)
                .withSplit(Payloads.split("60000.00", "60000.00", "35400.00", "0.00", "5760.00", "0.00"));
        claim.settleAndAwait();
        Payloads.sendStatus(Payloads.grant(idNumber, NeedyCategory.LOW_INCOME, LocalDate.now().withDayOfYear(1)));
        JsonNode retroactive = SuiteEvents.awaitOn(Topics.ASSISTANCE_EVENTS, AssistanceEvents.ADJUDICATION_REQUESTED, idNumber).get(0);
        assertThat(SuiteEvents.allOn(Topics.ASSISTANCE_EVENTS, AssistanceEvents.ADJUDICATION_REQUESTED, idNumber)).hasSize(1);

        SuiteEvents.publish(Topics.SETTLEMENT_EVENTS, insuredId, SettlementEvents.ASSISTANCE_ADJUDICATED,
                Payloads.answer(retroactive, claim.settlementId, new BigDecimal("13188.00")));

        // 18,840 − 13,188 = 5,652 is above the 5,000 threshold.
        List<JsonNode> requests = SuiteEvents.awaitOn(Topics.ASSISTANCE_EVENTS, AssistanceEvents.ADJUDICATION_REQUESTED,
                SuiteEvents.about(idNumber), found -> found.size() >= 2);
        assertThat(requests).extracting(request -> request.path("kind").asText()).containsExactly("RETROACTIVE", "RE_ASSISTANCE");
        assertThat(requests.get(1).path("settlementIds").get(0).asText()).isEqualTo(claim.settlementId);
    }

    @Test
    void aGrantFromTodayAsksNothingForEarlierClaims() {
        String idNumber = TestPeople.idNumber();
        String insuredId = TestPeople.insuredId();
        Payloads.Claim claim = Payloads.claim(insuredId, idNumber);
        claim.settleAndAwait();

        Payloads.sendStatus(Payloads.grant(idNumber, NeedyCategory.LOW_INCOME, LocalDate.now()));

        SuiteEvents.awaitOn(Topics.ASSISTANCE_EVENTS, AssistanceEvents.PREMIUM_SUBSIDY_GRANTED, idNumber);
        assertThat(SuiteEvents.allOn(Topics.ASSISTANCE_EVENTS, AssistanceEvents.ADJUDICATION_REQUESTED, idNumber)).isEmpty();
    }

    @Test
    void anAnswerToARequestNeverMadeIsDeadLetteredNamingRequestId() {
        String idNumber = TestPeople.idNumber();
        String insuredId = TestPeople.insuredId();
        String unknown = "never-asked-" + insuredId;
        SuiteEvents.publish(Topics.SETTLEMENT_EVENTS, insuredId, SettlementEvents.ASSISTANCE_ADJUDICATED,
                new AssistanceAdjudicated(unknown, insuredId, idNumber, "RETROACTIVE", 2026, OWED, List.of(), "371600-2026-v1"));

        assertThat(TestKafka.header(SuiteEvents.awaitDeadLetter(Topics.SETTLEMENT_EVENTS, unknown).get(0),
                CloudEventHeaders.DLQ_REASON)).contains("requestId");
        assertThat(SuiteEvents.allOn(Topics.PAYMENT_INSTRUCTIONS, AssistanceEvents.PAYMENT_INSTRUCTION, idNumber)).isEmpty();
    }

    /**
     * The partner record again (same business key), a second grant over the same claims, the answer again under its own
     * id and under a new one: the last record of each partition is awaited, so everything before it was applied.
     */
    private static void replayEverything(AssistanceStatusChange grant, AssistanceAdjudicated answer, String answerId,
            String insuredId, String idNumber) {
        Payloads.sendStatus(grant);
        Payloads.sendStatus(Payloads.grant(idNumber, NeedyCategory.MONITORED, grant.validFrom()));
        SuiteEvents.publishAs(answerId, Topics.SETTLEMENT_EVENTS, insuredId, SettlementEvents.ASSISTANCE_ADJUDICATED, answer);
        String again = SuiteEvents.publish(Topics.SETTLEMENT_EVENTS, insuredId, SettlementEvents.ASSISTANCE_ADJUDICATED, answer);
        Awaits.registered(idNumber, 2);
        Awaits.processed(again);
    }

    /** A resident granted low income from the start of the year, the grant applied (its premium subsidy announced). */
    private static void enrolLowIncomeResident(String insuredId, String idNumber) {
        Payloads.enrolResident(insuredId, idNumber);
        Payloads.sendStatus(Payloads.grant(idNumber, NeedyCategory.LOW_INCOME, LocalDate.now().withDayOfYear(1)));
        SuiteEvents.awaitOn(Topics.ASSISTANCE_EVENTS, AssistanceEvents.PREMIUM_SUBSIDY_GRANTED, idNumber);
    }
}
