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
import cn.medins.contracts.assistance.AssistanceEvents;
import cn.medins.contracts.assistance.AssistanceEvents.AdjudicationKind;
import cn.medins.contracts.assistance.AssistanceEvents.AssistanceAdjudicationRequested;
import cn.medins.contracts.assistance.AssistanceEvents.NeedyAction;
import cn.medins.contracts.assistance.AssistanceEvents.NeedyStatusChanged;
import cn.medins.contracts.partner.NeedyCategory;
import cn.medins.messaging.contract.PactInbound;
import cn.medins.messaging.inbox.InboundRecord;
import cn.medins.settlement.service.InboundJson;
import cn.medins.testing.PactMessages;

/**
 * What settlement needs from assistance's events, written as {@code pacts/settlement-service-assistance-service.json}:
 * needy periods for one-stop assistance at the counter, and the requests to adjudicate assistance owed afterwards.
 */
@ExtendWith(PactConsumerTestExt.class)
@PactTestFor(providerName = "assistance-service", providerType = ProviderType.ASYNCH, pactVersion = PactSpecVersion.V4)
class AssistanceEventsPactTest {

    private static final String NEEDY_STATUS_CHANGED = """
            {"idNumber":"371602196505051231","insuredId":"P000000000002","category":"LOW_INCOME","action":"GRANTED",
             "validFrom":"2026-01-01","regionCode":"371600","cause":"partner.civil-affairs.assistance-status-0-7"}""";
    private static final String ADJUDICATION_REQUESTED = """
            {"requestId":"A-1","kind":"RETROACTIVE","idNumber":"371602196505051231","insuredId":"P000000000002",
             "category":"LOW_INCOME","year":2026,"settlementIds":["S-1"],"cause":"partner.civil-affairs.assistance-status-0-7"}""";

    @Pact(consumer = "settlement-service")
    V4Pact needyStatusChanged(MessagePactBuilder builder) {
        return PactMessages.expectsEvent(builder, AssistanceEvents.NEEDY_STATUS_CHANGED, NEEDY_STATUS_CHANGED);
    }

    @Pact(consumer = "settlement-service")
    V4Pact adjudicationRequested(MessagePactBuilder builder) {
        return PactMessages.expectsEvent(builder, AssistanceEvents.ADJUDICATION_REQUESTED, ADJUDICATION_REQUESTED);
    }

    @Test
    @PactTestFor(pactMethod = "needyStatusChanged")
    void aStatusChangeGivesThePersonTheCategoryAndWhenItStarts(List<V4Interaction.AsynchronousMessage> messages) {
        NeedyStatusChanged change = read(messages.get(0), NeedyStatusChanged.class);

        assertThat(change.idNumber()).isEqualTo("371602196505051231");
        assertThat(change.insuredId()).isEqualTo("P000000000002");
        assertThat(change.category()).isEqualTo(NeedyCategory.LOW_INCOME);
        assertThat(change.action()).isEqualTo(NeedyAction.GRANTED);
        assertThat(change.validFrom()).isEqualTo(LocalDate.of(2026, 1, 1));
    }

    @Test
    @PactTestFor(pactMethod = "adjudicationRequested")
    void aRequestNamesThePersonTheYearAndTheSettlementsToAdjudicate(List<V4Interaction.AsynchronousMessage> messages) {
        AssistanceAdjudicationRequested request = read(messages.get(0), AssistanceAdjudicationRequested.class);

        assertThat(request.requestId()).isEqualTo("A-1");
        assertThat(request.kind()).isEqualTo(AdjudicationKind.RETROACTIVE);
        assertThat(request.category()).isEqualTo(NeedyCategory.LOW_INCOME);
        assertThat(request.year()).isEqualTo(2026);
        assertThat(request.settlementIds()).containsExactly("S-1");
    }

    private static <T> T read(V4Interaction.AsynchronousMessage message, Class<T> type) {
        InboundRecord<JsonNode> inbound =
                PactInbound.decode(Topics.ASSISTANCE_EVENTS, message, AssistanceEventsConsumer.SPEC);
        return new InboundJson(PactInbound.MAPPER).read(inbound.payload(), type);
    }
}
