package cn.medins.enrollment.service;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import cn.medins.enrollment.repository.ContributionSubsidyRepository;
import cn.medins.enrollment.repository.FamilyLinkRepository;
import cn.medins.enrollment.repository.NeedyPeriod;
import cn.medins.enrollment.repository.NeedyPeriodRepository;
import cn.medins.enrollment.repository.Person;
import cn.medins.enrollment.repository.PersonRepository;
import cn.medins.enrollment.repository.TimelineRepository;
import cn.medins.rest.Page;
import cn.medins.rest.ProblemException;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/** The read side of the API: a person with everything known about them, and their timeline. */
@ApplicationScoped
public class PersonQueries {

    private final PersonRepository persons;
    private final InsuredRecords records;
    private final FamilyLinkRepository family;
    private final NeedyPeriodRepository needy;
    private final ContributionSubsidyRepository subsidies;
    private final TimelineRepository timeline;
    private final Checks checks;

    public PersonQueries(PersonRepository persons, InsuredRecords records, FamilyLinkRepository family,
            NeedyPeriodRepository needy, ContributionSubsidyRepository subsidies, TimelineRepository timeline, Checks checks) {
        this.persons = persons;
        this.records = records;
        this.family = family;
        this.needy = needy;
        this.subsidies = subsidies;
        this.timeline = timeline;
        this.checks = checks;
    }

    @WithSession
    public Uni<PersonView> byInsuredId(String insuredId) {
        return persons.findById(insuredId).chain(person -> view(person, "insuredId " + insuredId));
    }

    @WithSession
    public Uni<PersonView> byIdNumber(String idNumber) {
        return persons.byIdNumber(idNumber).chain(person -> view(person, "the given idNumber"));
    }

    @WithSession
    public Uni<PersonView> byBirthCertificateNo(String certificateNo) {
        return persons.byBirthCertificateNo(certificateNo).chain(person -> view(person, "birthCertificateNo " + certificateNo));
    }

    @WithSession
    public Uni<Page<TimelineView>> timeline(String insuredId, int page, int size) {
        return persons.findById(insuredId)
                .invoke(person -> requireFound(person, "insuredId " + insuredId))
                .chain(() -> timeline.page(insuredId, page, size))
                .chain(entries -> timeline.countOf(insuredId).map(total -> new Page<>(entries.stream()
                        .map(entry -> new TimelineView(entry.occurredAt, entry.kind, entry.description, entry.source))
                        .toList(), page, size, total)));
    }

    private Uni<PersonView> view(Person person, String lookedUpBy) {
        requireFound(person, lookedUpBy);
        return records.load(person).chain(record -> familyOf(person)
                .chain(relatives -> needyOf(person)
                        .chain(needyView -> subsidiesOf(person)
                                .map(contributions -> {
                                    var snapshot = record.snapshot();
                                    return new PersonView(person.insuredId, person.idNumber, person.birthCertificateNo,
                                            person.name, person.sex, person.birthDate, snapshot.enrolments(), relatives,
                                            snapshot.qualifications(), snapshot.remoteCareRegistrations(), needyView,
                                            contributions);
                                }))));
    }

    private static void requireFound(Person person, String lookedUpBy) {
        if (person == null) {
            throw ProblemException.notFound("person", "no insured person with " + lookedUpBy);
        }
    }

    private Uni<List<PersonView.FamilyMember>> familyOf(Person person) {
        return family.parentsOf(person.insuredId)
                .chain(parents -> insuredIdsOf(parents.stream().map(link -> link.relativeIdNumber).toList())
                        .map(insured -> parents.stream()
                                .map(link -> new PersonView.FamilyMember(link.relation.name(), link.relativeIdNumber,
                                        link.relativeName, insured.get(link.relativeIdNumber)))
                                .toList()))
                .chain(parents -> children(person).map(children -> {
                    List<PersonView.FamilyMember> members = new ArrayList<>(parents);
                    members.addAll(children);
                    return members;
                }));
    }

    /** The insured ids of those of the ID numbers that belong to persons insured here. */
    private Uni<Map<String, String>> insuredIdsOf(List<String> idNumbers) {
        if (idNumbers.isEmpty()) {
            return Uni.createFrom().item(Map.of());
        }
        return persons.list("idNumber in ?1", idNumbers)
                .map(found -> found.stream().collect(Collectors.toMap(p -> p.idNumber, p -> p.insuredId)));
    }

    private Uni<List<PersonView.FamilyMember>> children(Person person) {
        if (person.idNumber == null) {
            return Uni.createFrom().item(List.of());
        }
        return family.childrenOf(person.idNumber).chain(links -> links.isEmpty()
                ? Uni.createFrom().item(List.<PersonView.FamilyMember>of())
                : persons.list("insuredId in ?1 order by insuredId", links.stream().map(link -> link.insuredId).toList())
                        .map(children -> children.stream()
                                .map(child -> new PersonView.FamilyMember("CHILD", child.idNumber, child.name, child.insuredId))
                                .toList()));
    }

    private Uni<PersonView.Needy> needyOf(Person person) {
        if (person.idNumber == null) {
            return Uni.createFrom().item(new PersonView.Needy(List.of(), List.of()));
        }
        LocalDate today = checks.today();
        return needy.ofIdNumber(person.idNumber).map(periods -> new PersonView.Needy(
                periods.stream().filter(period -> period.validOn(today)).map(period -> period.category).distinct().toList(),
                periods.stream().map(PersonQueries::periodView).toList()));
    }

    private static PersonView.NeedyPeriodView periodView(NeedyPeriod period) {
        return new PersonView.NeedyPeriodView(period.category, period.validFrom, period.validTo, period.source);
    }

    private Uni<List<PersonView.Subsidy>> subsidiesOf(Person person) {
        if (person.idNumber == null) {
            return Uni.createFrom().item(List.of());
        }
        return subsidies.ofIdNumber(person.idNumber).map(rows -> rows.stream()
                .map(row -> new PersonView.Subsidy(row.year, row.category, row.ratio, row.amount, row.decisionId))
                .toList());
    }
}
