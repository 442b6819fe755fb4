package cn.medins.assistance.messaging;

import java.util.Set;

import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import com.fasterxml.jackson.databind.JsonNode;

import cn.medins.assistance.service.InsuredDirectory;
import cn.medins.contracts.Topics;
import cn.medins.contracts.enrollment.EnrollmentEvents;
import cn.medins.contracts.enrollment.PersonSnapshot;
import cn.medins.messaging.inbox.InboundSpec;
import cn.medins.messaging.inbox.Inbox;
import cn.medins.messaging.inbox.RejectedEventException;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/** Every enrollment event carries the whole person: the projection takes the snapshot, whatever the event. */
@ApplicationScoped
public class EnrollmentEventsConsumer {

    static final InboundSpec<JsonNode> SPEC = InboundSpec.events(Consumers.NAME, JsonNode.class, Set.of(
            EnrollmentEvents.PERSON_ENROLLED, EnrollmentEvents.ENROLLMENT_CHANGED, EnrollmentEvents.IDENTITY_LINKED,
            EnrollmentEvents.QUALIFICATION_GRANTED, EnrollmentEvents.REMOTE_CARE_REGISTERED,
            EnrollmentEvents.TRANSFER_COMPLETED));

    private final Inbox inbox;
    private final InsuredDirectory directory;
    private final EventPayloads payloads;

    public EnrollmentEventsConsumer(Inbox inbox, InsuredDirectory directory, EventPayloads payloads) {
        this.inbox = inbox;
        this.directory = directory;
        this.payloads = payloads;
    }

    @Incoming(Topics.ENROLLMENT_EVENTS)
    public Uni<Void> consume(ConsumerRecords<String, byte[]> records) {
        return inbox.processBatch(records, SPEC, inbound -> {
            if (!inbound.payload().hasNonNull("person")) {
                throw new RejectedEventException("field person: every enrollment event carries the person snapshot");
            }
            PersonSnapshot person = payloads.read(inbound.payload().get("person"), inbound.type(), PersonSnapshot.class);
            return directory.replace(person);
        });
    }
}
