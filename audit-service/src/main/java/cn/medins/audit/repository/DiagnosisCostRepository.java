package cn.medins.audit.repository;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.List;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

@ApplicationScoped
public class DiagnosisCostRepository implements PanacheRepositoryBase<DiagnosisCost, DiagnosisCost.Key> {

    /** The costs of every institution for the categories at the levels. */
    public Uni<List<DiagnosisCost>> ofCategories(Collection<String> diagnosisCategories, Collection<Integer> institutionLevels) {
        return Unis.inChunks(diagnosisCategories,
                chunk -> list("diagnosisCategory in ?1 and institutionLevel in ?2", chunk, institutionLevels));
    }

    /** Adds (or, with negative figures, takes away) claims and money; atomic, so concurrent writers never lose one. */
    public Uni<Void> add(String diagnosisCategory, int institutionLevel, String institutionId, long claims, BigDecimal total) {
        return Panache.getSession().chain(session -> session.createNativeQuery("""
                insert into diagnosis_cost (diagnosis_category, institution_level, institution_id, claim_count, total)
                values (:category, :level, :institution, :claims, :total)
                on conflict (diagnosis_category, institution_level, institution_id)
                do update set claim_count = diagnosis_cost.claim_count + excluded.claim_count,
                              total = diagnosis_cost.total + excluded.total""")
                .setParameter("category", diagnosisCategory)
                .setParameter("level", institutionLevel)
                .setParameter("institution", institutionId)
                .setParameter("claims", claims)
                .setParameter("total", total)
                .executeUpdate())
                .replaceWithVoid();
    }
}
