package cn.medins.assistance.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.fasterxml.jackson.databind.JsonNode;

import au.com.dius.pact.consumer.MessagePactBuilder;
import au.com.dius.pact.consumer.junit5.PactConsumerTestExt;
import au.com.dius.pact.consumer.junit5.PactTestFor;
import au.com.dius.pact.consumer.junit5.ProviderType;
import au.com.dius.pact.core.model.PactSpecVersion;
import au.com.dius.pact.core.model.V4Interaction;
import au.com.dius.pact.core.model.V4Pact;
import au.com.dius.pact.core.model.annotations.Pact;
import cn.medins.contracts.Topics;
import cn.medins.contracts.coverage.Scheme;
import cn.medins.contracts.partner.NeedyCategory;
import cn.medins.contracts.settlement.SettlementEvents;
import cn.medins.contracts.settlement.SettlementEvents.AssistanceAdjudicated;
import cn.medins.contracts.settlement.SettlementEvents.ClaimSettled;
import cn.medins.contracts.settlement.SettlementEvents.PolicyActivated;
import cn.medins.contracts.settlement.SettlementEvents.SettlementReversed;
import cn.medins.messaging.contract.PactInbound;
import cn.medins.messaging.inbox.InboundRecord;
import cn.medins.testing.PactMessages;

/**
 * What assistance needs from settlement's events, written as {@code pacts/assistance-service-settlement-service.json}:
 * the claim facts its matchers use, the reversal, the answer to its adjudication requests, and the policy figures its
 * matchers apply, each read by the
 * consumer's own decoding.
 */
@ExtendWith(PactConsumerTestExt.class)
@PactTestFor(providerName = "settlement-service", providerType = ProviderType.ASYNCH, pactVersion = PactSpecVersion.V4)
class SettlementEventsPactTest {

    private static final String SPLIT = """
            {"total":60000.00,"inScope":60000.00,"remoteFirstSelfPay":0.00,"deductibleApplied":1000.00,
             "basicPool":35400.00,"largeMedical":0.00,"criticalIllness":5760.00,"assistance":0.00,"maternityFund":0.00,
             "personal":18840.00}""";
    private static final String CLAIM_SETTLED = """
            {"settlementId":"S-1","requestId":"H3716001-20261128-000001",
             "patient":{"insuredId":"P000000000002","idNumber":"371602196505051231","sex":"M","birthDate":"1965-05-05",
                        "scheme":"RESIDENT","category":"ADULT","regionCode":"371600"},
             "institutionId":"H3716001","institutionLevel":3,"institutionRegionCode":"371600","visitType":"INPATIENT",
             "admissionDate":"2026-11-20","dischargeDate":"2026-11-28","diagnoses":[{"code":"I63.9","principal":true}],
             "items":[{"code":"F0001","name":"住院","catalogClass":"A","category":"TREATMENT","quantity":1,
                       "unitPrice":60000.00,"amount":60000.00,"traceCodes":["83123450000000000001"]}],
             "split":%s,"policyVersion":"371600-2026.1","settledAt":"2026-11-28T10:15:30+08:00"}""".formatted(SPLIT);
    private static final String SETTLEMENT_REVERSED = """
            {"settlementId":"S-1","requestId":"H3716001-20261128-000001","insuredId":"P000000000002",
             "institutionId":"H3716001","serviceDate":"2026-11-28","split":%s,"reason":"billing error",
             "reversedAt":"2026-11-29T09:00:00+08:00"}""".formatted(SPLIT);
    private static final String ASSISTANCE_ADJUDICATED = """
            {"requestId":"A-1","insuredId":"P000000000002","idNumber":"371602196505051231","kind":"RETROACTIVE",
             "year":2026,"amount":13188.00,"claims":[{"settlementId":"S-1","amount":13188.00,"criticalIllness":0.00,
                                                       "assistance":13188.00}],
             "policyVersion":"371600-2026.1"}""";

    private static final String POLICY_ACTIVATED = """
            {"policyId":"9b0c8f0e-3f7a-4a53-9d1e-2f6c1b7f0a11","version":"371600-2026.1","regionCode":"371600","year":2026,
             "effectiveFrom":"2026-01-01","activation":1,"activatedAt":"2026-01-01T00:00:00Z",
             "assistance":{"residentIndividualPremium":350,
                           "premiumSubsidyRatios":{"EXTREME_POVERTY":1.00,"LOW_INCOME":0.70,"RETURNED_TO_POVERTY":0.70,
                                                   "LOW_INCOME_MARGINAL":0.50,"MONITORED":0.50},
                           "reAssistanceThreshold":5000,
                           "maternityLeave":{"baseDays":98,"cesareanExtraDays":15,"extraDaysPerAdditionalBaby":15}}}""";

    @Pact(consumer = "assistance-service")
    V4Pact policyActivated(MessagePactBuilder builder) {
        return PactMessages.expectsEvent(builder, SettlementEvents.POLICY_ACTIVATED, POLICY_ACTIVATED);
    }

    @Pact(consumer = "assistance-service")
    V4Pact claimSettled(MessagePactBuilder builder) {
        return PactMessages.expectsEvent(builder, SettlementEvents.CLAIM_SETTLED, CLAIM_SETTLED);
    }

    @Pact(consumer = "assistance-service")
    V4Pact settlementReversed(MessagePactBuilder builder) {
        return PactMessages.expectsEvent(builder, SettlementEvents.SETTLEMENT_REVERSED, SETTLEMENT_REVERSED);
    }

    @Pact(consumer = "assistance-service")
    V4Pact assistanceAdjudicated(MessagePactBuilder builder) {
        return PactMessages.expectsEvent(builder, SettlementEvents.ASSISTANCE_ADJUDICATED, ASSISTANCE_ADJUDICATED);
    }

    @Test
    @PactTestFor(pactMethod = "claimSettled")
    void aSettledClaimGivesTheMatchersThePersonTheStayAndWhatEachFundPaid(List<V4Interaction.AsynchronousMessage> messages) {
        ClaimSettled claim = read(messages.get(0), ClaimSettled.class);

        assertThat(claim.patient().idNumber()).isEqualTo("371602196505051231");
        assertThat(claim.patient().scheme()).isEqualTo(Scheme.RESIDENT);
        assertThat(claim.patient().birthDate()).isEqualTo(LocalDate.of(1965, 5, 5));
        assertThat(claim.dischargeDate()).isEqualTo(LocalDate.of(2026, 11, 28));
        assertThat(claim.diagnoses()).singleElement().satisfies(d -> assertThat(d.code()).isEqualTo("I63.9"));
        assertThat(claim.split().inScope()).isEqualByComparingTo("60000.00");
        assertThat(claim.split().criticalIllness()).isEqualByComparingTo("5760.00");
        assertThat(claim.split().assistance()).isEqualByComparingTo(BigDecimal.ZERO);
    }

    @Test
    @PactTestFor(pactMethod = "settlementReversed")
    void aReversalNamesTheSettlementNoLongerToAssist(List<V4Interaction.AsynchronousMessage> messages) {
        assertThat(read(messages.get(0), SettlementReversed.class).settlementId()).isEqualTo("S-1");
    }

    @Test
    @PactTestFor(pactMethod = "assistanceAdjudicated")
    void anAnswerNamesTheRequestTheAmountOwedAndThePerson(List<V4Interaction.AsynchronousMessage> messages) {
        AssistanceAdjudicated answer = read(messages.get(0), AssistanceAdjudicated.class);

        assertThat(answer.requestId()).isEqualTo("A-1");
        assertThat(answer.kind()).isEqualTo("RETROACTIVE");
        assertThat(answer.amount()).isEqualByComparingTo("13188.00");
        assertThat(answer.claims()).singleElement().satisfies(claim -> {
            assertThat(claim.settlementId()).isEqualTo("S-1");
            assertThat(claim.criticalIllness()).isEqualByComparingTo("0.00");
            assertThat(claim.assistance()).isEqualByComparingTo("13188.00");
        });
        assertThat(answer.idNumber()).isEqualTo("371602196505051231");
        assertThat(answer.year()).isEqualTo(2026);
        assertThat(answer.policyVersion()).isEqualTo("371600-2026.1");
    }

    @Test
    @PactTestFor(pactMethod = "policyActivated")
    void anActivatedVersionBringsTheFiguresTheMatchersApplyAndWhenTheyAreInForce(List<V4Interaction.AsynchronousMessage> messages) {
        PolicyActivated activated = read(messages.get(0), PolicyActivated.class);
        assertThat(activated.regionCode()).isEqualTo("371600");
        assertThat(activated.effectiveFrom()).isEqualTo(LocalDate.of(2026, 1, 1));
        assertThat(activated.activation()).isEqualTo(1);
        assertThat(activated.assistance().premiumSubsidyRatios().get(NeedyCategory.LOW_INCOME)).isEqualByComparingTo("0.70");
        assertThat(activated.assistance().residentIndividualPremium()).isEqualByComparingTo("350");
        assertThat(activated.assistance().reAssistanceThreshold()).isEqualByComparingTo("5000");
        assertThat(activated.assistance().maternityLeave().baseDays()).isEqualTo(98);
    }

    private static <T> T read(V4Interaction.AsynchronousMessage message, Class<T> type) {
        InboundRecord<JsonNode> inbound =
                PactInbound.decode(Topics.SETTLEMENT_EVENTS, message, SettlementEventsConsumer.SPEC);
        return new EventPayloads(PactInbound.MAPPER).read(inbound, type);
    }
}
