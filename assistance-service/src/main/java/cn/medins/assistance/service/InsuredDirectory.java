package cn.medins.assistance.service;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Comparator;
import java.util.Optional;
import java.util.stream.Collectors;

import cn.medins.assistance.repository.InsuredPerson;
import cn.medins.assistance.repository.InsuredPersonRepository;
import cn.medins.contracts.coverage.Enrolment;
import cn.medins.contracts.coverage.Qualification;
import cn.medins.contracts.enrollment.PersonSnapshot;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/** The enrollment projection: which insured id an ID number belongs to, and the person's current coverage. */
@ApplicationScoped
public class InsuredDirectory {

    private final InsuredPersonRepository persons;
    private final Clock clock;

    public InsuredDirectory(InsuredPersonRepository persons, Clock clock) {
        this.persons = persons;
        this.clock = clock;
    }

    public Uni<String> insuredIdOf(String idNumber) {
        return persons.byIdNumber(idNumber).map(person -> person == null ? null : person.insuredId);
    }

    public Uni<InsuredPerson> byIdNumber(String idNumber) {
        return persons.byIdNumber(idNumber);
    }

    public Uni<InsuredPerson> byInsuredId(String insuredId) {
        return persons.findById(insuredId);
    }

    /** Replaces what is known of the person with the snapshot an enrollment event carries. */
    public Uni<Void> replace(PersonSnapshot snapshot) {
        return persons.findById(snapshot.insuredId()).chain(found -> {
            InsuredPerson person = found != null ? found : new InsuredPerson();
            person.insuredId = snapshot.insuredId();
            person.idNumber = snapshot.idNumber();
            person.birthDate = snapshot.birthDate();
            person.name = snapshot.name();
            currentEnrolment(snapshot, LocalDate.now(clock)).ifPresent(enrolment -> {
                person.scheme = enrolment.scheme();
                person.category = enrolment.category();
                person.regionCode = enrolment.regionCode();
            });
            person.qualifications = snapshot.qualifications() == null ? ""
                    : snapshot.qualifications().stream().map(Qualification::disease).map(Enum::name).distinct()
                            .collect(Collectors.joining(","));
            person.updatedAt = OffsetDateTime.now(clock);
            return found != null ? Uni.createFrom().voidItem() : persons.persist(person).replaceWithVoid();
        });
    }

    /** The enrolment covering today, else the one that started last. */
    private static Optional<Enrolment> currentEnrolment(PersonSnapshot snapshot, LocalDate today) {
        if (snapshot.enrolments() == null || snapshot.enrolments().isEmpty()) {
            return Optional.empty();
        }
        return snapshot.enrolments().stream()
                .filter(enrolment -> enrolment.covers(today))
                .findFirst()
                .or(() -> snapshot.enrolments().stream().max(Comparator.comparing(Enrolment::validFrom)));
    }
}
