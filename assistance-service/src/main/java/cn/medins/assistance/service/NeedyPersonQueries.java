package cn.medins.assistance.service;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import cn.medins.assistance.domain.BankAccounts;
import cn.medins.assistance.repository.NeedyPeriodEntity;
import cn.medins.assistance.repository.NeedyPeriodRepository;
import cn.medins.assistance.repository.NeedyPerson;
import cn.medins.assistance.repository.NeedyPersonRepository;
import cn.medins.assistance.repository.NeedyStatusEvent;
import cn.medins.assistance.repository.NeedyStatusEventRepository;
import cn.medins.rest.ProblemException;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

@ApplicationScoped
public class NeedyPersonQueries {

    private final NeedyPersonRepository persons;
    private final NeedyPeriodRepository periods;
    private final NeedyStatusEventRepository statusEvents;
    private final InsuredDirectory directory;
    private final Clock clock;

    public NeedyPersonQueries(NeedyPersonRepository persons, NeedyPeriodRepository periods,
            NeedyStatusEventRepository statusEvents, InsuredDirectory directory, Clock clock) {
        this.persons = persons;
        this.periods = periods;
        this.statusEvents = statusEvents;
        this.directory = directory;
        this.clock = clock;
    }

    @WithSession
    public Uni<NeedyPersonView> find(String idNumber) {
        return persons.findByIdNumber(idNumber).chain(person -> {
            if (person == null) {
                return Uni.createFrom().failure(ProblemException.notFound("needy-person",
                        "civil affairs has reported no needy status for this ID number"));
            }
            return periods.ofPerson(idNumber).chain(found -> statusEvents.ofPerson(idNumber)
                    .chain(sources -> directory.insuredIdOf(idNumber)
                            .map(insuredId -> view(idNumber, person, insuredId, found, sources))));
        });
    }

    private NeedyPersonView view(String idNumber, NeedyPerson person, String insuredId, List<NeedyPeriodEntity> found,
            List<NeedyStatusEvent> sources) {
        LocalDate today = LocalDate.now(clock);
        NeedyPersonView.Account account = person.hasAccount()
                ? new NeedyPersonView.Account(person.bank, BankAccounts.mask(person.accountNo), person.holder)
                : null;
        List<NeedyPersonView.CategoryPeriod> categories = found.stream()
                .map(period -> new NeedyPersonView.CategoryPeriod(period.category, period.validFrom, period.validTo,
                        period.toPeriod().covers(today),
                        sources.stream()
                                .filter(source -> source.periodId.equals(period.id))
                                .map(source -> new NeedyPersonView.Source(source.eventId, source.action, source.validFrom,
                                        source.validTo, source.receivedAt))
                                .toList()))
                .toList();
        return new NeedyPersonView(idNumber, insuredId, person.regionCode, account, categories);
    }
}
