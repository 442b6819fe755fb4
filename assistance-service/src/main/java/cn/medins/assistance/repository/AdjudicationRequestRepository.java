package cn.medins.assistance.repository;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import cn.medins.contracts.assistance.AssistanceEvents.AdjudicationKind;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

@ApplicationScoped
public class AdjudicationRequestRepository implements PanacheRepositoryBase<AdjudicationRequest, String> {

    public Uni<Boolean> exists(String requestKey) {
        return count("requestKey", requestKey).map(count -> count > 0);
    }

    /** Settlements already named in one of the person's requests of the kind. */
    public Uni<Set<String>> settlementsRequested(String idNumber, AdjudicationKind kind) {
        return list("idNumber = ?1 and kind = ?2", idNumber, kind).map(requests -> requests.stream()
                .flatMap(request -> request.settlementIds().stream())
                .collect(Collectors.toSet()));
    }

    /** What settlement adjudicated for the person's requests of the kind in the year. */
    public Uni<BigDecimal> adjudicated(String idNumber, AdjudicationKind kind, int year) {
        return list("idNumber = ?1 and kind = ?2 and year = ?3 and amount is not null", idNumber, kind, year)
                .map(requests -> requests.stream().map(AdjudicationRequest::amount).reduce(BigDecimal.ZERO, BigDecimal::add));
    }

    public Uni<List<AdjudicationRequest>> ofPerson(String idNumber) {
        return list("idNumber = ?1 order by requestedAt", idNumber);
    }
}
