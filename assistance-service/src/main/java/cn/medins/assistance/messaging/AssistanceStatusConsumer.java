package cn.medins.assistance.messaging;

import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import cn.medins.assistance.service.NeedyMatching;
import cn.medins.assistance.service.NeedyRegistryService;
import cn.medins.contracts.Topics;
import cn.medins.contracts.partner.AssistanceStatusChange;
import cn.medins.messaging.inbox.InboundSpec;
import cn.medins.messaging.inbox.Inbox;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/** Civil affairs' needy-status records: the registry first, then the benefits a grant makes due. */
@ApplicationScoped
public class AssistanceStatusConsumer {

    static final InboundSpec<AssistanceStatusChange> SPEC = InboundSpec.partner(Consumers.NAME, AssistanceStatusChange.class,
            AssistanceStatusChange.SCHEMA, AssistanceStatusChange::businessKey);

    private final Inbox inbox;
    private final NeedyRegistryService registry;
    private final NeedyMatching matching;

    public AssistanceStatusConsumer(Inbox inbox, NeedyRegistryService registry, NeedyMatching matching) {
        this.inbox = inbox;
        this.registry = registry;
        this.matching = matching;
    }

    @Incoming(Topics.ASSISTANCE_STATUS)
    public Uni<Void> consume(ConsumerRecords<String, byte[]> records) {
        return inbox.processBatch(records, SPEC, inbound -> registry.apply(inbound)
                .chain(changed -> matching.onStatusChanged(changed, inbound.eventId())));
    }
}
