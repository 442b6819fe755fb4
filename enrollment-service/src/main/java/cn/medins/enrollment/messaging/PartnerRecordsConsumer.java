package cn.medins.enrollment.messaging;

import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import cn.medins.contracts.Topics;
import cn.medins.contracts.partner.BirthCertificate;
import cn.medins.contracts.partner.EmploymentEvent;
import cn.medins.contracts.partner.HouseholdRegistration;
import cn.medins.contracts.partner.StudentRosterEntry;
import cn.medins.enrollment.service.EmploymentChanges;
import cn.medins.enrollment.service.IdentityLinking;
import cn.medins.enrollment.service.NewbornEnrolment;
import cn.medins.enrollment.service.StudentEnrolment;
import cn.medins.messaging.inbox.InboundSpec;
import cn.medins.messaging.inbox.Inbox;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The partner agencies' records enrollment acts on. Each goes through the inbox: validated against its schema,
 * deduplicated on its business key (plain producers send no event id), applied in one transaction with the events it
 * causes, or dead-lettered with the reason.
 */
@ApplicationScoped
public class PartnerRecordsConsumer {

    static final InboundSpec<BirthCertificate> BIRTHS = InboundSpec.partner(Consumers.NAME, BirthCertificate.class,
            BirthCertificate.SCHEMA, BirthCertificate::businessKey);
    static final InboundSpec<HouseholdRegistration> REGISTRATIONS = InboundSpec.partner(Consumers.NAME,
            HouseholdRegistration.class, HouseholdRegistration.SCHEMA, HouseholdRegistration::businessKey);
    static final InboundSpec<StudentRosterEntry> ROSTERS = InboundSpec.partner(Consumers.NAME, StudentRosterEntry.class,
            StudentRosterEntry.SCHEMA, StudentRosterEntry::businessKey);
    static final InboundSpec<EmploymentEvent> EMPLOYMENT = InboundSpec.partner(Consumers.NAME, EmploymentEvent.class,
            EmploymentEvent.SCHEMA, EmploymentEvent::businessKey);

    private final Inbox inbox;
    private final NewbornEnrolment newborns;
    private final IdentityLinking identities;
    private final StudentEnrolment students;
    private final EmploymentChanges employment;

    public PartnerRecordsConsumer(Inbox inbox, NewbornEnrolment newborns, IdentityLinking identities,
            StudentEnrolment students, EmploymentChanges employment) {
        this.inbox = inbox;
        this.newborns = newborns;
        this.identities = identities;
        this.students = students;
        this.employment = employment;
    }

    @Incoming(Topics.BIRTH_CERTIFICATES)
    public Uni<Void> birthCertificate(ConsumerRecords<String, byte[]> records) {
        return inbox.processBatch(records, BIRTHS, inbound -> newborns.enrol(inbound.payload(), Consumers.sourceOf(inbound)));
    }

    @Incoming(Topics.HOUSEHOLD_REGISTRATIONS)
    public Uni<Void> householdRegistration(ConsumerRecords<String, byte[]> records) {
        return inbox.processBatch(records, REGISTRATIONS, inbound -> identities.register(inbound.payload(), Consumers.sourceOf(inbound)));
    }

    @Incoming(Topics.STUDENT_ROSTERS)
    public Uni<Void> studentRoster(ConsumerRecords<String, byte[]> records) {
        return inbox.processBatch(records, ROSTERS, inbound -> students.apply(inbound.payload(), Consumers.sourceOf(inbound)));
    }

    @Incoming(Topics.EMPLOYMENT_EVENTS)
    public Uni<Void> employmentEvent(ConsumerRecords<String, byte[]> records) {
        return inbox.processBatch(records, EMPLOYMENT, inbound -> employment.apply(inbound.payload(), Consumers.sourceOf(inbound)));
    }
}
