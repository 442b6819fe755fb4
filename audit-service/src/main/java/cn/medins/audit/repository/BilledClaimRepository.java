package cn.medins.audit.repository;

import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

@ApplicationScoped
public class BilledClaimRepository implements PanacheRepositoryBase<BilledClaim, String> {

    /**
     * The unreversed claims of any of the persons sharing a day with {@code from}..{@code to}, each once; a person is
     * whoever holds one of the insured ids or one of the ID numbers. Served by the partial indexes on
     * (insured_id|id_number, service_date).
     */
    public Uni<List<BilledClaim>> ofPersons(Collection<String> insuredIds, Collection<String> idNumbers, LocalDate from,
            LocalDate to) {
        Map<String, BilledClaim> found = new LinkedHashMap<>();
        String window = " and reversed = false and serviceDate >= ?2 and admissionDate <= ?3";
        return Unis.inChunks(insuredIds, chunk -> list("insuredId in ?1" + window, chunk, from, to))
                .invoke(claims -> claims.forEach(claim -> found.putIfAbsent(claim.settlementId, claim)))
                .chain(() -> Unis.inChunks(idNumbers, chunk -> list("idNumber in ?1" + window, chunk, from, to)))
                .invoke(claims -> claims.forEach(claim -> found.putIfAbsent(claim.settlementId, claim)))
                .map(ignored -> List.copyOf(found.values()));
    }

    /** Which of the settlements are in the history already. */
    public Uni<Set<String>> presentAmong(Collection<String> settlementIds) {
        return Unis.inChunks(settlementIds, chunk -> Panache.getSession().chain(session -> session
                        .createSelectionQuery("select settlementId from BilledClaim where settlementId in ?1", String.class)
                        .setParameter(1, chunk)
                        .getResultList()))
                .map(Set::copyOf);
    }

    /** The person's latest claim, for the sex and birth date the counter's claim does not carry. */
    public Uni<BilledClaim> latestOf(String insuredId) {
        return find("insuredId = ?1 order by settledAt desc", insuredId).firstResult();
    }

    public Uni<Long> countAtInstitution(String institutionId, LocalDate from, LocalDate to) {
        return count("institutionId = ?1 and reversed = false and serviceDate >= ?2 and serviceDate <= ?3",
                institutionId, from, to);
    }
}
