package cn.medins.audit.service;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import cn.medins.audit.repository.TraceUseRepository;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/** The traceability ledger as read by auditors: every billing of a code, oldest first. */
@ApplicationScoped
public class TraceService {

    public record Billing(String settlementId, String institutionId, String itemCode, LocalDate serviceDate,
            OffsetDateTime billedAt, boolean reversed) {
    }

    public record TraceCodeHistory(String traceCode, int timesBilled, List<Billing> billings) {
    }

    private final TraceUseRepository traceUses;

    public TraceService(TraceUseRepository traceUses) {
        this.traceUses = traceUses;
    }

    /** {@code timesBilled} counts the billings that stand (not reversed): more than one means the pack was resold. */
    @WithSession
    public Uni<TraceCodeHistory> history(String traceCode) {
        return traceUses.usesOf(List.of(traceCode)).map(uses -> {
            List<Billing> billings = uses.stream()
                    .map(u -> new Billing(u.settlementId, u.institutionId, u.itemCode, u.serviceDate, u.billedAt, u.reversed))
                    .toList();
            return new TraceCodeHistory(traceCode, (int) billings.stream().filter(b -> !b.reversed()).count(), billings);
        });
    }
}
