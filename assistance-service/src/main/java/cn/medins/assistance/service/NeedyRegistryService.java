package cn.medins.assistance.service;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import org.jboss.logging.Logger;

import cn.medins.assistance.domain.NeedyPeriod;
import cn.medins.assistance.domain.NeedyPeriods;
import cn.medins.assistance.domain.StatusChangeValidator;
import cn.medins.assistance.repository.NeedyPeriodEntity;
import cn.medins.assistance.repository.NeedyPeriodRepository;
import cn.medins.assistance.repository.NeedyPerson;
import cn.medins.assistance.repository.NeedyPersonRepository;
import cn.medins.assistance.repository.NeedyStatusEvent;
import cn.medins.assistance.repository.NeedyStatusEventRepository;
import cn.medins.contracts.IdNumbers;
import cn.medins.contracts.Topics;
import cn.medins.contracts.assistance.AssistanceEvents;
import cn.medins.contracts.assistance.AssistanceEvents.NeedyAction;
import cn.medins.contracts.assistance.AssistanceEvents.NeedyStatusChanged;
import cn.medins.contracts.partner.AssistanceStatusChange;
import cn.medins.messaging.inbox.InboundRecord;
import cn.medins.messaging.inbox.RejectedEventException;
import cn.medins.messaging.outbox.Outbox;
import cn.medins.messaging.outbox.OutgoingEvent;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Applies civil-affairs records to the registry and announces each resulting period as {@code NeedyStatusChanged},
 * so that settlement gives one-stop assistance from the valid date. Runs inside the inbox transaction.
 */
@ApplicationScoped
public class NeedyRegistryService {

    private static final Logger LOG = Logger.getLogger(NeedyRegistryService.class);

    private final NeedyPersonRepository persons;
    private final NeedyPeriodRepository periods;
    private final NeedyStatusEventRepository statusEvents;
    private final InsuredDirectory directory;
    private final Outbox outbox;
    private final Clock clock;

    public NeedyRegistryService(NeedyPersonRepository persons, NeedyPeriodRepository periods,
            NeedyStatusEventRepository statusEvents, InsuredDirectory directory, Outbox outbox, Clock clock) {
        this.persons = persons;
        this.periods = periods;
        this.statusEvents = statusEvents;
        this.directory = directory;
        this.outbox = outbox;
        this.clock = clock;
    }

    /** @return the change as announced; the record is refused (dead-lettered) when a field is wrong */
    public Uni<NeedyStatusChanged> apply(InboundRecord<AssistanceStatusChange> inbound) {
        AssistanceStatusChange change = inbound.payload();
        StatusChangeValidator.problemWith(change).ifPresent(reason -> {
            throw new RejectedEventException(reason);
        });
        OffsetDateTime now = OffsetDateTime.now(clock);
        return PersonLock.hold(change.idNumber())
                .chain(() -> register(change, now))
                .chain(() -> periods.ofPerson(change.idNumber()))
                .chain(existing -> changePeriod(change, existing, now))
                .call(period -> statusEvents.persist(sourceOf(inbound.eventId(), change, period, now)))
                .chain(period -> directory.insuredIdOf(change.idNumber())
                        .chain(insuredId -> announce(change, period, insuredId, inbound.eventId())));
    }

    private Uni<NeedyPerson> register(AssistanceStatusChange change, OffsetDateTime now) {
        return persons.findByIdNumber(change.idNumber()).chain(found -> {
            NeedyPerson person = found != null ? found : persons.newFor(change.idNumber());
            person.regionCode = change.regionCode();
            if (change.bankAccount() != null) {
                person.bank = change.bankAccount().bank();
                person.accountNo = change.bankAccount().accountNo();
                person.holder = change.bankAccount().holder();
            }
            person.updatedAt = now;
            return found != null ? Uni.createFrom().item(person) : persons.persist(person);
        });
    }

    private Uni<NeedyPeriodEntity> changePeriod(AssistanceStatusChange change, List<NeedyPeriodEntity> existing,
            OffsetDateTime now) {
        List<NeedyPeriod> current = existing.stream().map(NeedyPeriodEntity::toPeriod).toList();
        NeedyPeriod changed = change.action() == AssistanceStatusChange.Action.GRANTED
                ? NeedyPeriods.grant(current, change.category(), change.validFrom(), change.validTo())
                : NeedyPeriods.revoke(current, change.category(), change.validFrom(), change.validTo())
                        .orElseThrow(() -> new RejectedEventException("field validFrom: no " + change.category()
                                + " period of this person runs on the revocation date to be revoked"));
        NeedyPeriodEntity entity = existing.stream()
                .filter(row -> row.id.equals(changed.id()))
                .findFirst()
                .orElseGet(NeedyPeriodEntity::new);
        boolean created = entity.id == null;
        entity.id = created ? UUID.randomUUID() : entity.id;
        entity.idNumber = change.idNumber();
        entity.category = changed.category();
        entity.validFrom = changed.validFrom();
        entity.validTo = changed.validTo();
        entity.updatedAt = now;
        LOG.infof("needy %s %s for %s: %s..%s", change.action(), change.category(), IdNumbers.mask(change.idNumber()),
                entity.validFrom, entity.validTo);
        return created ? periods.persist(entity) : Uni.createFrom().item(entity);
    }

    private static NeedyStatusEvent sourceOf(String eventId, AssistanceStatusChange change, NeedyPeriodEntity period,
            OffsetDateTime now) {
        NeedyStatusEvent source = new NeedyStatusEvent();
        source.eventId = eventId;
        source.idNumber = change.idNumber();
        source.periodId = period.id;
        source.category = change.category();
        source.action = change.action();
        source.validFrom = change.validFrom();
        source.validTo = change.validTo();
        source.receivedAt = now;
        return source;
    }

    static NeedyStatusChanged statusChanged(AssistanceStatusChange change, NeedyPeriodEntity period, String insuredId,
            String cause) {
        return new NeedyStatusChanged(change.idNumber(), insuredId, period.category,
                NeedyAction.valueOf(change.action().name()), period.validFrom, period.validTo, change.regionCode(), cause);
    }

    private Uni<NeedyStatusChanged> announce(AssistanceStatusChange change, NeedyPeriodEntity period, String insuredId,
            String cause) {
        NeedyStatusChanged event = statusChanged(change, period, insuredId, cause);
        String key = insuredId != null ? insuredId : change.idNumber();
        return outbox.publish(new OutgoingEvent(Topics.ASSISTANCE_EVENTS, key, AssistanceEvents.NEEDY_STATUS_CHANGED, key, event))
                .replaceWith(event);
    }
}
