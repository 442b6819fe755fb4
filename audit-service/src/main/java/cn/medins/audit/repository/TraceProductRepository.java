package cn.medins.audit.repository;

import java.util.Collection;
import java.util.List;
import java.util.Map;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

@ApplicationScoped
public class TraceProductRepository implements PanacheRepositoryBase<TraceProduct, String> {

    public Uni<List<TraceProduct>> firstUsesOf(Collection<String> products) {
        return Unis.inChunks(products, chunk -> list("product in ?1", chunk));
    }

    /** Keeps the first billing of each product; a product billed before keeps its earlier one. */
    public Uni<Void> recordFirstUses(Map<String, TraceUseEntry> firstUseByProduct) {
        return MultiRowInsert.insert("trace_product (product, trace_code, settlement_id, institution_id, item_code, service_date)",
                firstUseByProduct.entrySet().stream().map(first -> List.<Object>of(first.getKey(), first.getValue().traceCode,
                        first.getValue().settlementId, first.getValue().institutionId, first.getValue().itemCode,
                        first.getValue().serviceDate)).toList(),
                "on conflict (product) do nothing");
    }
}
