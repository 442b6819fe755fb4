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
import cn.medins.contracts.coverage.Category;
import cn.medins.contracts.coverage.Enrolment;
import cn.medins.contracts.coverage.Scheme;
import cn.medins.contracts.enrollment.PersonSnapshot;
import cn.medins.messaging.contract.PactInbound;
import cn.medins.messaging.inbox.InboundRecord;
import cn.medins.settlement.service.InboundJson;
import cn.medins.testing.PactMessages;

/**
 * What settlement's eligibility projection needs from enrollment's events, written as
 * {@code pacts/settlement-service-enrollment-service.json}: whatever the event, the person's whole snapshot, from which
 * a claim's coverage on its date of service is decided.
 */
@ExtendWith(PactConsumerTestExt.class)
@PactTestFor(providerName = "enrollment-service", providerType = ProviderType.ASYNCH, pactVersion = PactSpecVersion.V4)
class EnrollmentEventsPactTest {

    private static final String PERSON = """
            {"insuredId":"P000000000001","idNumber":"371602198001017119","name":"测试","sex":"M","birthDate":"1980-01-01",
             "enrolments":[{"enrolmentId":"E-1","scheme":"RESIDENT","category":"ADULT","regionCode":"371600",
                            "status":"ACTIVE","validFrom":"2026-01-01","source":"request:1"}]}""";

    @Pact(consumer = "settlement-service")
    V4Pact everyEnrollmentEvent(MessagePactBuilder builder) {
        return PactMessages.expectsEvents(builder, PactMessages.enrollmentEventsCarrying(PERSON));
    }

    @Test
    @PactTestFor(pactMethod = "everyEnrollmentEvent")
    void everyEnrollmentEventGivesTheWholePerson(List<V4Interaction.AsynchronousMessage> messages) {
        assertThat(messages).hasSize(6);
        messages.forEach(message -> assertCoveredResident(read(message)));
    }

    private static void assertCoveredResident(PersonSnapshot person) {
        assertThat(person.insuredId()).isEqualTo("P000000000001");
        assertThat(person.idNumber()).isEqualTo("371602198001017119");
        Enrolment enrolment = person.enrolments().get(0);
        assertThat(enrolment.scheme()).isEqualTo(Scheme.RESIDENT);
        assertThat(enrolment.category()).isEqualTo(Category.ADULT);
        assertThat(enrolment.covers(LocalDate.of(2026, 4, 6))).isTrue();
    }

    /** The snapshot as the projection reads it from any enrollment event (EnrollmentEventsConsumer). */
    private static PersonSnapshot read(V4Interaction.AsynchronousMessage message) {
        InboundRecord<JsonNode> inbound =
                PactInbound.decode(Topics.ENROLLMENT_EVENTS, message, EnrollmentEventsConsumer.SPEC);
        return new InboundJson(PactInbound.MAPPER).read(inbound.payload().get("person"), PersonSnapshot.class);
    }
}
