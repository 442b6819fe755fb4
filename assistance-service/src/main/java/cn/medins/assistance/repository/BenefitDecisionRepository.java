package cn.medins.assistance.repository;

import java.util.Collection;
import java.util.List;
import java.util.UUID;

import io.quarkus.hibernate.reactive.panache.PanacheQuery;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

@ApplicationScoped
public class BenefitDecisionRepository implements PanacheRepositoryBase<BenefitDecision, UUID> {

    public Uni<Boolean> exists(String decisionKey) {
        return count("decisionKey", decisionKey).map(count -> count > 0);
    }

    public Uni<List<BenefitDecision>> byIds(Collection<UUID> decisionIds) {
        return decisionIds.isEmpty() ? Uni.createFrom().item(List.of()) : list("decisionId in ?1", decisionIds);
    }

    public PanacheQuery<BenefitDecision> ofPerson(String idNumber, String insuredId) {
        if (idNumber != null) {
            return find("idNumber = ?1 order by decidedAt, decisionId", idNumber);
        }
        return find("insuredId = ?1 order by decidedAt, decisionId", insuredId);
    }
}
