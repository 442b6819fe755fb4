package cn.medins.assistance.repository;

import java.util.List;
import java.util.UUID;

import cn.medins.assistance.domain.CaseStatus;
import io.quarkus.hibernate.reactive.panache.PanacheQuery;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

@ApplicationScoped
public class ReviewCaseRepository implements PanacheRepositoryBase<ReviewCase, UUID> {

    public PanacheQuery<ReviewCase> withStatus(CaseStatus status) {
        return status == null ? find("order by openedAt, caseId") : find("status = ?1 order by openedAt, caseId", status);
    }

    public Uni<List<ReviewCase>> ofPerson(String idNumber) {
        return list("idNumber = ?1 order by openedAt", idNumber);
    }
}
