package cn.medins.settlement.repository;

import java.util.List;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

@ApplicationScoped
public class SettlementRepository implements PanacheRepositoryBase<SettlementRecord, String> {

    /** Request ids are the institution's own: unique per institution only. */
    public Uni<SettlementRecord> findByRequestId(String institutionId, String requestId) {
        return find("institutionId = ?1 and requestId = ?2", institutionId, requestId).firstResult();
    }

    public Uni<SettlementOwner> ownerOf(String settlementId) {
        return find("settlementId", settlementId).project(SettlementOwner.class).firstResult();
    }

    /** The owner of the first of {@code settlementIds} billed under {@code idNumber}; {@code null} if none is. */
    public Uni<SettlementOwner> ownerOf(List<String> settlementIds, String idNumber) {
        return find("settlementId in ?1 and idNumber = ?2", settlementIds, idNumber).project(SettlementOwner.class).firstResult();
    }
}
