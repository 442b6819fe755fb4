package cn.medins.assistance.messaging;

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
import cn.medins.contracts.coverage.Scheme;
import cn.medins.contracts.enrollment.PersonSnapshot;
import cn.medins.messaging.contract.PactInbound;
import cn.medins.messaging.inbox.InboundRecord;
import cn.medins.testing.PactMessages;

/**
 * What assistance's directory of insured persons needs from enrollment's events, written as
 * {@code pacts/assistance-service-enrollment-service.json}: the snapshot that links an ID number to an insured id, a
 * scheme (premium subsidies are for residents) and a birth date (the matchers' age rules).
 */
@ExtendWith(PactConsumerTestExt.class)
@PactTestFor(providerName = "enrollment-service", providerType = ProviderType.ASYNCH, pactVersion = PactSpecVersion.V4)
class EnrollmentEventsPactTest {

    private static final String PERSON = """
            {"insuredId":"P000000000001","idNumber":"371602198001017119","name":"测试","sex":"M","birthDate":"1980-01-01",
             "enrolments":[{"enrolmentId":"E-1","scheme":"RESIDENT","category":"ADULT","regionCode":"371600",
                            "status":"ACTIVE","validFrom":"2026-01-01"}]}""";

    @Pact(consumer = "assistance-service")
    V4Pact everyEnrollmentEvent(MessagePactBuilder builder) {
        return PactMessages.expectsEvents(builder, PactMessages.enrollmentEventsCarrying(PERSON));
    }

    @Test
    @PactTestFor(pactMethod = "everyEnrollmentEvent")
    void everyEnrollmentEventGivesTheWholePerson(List<V4Interaction.AsynchronousMessage> messages) {
        assertThat(messages).hasSize(6);
        messages.forEach(message -> assertResident(read(message)));
    }

    private static void assertResident(PersonSnapshot person) {
        assertThat(person.insuredId()).isEqualTo("P000000000001");
        assertThat(person.idNumber()).isEqualTo("371602198001017119");
        assertThat(person.birthDate()).isEqualTo(LocalDate.of(1980, 1, 1));
        assertThat(person.enrolments().get(0).scheme()).isEqualTo(Scheme.RESIDENT);
        assertThat(person.enrolments().get(0).category()).isEqualTo(Category.ADULT);
    }

    /** The snapshot as the directory reads it from any enrollment event (EnrollmentEventsConsumer). */
    private static PersonSnapshot read(V4Interaction.AsynchronousMessage message) {
        InboundRecord<JsonNode> inbound = PactInbound.decode(Topics.ENROLLMENT_EVENTS, message, EnrollmentEventsConsumer.SPEC);
        return new EventPayloads(PactInbound.MAPPER).read(inbound.payload().get("person"), inbound.type(), PersonSnapshot.class);
    }
}
