package cn.medins.settlement.messaging;

import java.util.Set;

import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import com.fasterxml.jackson.databind.JsonNode;

import cn.medins.contracts.Topics;
import cn.medins.contracts.enrollment.EnrollmentEvents;
import cn.medins.messaging.inbox.InboundSpec;
import cn.medins.messaging.inbox.Inbox;
import cn.medins.settlement.service.ProjectionService;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/** Every enrollment event carries the person's snapshot; whichever it is, the projection takes the snapshot whole. */
@ApplicationScoped
public class EnrollmentEventsConsumer {

    static final InboundSpec<JsonNode> SPEC = InboundSpec.events(Consumers.NAME, JsonNode.class, Set.of(
            EnrollmentEvents.PERSON_ENROLLED, EnrollmentEvents.ENROLLMENT_CHANGED, EnrollmentEvents.IDENTITY_LINKED,
            EnrollmentEvents.QUALIFICATION_GRANTED, EnrollmentEvents.REMOTE_CARE_REGISTERED, EnrollmentEvents.TRANSFER_COMPLETED));

    private final Inbox inbox;
    private final ProjectionService projection;

    public EnrollmentEventsConsumer(Inbox inbox, ProjectionService projection) {
        this.inbox = inbox;
        this.projection = projection;
    }

    @Incoming(Topics.ENROLLMENT_EVENTS)
    public Uni<Void> consume(ConsumerRecords<String, byte[]> records) {
        return inbox.processBatch(records, SPEC, inbound -> projection.replacePerson(inbound.payload().get("person")));
    }
}
