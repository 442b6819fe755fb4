package cn.medins.audit.repository;

import java.time.LocalDate;
import java.util.List;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

@ApplicationScoped
public class BilledClaimRepository implements PanacheRepositoryBase<BilledClaim, String> {

    /**
     * The person's unreversed claims sharing a day with {@code from}..{@code to}; the person is whoever holds the
     * insured id or the ID number. Served by the partial indexes on (insured_id|id_number, service_date).
     */
    public Uni<List<BilledClaim>> ofPerson(String insuredId, String idNumber, LocalDate from, LocalDate to) {
        String person = personCondition(insuredId, idNumber);
        if (person == null) {
            return Uni.createFrom().item(List.of());
        }
        Parameters parameters = Parameters.with("from", from).and("to", to);
        if (insuredId != null) {
            parameters = parameters.and("insuredId", insuredId);
        }
        if (idNumber != null) {
            parameters = parameters.and("idNumber", idNumber);
        }
        return list(person + " and reversed = false and serviceDate >= :from and admissionDate <= :to", parameters);
    }

    /** The person's latest claim, for the sex and birth date the counter's claim does not carry. */
    public Uni<BilledClaim> latestOf(String insuredId) {
        return find("insuredId = ?1 order by settledAt desc", insuredId).firstResult();
    }

    public Uni<Long> countAtInstitution(String institutionId, LocalDate from, LocalDate to) {
        return count("institutionId = ?1 and reversed = false and serviceDate >= ?2 and serviceDate <= ?3",
                institutionId, from, to);
    }

    private static String personCondition(String insuredId, String idNumber) {
        if (insuredId != null && idNumber != null) {
            return "(insuredId = :insuredId or idNumber = :idNumber)";
        }
        if (insuredId != null) {
            return "insuredId = :insuredId";
        }
        return idNumber != null ? "idNumber = :idNumber" : null;
    }
}
