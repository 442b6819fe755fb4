package cn.medins.assistance.repository;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

@ApplicationScoped
public class SettledClaimRepository implements PanacheRepositoryBase<SettledClaim, String> {

    /** The person's claims (reversed ones included) with a service date in {@code from}..{@code to}. */
    public Uni<List<SettledClaim>> ofPerson(String insuredId, String idNumber, LocalDate from, LocalDate to) {
        Parameters parameters = Parameters.with("from", from).and("to", to)
                .and("insuredId", insuredId == null ? "" : insuredId)
                .and("idNumber", idNumber == null ? "" : idNumber);
        return list("(insuredId = :insuredId or idNumber = :idNumber) and serviceDate >= :from and serviceDate <= :to "
                + "order by serviceDate, settledAt", parameters);
    }

    public Uni<List<SettledClaim>> byIds(Collection<String> settlementIds) {
        return list("settlementId in ?1", settlementIds);
    }

    /** The claims parked until the version's figures arrive, in the order they were settled. */
    public Uni<List<SettledClaim>> awaiting(String version) {
        return list("awaitingPolicy = ?1 order by serviceDate, settledAt", version);
    }
}
