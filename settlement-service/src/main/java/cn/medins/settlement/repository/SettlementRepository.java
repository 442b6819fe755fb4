package cn.medins.settlement.repository;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

@ApplicationScoped
public class SettlementRepository implements PanacheRepositoryBase<SettlementRecord, String> {

    public Uni<SettlementRecord> findByRequestId(String requestId) {
        return find("requestId", requestId).firstResult();
    }
}
