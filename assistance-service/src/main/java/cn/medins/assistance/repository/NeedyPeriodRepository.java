package cn.medins.assistance.repository;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

@ApplicationScoped
public class NeedyPeriodRepository implements PanacheRepositoryBase<NeedyPeriodEntity, java.util.UUID> {

    public Uni<List<NeedyPeriodEntity>> ofPerson(String idNumber) {
        return list("idNumber = ?1 order by validFrom", idNumber);
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
