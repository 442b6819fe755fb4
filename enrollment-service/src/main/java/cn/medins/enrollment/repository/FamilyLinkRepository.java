package cn.medins.enrollment.repository;

import java.util.List;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

@ApplicationScoped
public class FamilyLinkRepository implements PanacheRepositoryBase<FamilyLink, Long> {

    public Uni<List<FamilyLink>> parentsOf(String insuredId) {
        return list("insuredId = ?1 order by id", insuredId);
    }

    public Uni<List<FamilyLink>> childrenOf(String idNumber) {
        return list("relativeIdNumber = ?1 order by insuredId", idNumber);
    }
}
