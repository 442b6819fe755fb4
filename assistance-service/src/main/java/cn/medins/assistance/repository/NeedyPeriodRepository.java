package cn.medins.assistance.repository;

import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import cn.medins.assistance.domain.NeedyGrant;
import cn.medins.contracts.partner.AssistanceStatusChange.Action;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

@ApplicationScoped
public class NeedyPeriodRepository implements PanacheRepositoryBase<NeedyPeriodEntity, java.util.UUID> {

    public Uni<List<NeedyPeriodEntity>> ofPerson(String idNumber) {
        return list("idNumber = ?1 order by validFrom", idNumber);
    }

    /**
     * The needy periods that run in the window of the persons registered in the region or insured there, each with the
     * civil-affairs record that granted it last (what a decision on it names as its fact).
     */
    public Uni<List<NeedyGrant>> grantedInRegion(String regionCode, LocalDate from, LocalDate to) {
        return getSession().chain(session -> session.createSelectionQuery("""
                        select p, e from NeedyPeriodEntity p, NeedyPerson n, NeedyStatusEvent e
                        where n.sealedIdNumber = p.idNumber and e.periodId = p.id
                          and (n.regionCode = :region
                               or exists (select 1 from InsuredPerson i where i.idNumber = p.idNumber and i.regionCode = :region))
                          and e.action = :granted and p.validFrom <= :to and (p.validTo is null or p.validTo >= :from)
                        order by e.receivedAt""", Object[].class)
                .setParameter("region", regionCode)
                .setParameter("granted", Action.GRANTED)
                .setParameter("from", from)
                .setParameter("to", to)
                .getResultList())
                .map(rows -> {
                    Map<java.util.UUID, NeedyGrant> latest = new LinkedHashMap<>();
                    for (Object[] row : rows) {
                        NeedyPeriodEntity period = (NeedyPeriodEntity) row[0];
                        NeedyStatusEvent granted = (NeedyStatusEvent) row[1];
                        latest.put(period.id, new NeedyGrant(granted.eventId, period.idNumber, period.category, period.validFrom,
                                period.validTo));
                    }
                    return List.copyOf(latest.values());
                });
    }

    /** The periods of each of the persons, by ID number, each person's in the order of {@link #ofPerson}. */
    public Uni<Map<String, List<NeedyPeriodEntity>>> ofPersons(Collection<String> idNumbers) {
        if (idNumbers.isEmpty()) {
            return Uni.createFrom().item(Map.of());
        }
        return list("idNumber in ?1 order by validFrom", idNumbers)
                .map(found -> found.stream().collect(Collectors.groupingBy(period -> period.idNumber)));
    }
}
