package cn.medins.audit.repository;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

@ApplicationScoped
public class FlagRepository implements PanacheRepositoryBase<Flag, String> {

    /** What an auditor filters on; every field may be {@code null}; dates bound the service date, inclusive. */
    public record Filter(String institutionId, Flag.Status status, LocalDate from, LocalDate to) {
    }

    public record Slice(List<Flag> flags, long total) {
    }

    public Uni<Slice> search(Filter filter, int page, int size) {
        List<String> conditions = new ArrayList<>();
        Parameters parameters = new Parameters();
        if (filter.institutionId() != null) {
            conditions.add("institutionId = :institutionId");
            parameters = parameters.and("institutionId", filter.institutionId());
        }
        if (filter.status() != null) {
            conditions.add("status = :status");
            parameters = parameters.and("status", filter.status());
        }
        if (filter.from() != null) {
            conditions.add("serviceDate >= :from");
            parameters = parameters.and("from", filter.from());
        }
        if (filter.to() != null) {
            conditions.add("serviceDate <= :to");
            parameters = parameters.and("to", filter.to());
        }
        String query = conditions.isEmpty() ? "1 = 1" : String.join(" and ", conditions);
        Sort order = Sort.descending("flaggedAt").and("flagId");
        var found = find(query, order, parameters);
        Parameters countParameters = parameters;
        return found.page(page, size).list()
                .chain(flags -> count(query, countParameters).map(total -> new Slice(flags, total)));
    }

    /** Open flags raised on the settlement or resting on it as the earlier claim. */
    public Uni<List<Flag>> openConcerning(String settlementId) {
        return list("status = ?1 and (settlementId = ?2 or relatedSettlementId = ?2)", Flag.Status.OPEN, settlementId);
    }

    /** What confirmations have deducted from the settlement so far. */
    public Uni<BigDecimal> deductedFrom(String settlementId) {
        return getSession().chain(session -> session.createQuery("""
                select coalesce(sum(f.deducted), 0) from Flag f where f.settlementId = :settlementId and f.status = :status""",
                BigDecimal.class)
                .setParameter("settlementId", settlementId)
                .setParameter("status", Flag.Status.CONFIRMED)
                .getSingleResult());
    }

    /** Claims of the institution with at least one confirmed flag, by service date. */
    public Uni<Long> violatingClaims(String institutionId, LocalDate from, LocalDate to) {
        return getSession().chain(session -> session.createQuery("""
                select count(distinct f.settlementId) from Flag f
                where f.institutionId = :institutionId and f.status = :status and f.serviceDate between :from and :to""",
                Long.class)
                .setParameter("institutionId", institutionId)
                .setParameter("status", Flag.Status.CONFIRMED)
                .setParameter("from", from)
                .setParameter("to", to)
                .getSingleResult());
    }
}
