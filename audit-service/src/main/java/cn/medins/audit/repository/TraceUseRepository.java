package cn.medins.audit.repository;

import java.util.Collection;
import java.util.List;

import cn.medins.persistence.AdvisoryLocks;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

@ApplicationScoped
public class TraceUseRepository implements PanacheRepositoryBase<TraceUseEntry, Long> {

    private static final String LOCK_NAMESPACE = "audit-trace-code";

    /** Every billing of any of the codes, oldest first, in one read. */
    public Uni<List<TraceUseEntry>> usesOf(Collection<String> traceCodes) {
        return Unis.inChunks(traceCodes, chunk -> list("traceCode in ?1 order by id", chunk));
    }

    /** Adds billings to the ledger; {@link #usesOf} returns them in the order given. */
    public Uni<Void> insertAll(List<TraceUseEntry> uses) {
        return MultiRowInsert.insert("trace_use (trace_code, settlement_id, institution_id, item_code, service_date, billed_at)",
                uses.stream().map(use -> List.<Object>of(use.traceCode, use.settlementId, use.institutionId, use.itemCode,
                        use.serviceDate, use.billedAt)).toList(),
                "");
    }

    /**
     * Holds each code until the transaction ends. Claims of different persons sit on different partitions and may be
     * screened at once, by several instances; without the lock two sales of one pack could each miss the other.
     */
    public Uni<Void> lockForScreening(Collection<String> traceCodes) {
        return AdvisoryLocks.lockAllUntilCommit(LOCK_NAMESPACE, traceCodes);
    }

    public Uni<Integer> markReversed(String settlementId) {
        return update("reversed = true where settlementId = ?1", settlementId);
    }
}
