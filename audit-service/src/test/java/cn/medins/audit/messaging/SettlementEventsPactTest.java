package cn.medins.audit.messaging;

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
import cn.medins.audit.domain.ClaimFacts;
import cn.medins.contracts.Topics;
import cn.medins.contracts.coverage.Sex;
import cn.medins.contracts.coverage.VisitType;
import cn.medins.contracts.settlement.SettlementEvents;
import cn.medins.contracts.settlement.SettlementEvents.ClaimSettled;
import cn.medins.contracts.settlement.SettlementEvents.SettlementReversed;
import cn.medins.messaging.contract.PactInbound;
import cn.medins.messaging.inbox.InboundRecord;
import cn.medins.testing.PactMessages;

/**
 * What audit needs from settlement's events, written as the pact {@code pacts/audit-service-settlement-service.json}:
 * each message is read by the consumer's own decoding (headers, schema, mapping) into the facts its rules screen.
 */
@ExtendWith(PactConsumerTestExt.class)
@PactTestFor(providerName = "settlement-service", providerType = ProviderType.ASYNCH, pactVersion = PactSpecVersion.V4)
class SettlementEventsPactTest {

    private static final String SPLIT = """
            {"total":31.00,"inScope":31.00,"remoteFirstSelfPay":0.00,"deductibleApplied":0.00,"basicPool":0.00,
             "largeMedical":0.00,"criticalIllness":0.00,"assistance":0.00,"maternityFund":0.00,"personal":31.00}""";
    private static final String CLAIM_SETTLED = """
            {"settlementId":"S-1","requestId":"H3716001-20260402-000017",
             "patient":{"insuredId":"P000000000001","idNumber":"371602199001011221","sex":"F","birthDate":"1990-01-01",
                        "scheme":"RESIDENT","category":"ADULT","regionCode":"371600"},
             "institutionId":"H3716001","institutionLevel":3,"institutionRegionCode":"371602","visitType":"INPATIENT",
             "admissionDate":"2026-04-01","dischargeDate":"2026-04-06","diagnoses":[{"code":"I63.9","principal":true}],
             "items":[{"code":"XB01AC06","name":"阿司匹林肠溶片","catalogClass":"A","category":"DRUG","quantity":2,
                       "unitPrice":15.50,"amount":31.00,"traceCodes":["83123450000000000001"]}],
             "split":%s,"policyVersion":"371600-2026.1","settledAt":"2026-04-06T10:15:30+08:00"}""".formatted(SPLIT);
    private static final String SETTLEMENT_REVERSED = """
            {"settlementId":"S-1","requestId":"H3716001-20260402-000017","insuredId":"P000000000001",
             "institutionId":"H3716001","serviceDate":"2026-04-06","split":%s,"reason":"billing error",
             "reversedAt":"2026-04-07T09:00:00+08:00"}""".formatted(SPLIT);

    @Pact(consumer = "audit-service")
    V4Pact claimSettled(MessagePactBuilder builder) {
        return PactMessages.expectsEvent(builder, SettlementEvents.CLAIM_SETTLED, CLAIM_SETTLED);
    }

    @Pact(consumer = "audit-service")
    V4Pact settlementReversed(MessagePactBuilder builder) {
        return PactMessages.expectsEvent(builder, SettlementEvents.SETTLEMENT_REVERSED, SETTLEMENT_REVERSED);
    }

    @Test
    @PactTestFor(pactMethod = "claimSettled")
    void aSettledClaimGivesTheRulesThePersonTheVisitAndEveryTracedPack(List<V4Interaction.AsynchronousMessage> messages) {
        ClaimFacts claim = ClaimFacts.fromSettlement(read(messages.get(0), ClaimSettled.class));

        assertThat(claim.claimId()).isEqualTo("S-1");
        assertThat(claim.idNumber()).isEqualTo("371602199001011221");
        assertThat(claim.patient().sex()).isEqualTo(Sex.F);
        assertThat(claim.patient().birthDate()).isEqualTo(LocalDate.of(1990, 1, 1));
        assertThat(claim.city()).isEqualTo("3716");
        assertThat(claim.visitType()).isEqualTo(VisitType.INPATIENT);
        assertThat(claim.serviceDate()).isEqualTo(LocalDate.of(2026, 4, 6));
        assertThat(claim.principalDiagnosis()).isEqualTo("I63.9");
        assertThat(claim.total()).isEqualByComparingTo(new BigDecimal("31.00"));
        assertThat(claim.tracedPacks()).singleElement()
                .satisfies(pack -> assertThat(pack.traceCode()).isEqualTo("83123450000000000001"));
    }

    @Test
    @PactTestFor(pactMethod = "settlementReversed")
    void aReversalNamesTheSettlementToTakeBack(List<V4Interaction.AsynchronousMessage> messages) {
        assertThat(read(messages.get(0), SettlementReversed.class).settlementId()).isEqualTo("S-1");
    }

    private static <T> T read(V4Interaction.AsynchronousMessage message, Class<T> type) {
        InboundRecord<JsonNode> inbound =
                PactInbound.decode(Topics.SETTLEMENT_EVENTS, message, SettlementEventsConsumer.SPEC);
        return SettlementEventsConsumer.read(SettlementEventsConsumer.tolerant(PactInbound.MAPPER), inbound, type);
    }
}
