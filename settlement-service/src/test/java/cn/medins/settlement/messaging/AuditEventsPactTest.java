package cn.medins.settlement.messaging;

import static org.assertj.core.api.Assertions.assertThat;

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
import cn.medins.contracts.audit.AuditEvents;
import cn.medins.contracts.audit.AuditEvents.ClaimFlagged;
import cn.medins.contracts.audit.AuditEvents.DeductionIssued;
import cn.medins.contracts.audit.AuditEvents.FlagResolved;
import cn.medins.messaging.contract.PactInbound;
import cn.medins.messaging.inbox.InboundRecord;
import cn.medins.settlement.service.InboundJson;
import cn.medins.testing.PactMessages;

/**
 * What monthly clearing needs from audit's events, written as {@code pacts/settlement-service-audit-service.json}: an
 * open flag holds the institution's month, its resolution releases it, and a deduction lowers what the month pays.
 */
@ExtendWith(PactConsumerTestExt.class)
@PactTestFor(providerName = "audit-service", providerType = ProviderType.ASYNCH, pactVersion = PactSpecVersion.V4)
class AuditEventsPactTest {

    private static final String CLAIM_FLAGGED = """
            {"flagId":"F-1","ruleId":"TRACE_RESOLD","severity":"BLOCK","settlementId":"S-2","institutionId":"H3716002",
             "insuredId":"P000000000009","serviceDate":"2026-04-08","amount":15.50,
             "message":"traceability code already sold","flaggedAt":"2026-04-08T10:15:30+08:00"}""";
    private static final String FLAG_RESOLVED = """
            {"flagId":"F-1","settlementId":"S-2","institutionId":"H3716002","serviceDate":"2026-04-08",
             "decision":"CONFIRMED","resolvedAt":"2026-04-09T10:15:30+08:00"}""";
    private static final String DEDUCTION_ISSUED = """
            {"deductionId":"D-1","flagId":"F-1","settlementId":"S-2","institutionId":"H3716002",
             "serviceDate":"2026-04-08","amount":15.50,"issuedAt":"2026-04-09T10:15:30+08:00"}""";

    @Pact(consumer = "settlement-service")
    V4Pact claimFlagged(MessagePactBuilder builder) {
        return PactMessages.expectsEvent(builder, AuditEvents.CLAIM_FLAGGED, CLAIM_FLAGGED);
    }

    @Pact(consumer = "settlement-service")
    V4Pact flagResolved(MessagePactBuilder builder) {
        return PactMessages.expectsEvent(builder, AuditEvents.FLAG_RESOLVED, FLAG_RESOLVED);
    }

    @Pact(consumer = "settlement-service")
    V4Pact deductionIssued(MessagePactBuilder builder) {
        return PactMessages.expectsEvent(builder, AuditEvents.DEDUCTION_ISSUED, DEDUCTION_ISSUED);
    }

    @Test
    @PactTestFor(pactMethod = "claimFlagged")
    void aFlagNamesTheInstitutionAndTheMonthItHoldsOpen(List<V4Interaction.AsynchronousMessage> messages) {
        ClaimFlagged flag = read(messages.get(0), ClaimFlagged.class);

        assertThat(flag.flagId()).isEqualTo("F-1");
        assertThat(flag.institutionId()).isEqualTo("H3716002");
        assertThat(flag.serviceDate()).isEqualTo(LocalDate.of(2026, 4, 8));
    }

    @Test
    @PactTestFor(pactMethod = "flagResolved")
    void aResolutionNamesTheFlagAndItsMonth(List<V4Interaction.AsynchronousMessage> messages) {
        FlagResolved resolution = read(messages.get(0), FlagResolved.class);

        assertThat(resolution.flagId()).isEqualTo("F-1");
        assertThat(resolution.institutionId()).isEqualTo("H3716002");
        assertThat(resolution.serviceDate()).isEqualTo(LocalDate.of(2026, 4, 8));
    }

    @Test
    @PactTestFor(pactMethod = "deductionIssued")
    void aDeductionGivesTheAmountTheInstitutionsMonthLoses(List<V4Interaction.AsynchronousMessage> messages) {
        DeductionIssued deduction = read(messages.get(0), DeductionIssued.class);

        assertThat(deduction.deductionId()).isEqualTo("D-1");
        assertThat(deduction.institutionId()).isEqualTo("H3716002");
        assertThat(deduction.serviceDate()).isEqualTo(LocalDate.of(2026, 4, 8));
        assertThat(deduction.amount()).isEqualByComparingTo("15.50");
    }

    private static <T> T read(V4Interaction.AsynchronousMessage message, Class<T> type) {
        InboundRecord<JsonNode> inbound = PactInbound.decode(Topics.AUDIT_EVENTS, message, AuditEventsConsumer.SPEC);
        return new InboundJson(PactInbound.MAPPER).read(inbound.payload(), type);
    }
}
