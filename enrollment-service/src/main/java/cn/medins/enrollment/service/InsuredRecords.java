package cn.medins.enrollment.service;

import java.util.List;

import cn.medins.enrollment.domain.IdentityFacts;
import cn.medins.enrollment.repository.EnrolmentRepository;
import cn.medins.enrollment.repository.Person;
import cn.medins.enrollment.repository.PersonRepository;
import cn.medins.enrollment.repository.QualificationRepository;
import cn.medins.enrollment.repository.RemoteCareRepository;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/** Loads a person's record for a change (row locked), or creates a new insured person; called inside a transaction. */
@ApplicationScoped
public class InsuredRecords {

    private final PersonRepository persons;
    private final EnrolmentRepository enrolments;
    private final QualificationRepository qualifications;
    private final RemoteCareRepository remoteCare;

    public InsuredRecords(PersonRepository persons, EnrolmentRepository enrolments, QualificationRepository qualifications,
            RemoteCareRepository remoteCare) {
        this.persons = persons;
        this.enrolments = enrolments;
        this.qualifications = qualifications;
        this.remoteCare = remoteCare;
    }

    /** @return the locked record, or {@code null} when no person has the insured id */
    public Uni<InsuredRecord> lockById(String insuredId) {
        return persons.lockedById(insuredId).chain(this::load);
    }

    /** @return the locked record, or {@code null} when no person has the ID number */
    public Uni<InsuredRecord> lockByIdNumber(String idNumber) {
        return persons.lockedByIdNumber(idNumber).chain(this::load);
    }

    public Uni<InsuredRecord> lockByBirthCertificateNo(String certificateNo) {
        return persons.lockedByBirthCertificateNo(certificateNo).chain(this::load);
    }

    /** A person known only by an ID number and a name: sex and birth date are what the ID number says. */
    public Uni<InsuredRecord> createFromIdNumber(String idNumber, String name) {
        Person person = new Person();
        person.idNumber = idNumber;
        person.name = name;
        person.sex = IdentityFacts.sex(idNumber);
        person.birthDate = IdentityFacts.birthDate(idNumber);
        return create(person);
    }

    /** Persists the new person under a fresh insured id. */
    public Uni<InsuredRecord> create(Person person) {
        return persons.nextInsuredId()
                .chain(insuredId -> {
                    person.insuredId = insuredId;
                    return persons.persist(person);
                })
                .map(saved -> new InsuredRecord(saved, List.of(), List.of(), List.of()));
    }

    Uni<InsuredRecord> load(Person person) {
        if (person == null) {
            return Uni.createFrom().nullItem();
        }
        // One reactive session runs one statement at a time: the lists are read one after the other.
        return enrolments.ofPerson(person.insuredId)
                .chain(periods -> qualifications.ofPerson(person.insuredId)
                        .chain(qualified -> remoteCare.ofPerson(person.insuredId)
                                .map(registrations -> new InsuredRecord(person, periods, qualified, registrations))));
    }
}
