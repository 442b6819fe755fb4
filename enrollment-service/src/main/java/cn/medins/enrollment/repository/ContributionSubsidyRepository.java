package cn.medins.enrollment.repository;

import java.util.List;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

@ApplicationScoped
public class ContributionSubsidyRepository implements PanacheRepositoryBase<ContributionSubsidy, String> {

    public Uni<List<ContributionSubsidy>> ofIdNumber(String idNumber) {
        return list("idNumber = ?1 order by year, decisionId", idNumber);
    }
}
