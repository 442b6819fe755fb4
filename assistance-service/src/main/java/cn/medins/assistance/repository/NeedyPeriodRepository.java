package cn.medins.assistance.repository;

import java.util.List;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

@ApplicationScoped
public class NeedyPeriodRepository implements PanacheRepositoryBase<NeedyPeriodEntity, java.util.UUID> {

    public Uni<List<NeedyPeriodEntity>> ofPerson(String idNumber) {
        return list("idNumber = ?1 order by validFrom", idNumber);
    }
}
