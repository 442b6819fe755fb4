package cn.medins.assistance.repository;

import java.util.List;
import java.util.UUID;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

@ApplicationScoped
public class CaseReviewRepository implements PanacheRepositoryBase<CaseReview, UUID> {

    public Uni<List<CaseReview>> ofCases(List<UUID> caseIds) {
        return caseIds.isEmpty() ? Uni.createFrom().item(List.of()) : list("caseId in ?1 order by reviewedAt", caseIds);
    }
}
