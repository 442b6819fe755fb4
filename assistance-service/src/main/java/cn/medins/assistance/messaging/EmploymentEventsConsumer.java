package cn.medins.assistance.messaging;

import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import cn.medins.assistance.service.EmploymentWages;
import cn.medins.contracts.Topics;
import cn.medins.contracts.partner.EmploymentEvent;
import cn.medins.messaging.inbox.InboundSpec;
import cn.medins.messaging.inbox.Inbox;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/** Human resources' employment events, read only for the employer wage the maternity allowance is computed from. */
@ApplicationScoped
public class EmploymentEventsConsumer {

    static final InboundSpec<EmploymentEvent> SPEC = InboundSpec.partner(Consumers.NAME, EmploymentEvent.class,
            EmploymentEvent.SCHEMA, EmploymentEvent::businessKey);

    private final Inbox inbox;
    private final EmploymentWages wages;

    public EmploymentEventsConsumer(Inbox inbox, EmploymentWages wages) {
        this.inbox = inbox;
        this.wages = wages;
    }

    @Incoming(Topics.EMPLOYMENT_EVENTS)
    public Uni<Void> consume(ConsumerRecords<String, byte[]> records) {
        return inbox.processBatch(records, SPEC, inbound -> wages.record(inbound.eventId(), inbound.payload()));
    }
}
