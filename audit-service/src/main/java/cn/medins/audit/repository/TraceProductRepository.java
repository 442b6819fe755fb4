package cn.medins.audit.repository;

import java.util.Collection;
import java.util.List;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

@ApplicationScoped
public class TraceProductRepository implements PanacheRepositoryBase<TraceProduct, String> {

    public Uni<List<TraceProduct>> firstUsesOf(Collection<String> products) {
        if (products.isEmpty()) {
            return Uni.createFrom().item(List.of());
        }
        return list("product in ?1", products);
    }

    /** Keeps the first billing of the product; a later one changes nothing. */
    public Uni<Void> recordFirstUse(TraceUseEntry use, String product) {
        return Panache.getSession().chain(session -> session.createNativeQuery("""
                insert into trace_product (product, trace_code, settlement_id, institution_id, item_code, service_date)
                values (:product, :traceCode, :settlementId, :institutionId, :itemCode, :serviceDate)
                on conflict (product) do nothing""")
                .setParameter("product", product)
                .setParameter("traceCode", use.traceCode)
                .setParameter("settlementId", use.settlementId)
                .setParameter("institutionId", use.institutionId)
                .setParameter("itemCode", use.itemCode)
                .setParameter("serviceDate", use.serviceDate)
                .executeUpdate())
                .replaceWithVoid();
    }
}
