package cn.medins.enrollment.service;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.UUID;

import cn.medins.contracts.EventType;
import cn.medins.contracts.Topics;
import cn.medins.contracts.notification.Notification;
import cn.medins.enrollment.repository.TimelineEntry;
import cn.medins.enrollment.repository.TimelineRepository;
import cn.medins.messaging.outbox.Outbox;
import cn.medins.messaging.outbox.OutgoingEvent;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The traces of a change, written in the change's transaction: the timeline entry with its cause, the enrollment
 * event (keyed by insured id) and the notification to the insured.
 */
@ApplicationScoped
public class PersonChanges {

    private final TimelineRepository timeline;
    private final Outbox outbox;
    private final Clock clock;

    public PersonChanges(TimelineRepository timeline, Outbox outbox, Clock clock) {
        this.timeline = timeline;
        this.outbox = outbox;
        this.clock = clock;
    }

    public Uni<Void> note(String insuredId, String kind, String description, String source) {
        TimelineEntry entry = new TimelineEntry();
        entry.insuredId = insuredId;
        entry.occurredAt = OffsetDateTime.now(clock);
        entry.kind = kind;
        entry.description = description;
        entry.source = source;
        return timeline.persist(entry).replaceWithVoid();
    }

    public Uni<Void> announce(String insuredId, EventType type, Object payload) {
        return outbox.publish(OutgoingEvent.aboutPerson(Topics.ENROLLMENT_EVENTS, type, insuredId, payload)).replaceWithVoid();
    }

    public Uni<Void> notify(String insuredId, String template, String text, String cause) {
        Notification notification = new Notification(UUID.randomUUID().toString(), insuredId, template, text, cause);
        return outbox.publish(OutgoingEvent.aboutPerson(Topics.NOTIFICATIONS, Notification.TYPE, insuredId, notification))
                .replaceWithVoid();
    }
}
