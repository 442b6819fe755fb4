package cn.medins.enrollment.service;

import org.jboss.logging.Logger;

import cn.medins.contracts.IdNumbers;
import cn.medins.contracts.enrollment.EnrollmentEvents;
import cn.medins.contracts.partner.HouseholdRegistration;
import cn.medins.enrollment.domain.IdentityFacts;
import cn.medins.enrollment.domain.Partner;
import cn.medins.enrollment.repository.PendingRegistration;
import cn.medins.enrollment.repository.PendingRegistrationRepository;
import cn.medins.enrollment.repository.Person;
import cn.medins.enrollment.repository.PersonRepository;
import cn.medins.messaging.inbox.RejectedEventException;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Attaches the ID number of public security's household registration to the person enrolled from the birth
 * certificate, in whichever order the two arrive. They come on different topics with different keys, so both sides
 * take a lock on the certificate number first: whichever runs second sees what the first committed, and either links
 * at once or finds the registration waiting.
 */
@ApplicationScoped
public class IdentityLinking {

    private static final Logger LOG = Logger.getLogger(IdentityLinking.class);

    private final Checks checks;
    private final PersonRepository persons;
    private final InsuredRecords records;
    private final PendingRegistrationRepository pending;
    private final PersonChanges changes;

    public IdentityLinking(Checks checks, PersonRepository persons, InsuredRecords records,
            PendingRegistrationRepository pending, PersonChanges changes) {
        this.checks = checks;
        this.persons = persons;
        this.records = records;
        this.pending = pending;
        this.changes = changes;
    }

    static String certificateLock(String certificateNo) {
        return "birth-certificate:" + certificateNo;
    }

    @WithTransaction
    public Uni<Void> register(HouseholdRegistration registration, String source) {
        Checks.requirePassed(checks.startFor(Partner.POLICE)
                .idNumber("idNumber", registration.idNumber())
                .region("regionCode", registration.regionCode())
                .notInFuture("registeredAt", registration.registeredAt()));
        return persons.lockKey(certificateLock(registration.certificateNo()))
                .chain(() -> records.lockByBirthCertificateNo(registration.certificateNo()))
                .chain(record -> record == null
                        ? keepPending(registration, source)
                        : problemLinking(record, registration.idNumber()).chain(problem -> {
                            if (problem != null) {
                                throw new RejectedEventException(problem);
                            }
                            return link(record, registration.idNumber(), registration.name(), source);
                        }));
    }

    /**
     * Links a registration that was waiting for this newborn's certificate, if there is one. It was accepted before
     * the certificate could contradict it; if it does, the newborn stays enrolled and the timeline says why the ID
     * number was not attached, for staff to resolve.
     */
    Uni<Void> linkPending(InsuredRecord record, String certificateNo) {
        return pending.findById(certificateNo).chain(waiting -> waiting == null
                ? Uni.createFrom().voidItem()
                : problemLinking(record, waiting.idNumber)
                        .chain(problem -> problem == null
                                ? link(record, waiting.idNumber, waiting.name, waiting.source)
                                : changes.note(record.insuredId(), "IDENTITY_NOT_LINKED",
                                        "household registration not linked: " + problem, waiting.source))
                        .call(() -> pending.delete(waiting)));
    }

    private Uni<Void> keepPending(HouseholdRegistration registration, String source) {
        return pending.findById(registration.certificateNo()).chain(waiting -> {
            if (waiting != null) {
                if (!waiting.idNumber.equals(registration.idNumber())) {
                    throw new RejectedEventException("field idNumber: certificate " + registration.certificateNo()
                            + " was already registered with another ID number (" + waiting.source + ")");
                }
                return Uni.createFrom().voidItem();
            }
            PendingRegistration row = new PendingRegistration();
            row.certificateNo = registration.certificateNo();
            row.idNumber = registration.idNumber();
            row.name = registration.name();
            row.registeredAt = registration.registeredAt();
            row.regionCode = registration.regionCode();
            row.source = source;
            LOG.infof("registration of %s waits for birth certificate %s", IdNumbers.mask(registration.idNumber()),
                    registration.certificateNo());
            return pending.persist(row).replaceWithVoid();
        });
    }

    /** @return why the ID number cannot be this person's, or {@code null} when it can */
    private Uni<String> problemLinking(InsuredRecord record, String idNumber) {
        Person person = record.person();
        if (person.idNumber != null && !person.idNumber.equals(idNumber)) {
            return Uni.createFrom().item("field idNumber: certificate " + person.birthCertificateNo
                    + " is already linked to another ID number");
        }
        if (!IdentityFacts.birthDate(idNumber).equals(person.birthDate)) {
            return Uni.createFrom().item("field idNumber: its birth date " + IdentityFacts.birthDate(idNumber)
                    + " is not the certificate's birth date " + person.birthDate);
        }
        return persons.byIdNumber(idNumber).map(holder -> holder == null || holder.insuredId.equals(person.insuredId)
                ? null : "field idNumber: already belongs to insured person " + holder.insuredId);
    }

    private Uni<Void> link(InsuredRecord record, String idNumber, String registeredName, String source) {
        Person person = record.person();
        if (idNumber.equals(person.idNumber)) {
            return Uni.createFrom().voidItem();
        }
        person.idNumber = idNumber;
        // Public security's registration is the legal identity: a name chosen after the birth certificate wins.
        person.name = registeredName;
        return changes.note(record.insuredId(), "IDENTITY_LINKED", "ID number " + IdNumbers.mask(idNumber)
                + " registered by public security attached to the person enrolled from certificate "
                + person.birthCertificateNo, source)
                .chain(() -> changes.announce(record.insuredId(), EnrollmentEvents.IDENTITY_LINKED,
                        new EnrollmentEvents.IdentityLinked(record.snapshot(), idNumber, person.birthCertificateNo, source)))
                .invoke(() -> LOG.infof("%s linked to %s", IdNumbers.mask(idNumber), record.insuredId()));
    }
}
