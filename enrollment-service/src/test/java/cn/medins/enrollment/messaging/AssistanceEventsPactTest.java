package cn.medins.enrollment.messaging;

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
import cn.medins.contracts.assistance.AssistanceEvents.BenefitGranted;
import cn.medins.contracts.assistance.AssistanceEvents.NeedyAction;
import cn.medins.contracts.assistance.AssistanceEvents.NeedyStatusChanged;
import cn.medins.contracts.assistance.AssistanceEvents.PremiumSubsidyGranted;
import cn.medins.contracts.coverage.ChronicDisease;
import cn.medins.contracts.partner.NeedyCategory;
import cn.medins.messaging.contract.PactInbound;
import cn.medins.messaging.inbox.InboundRecord;
import cn.medins.testing.PactMessages;

/**
 * What enrollment needs from assistance's events, written as {@code pacts/enrollment-service-assistance-service.json}:
 * the needy status it keeps on the person's timeline (a revocation here, which also ends a period), the premium subsidy it records on the year's contribution, and
 * the chronic-disease recognition it turns into a qualification.
 */
@ExtendWith(PactConsumerTestExt.class)
@PactTestFor(providerName = "assistance-service", providerType = ProviderType.ASYNCH, pactVersion = PactSpecVersion.V4)
class AssistanceEventsPactTest {

    private static final String NEEDY_STATUS_CHANGED = """
            {"idNumber":"371602196505051231","category":"LOW_INCOME","action":"REVOKED","validFrom":"2026-01-01",
             "validTo":"2026-06-30","cause":"partner.civil-affairs.assistance-status-0-9"}""";
    private static final String PREMIUM_SUBSIDY_GRANTED = """
            {"decisionId":"7f0c1f5e-4c1a-4b6e-9a57-1e0d2c3b4a59","idNumber":"371602196505051231","insuredId":"P000000000002",
             "category":"LOW_INCOME","year":2026,"ratio":0.70,"amount":245.00,
             "cause":"partner.civil-affairs.assistance-status-0-7"}""";

    private static final String BENEFIT_GRANTED = """
            {"decisionId":"7f0c1f5e-4c1a-4b6e-9a57-1e0d2c3b4a60","kind":"CHRONIC_DISEASE_RECOGNITION",
             "idNumber":"371602196505051231","insuredId":"P000000000002",
             "details":{"disease":"DIABETES","validFrom":"2026-03-09"},
             "matchedFacts":[{"eventId":"ev-S-1","field":"diagnoses[0].code","value":"E11.9"}],
             "decidedAt":"2026-03-09T10:15:30+08:00"}""";

    @Pact(consumer = "enrollment-service")
    V4Pact needyStatusChanged(MessagePactBuilder builder) {
        return PactMessages.expectsEvent(builder, AssistanceEvents.NEEDY_STATUS_CHANGED, NEEDY_STATUS_CHANGED);
    }

    @Pact(consumer = "enrollment-service")
    V4Pact premiumSubsidyGranted(MessagePactBuilder builder) {
        return PactMessages.expectsEvent(builder, AssistanceEvents.PREMIUM_SUBSIDY_GRANTED, PREMIUM_SUBSIDY_GRANTED);
    }

    @Pact(consumer = "enrollment-service")
    V4Pact benefitGranted(MessagePactBuilder builder) {
        return PactMessages.expectsEvent(builder, AssistanceEvents.BENEFIT_GRANTED, BENEFIT_GRANTED);
    }

    @Test
    @PactTestFor(pactMethod = "needyStatusChanged")
    void aRevocationGivesThePeriodItEndsOnThePersonsTimeline(List<V4Interaction.AsynchronousMessage> messages) {
        NeedyStatusChanged change = read(messages.get(0), NeedyStatusChanged.class);

        assertThat(change.action()).isEqualTo(NeedyAction.REVOKED);
        assertThat(change.category()).isEqualTo(NeedyCategory.LOW_INCOME);
        assertThat(change.validFrom()).isEqualTo(LocalDate.of(2026, 1, 1));
        assertThat(change.validTo()).isEqualTo(LocalDate.of(2026, 6, 30));
    }

    @Test
    @PactTestFor(pactMethod = "premiumSubsidyGranted")
    void aSubsidyGivesTheYearTheRatioAndTheAmountOfTheContribution(List<V4Interaction.AsynchronousMessage> messages) {
        PremiumSubsidyGranted subsidy = read(messages.get(0), PremiumSubsidyGranted.class);

        assertThat(subsidy.decisionId()).isEqualTo("7f0c1f5e-4c1a-4b6e-9a57-1e0d2c3b4a59");
        assertThat(subsidy.idNumber()).isEqualTo("371602196505051231");
        assertThat(subsidy.year()).isEqualTo(2026);
        assertThat(subsidy.ratio()).isEqualByComparingTo("0.70");
        assertThat(subsidy.amount()).isEqualByComparingTo("245.00");
    }

    @Test
    @PactTestFor(pactMethod = "benefitGranted")
    void aRecognitionGivesTheDiseaseToQualifyThePersonForAndFromWhen(List<V4Interaction.AsynchronousMessage> messages) {
        BenefitGranted benefit = read(messages.get(0), BenefitGranted.class);

        assertThat(benefit.kind()).isEqualTo("CHRONIC_DISEASE_RECOGNITION");
        assertThat(benefit.insuredId()).isEqualTo("P000000000002");
        assertThat(ChronicDisease.valueOf(benefit.details().get("disease"))).isEqualTo(ChronicDisease.DIABETES);
        assertThat(LocalDate.parse(benefit.details().get("validFrom"))).isEqualTo(LocalDate.of(2026, 3, 9));
    }

    private static <T> T read(V4Interaction.AsynchronousMessage message, Class<T> type) {
        InboundRecord<JsonNode> inbound = PactInbound.decode(Topics.ASSISTANCE_EVENTS, message, AssistanceEventsConsumer.SPEC);
        return AssistanceEventsConsumer.read(AssistanceEventsConsumer.tolerant(PactInbound.MAPPER), inbound, type);
    }
}
