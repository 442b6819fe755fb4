package cn.medins.assistance.repository;

import java.util.List;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

@ApplicationScoped
public class PolicyFiguresRepository implements PanacheRepositoryBase<PolicyFiguresRecord, String> {

    public Uni<PolicyFiguresRecord> findByVersion(String version) {
        return find("version", version).firstResult();
    }

    /** Every version of the region for the year: a handful, from which the one in force on a day is picked. */
    public Uni<List<PolicyFiguresRecord>> ofRegionAndYear(String regionCode, int year) {
        return list("regionCode = ?1 and year = ?2", regionCode, year);
    }
}
