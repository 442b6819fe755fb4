package cn.medins.assistance.service;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import org.jboss.logging.Logger;

import cn.medins.assistance.domain.BankAccounts;
import cn.medins.assistance.domain.NeedyPeriod;
import cn.medins.assistance.domain.NeedyPeriods;
import cn.medins.assistance.domain.Partner;
import cn.medins.contracts.region.PartnerRegions;
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
    private final CaseOpening cases;
    private final PartnerRegions partners;

    public NeedyRegistryService(NeedyPersonRepository persons, NeedyPeriodRepository periods,
            NeedyStatusEventRepository statusEvents, InsuredDirectory directory, Outbox outbox, Clock clock, CaseOpening cases,
            PartnerRegions partners) {
        this.cases = cases;
        this.partners = partners;
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
        StatusChangeValidator.problemWith(change)
                .or(() -> partners.problem(Partner.CIVIL_AFFAIRS.key(), "regionCode", change.regionCode()))
                .ifPresent(reason -> {
                    throw new RejectedEventException(reason);
                });
        OffsetDateTime now = OffsetDateTime.now(clock);
        return PersonLock.hold(change.idNumber())
                .chain(() -> register(change, inbound.eventId(), now))
                .chain(() -> periods.ofPerson(change.idNumber()))
                .chain(existing -> changePeriod(change, existing, now))
                .call(period -> statusEvents.persist(sourceOf(inbound.eventId(), change, period, now)))
                .chain(period -> directory.insuredIdOf(change.idNumber())
                        .chain(insuredId -> announce(change, period, insuredId, inbound.eventId())));
    }

    /**
     * Registers the person, or updates them. A bank account in the record is used only when its holder is the person by
     * the name the suite knows (enrollment's, else the name the registry first recorded, never this record's own);
     * otherwise it is held and a township review case opened, and the account in use does not change.
     */
    private Uni<NeedyPerson> register(AssistanceStatusChange change, String eventId, OffsetDateTime now) {
        return persons.findByIdNumber(change.idNumber()).chain(found -> directory.byIdNumber(change.idNumber()).chain(insured -> {
            NeedyPerson person = found != null ? found : persons.newFor(change.idNumber());
            person.regionCode = change.regionCode();
            person.name = person.name != null ? person.name : change.name();
            person.updatedAt = now;
            Uni<NeedyPerson> saved = found != null ? Uni.createFrom().item(person) : persons.persist(person);
            AssistanceStatusChange.BankAccount account = change.bankAccount();
            if (account == null) {
                return saved;
            }
            String knownName = insured != null && insured.name != null ? insured.name : person.name;
            if (person.offerAccount(account.bank(), account.accountNo(), account.holder(), knownName) != NeedyPerson.Offer.HELD) {
                return saved;
            }
            LOG.infof("bank account for %s held for review: the holder is not the person", IdNumbers.mask(change.idNumber()));
            return saved.call(() -> cases.openAccountReview(change.idNumber(), insured == null ? null : insured.insuredId, eventId,
                    "bank account " + BankAccounts.mask(account.accountNo()) + " of " + account.bank() + " is held by "
                            + account.holder() + ", not " + (knownName == null ? "a person the suite knows" : knownName)
                            + ": no payment goes there until reviewed"));
        }));
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
