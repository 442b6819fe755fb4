package cn.medins.enrollment.repository;

import java.time.LocalDate;
import java.util.List;

import cn.medins.contracts.partner.NeedyCategory;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

@ApplicationScoped
public class NeedyPeriodRepository implements PanacheRepositoryBase<NeedyPeriod, Long> {

    public Uni<List<NeedyPeriod>> ofIdNumber(String idNumber) {
        return list("idNumber = ?1 order by validFrom, category", idNumber);
    }

    public Uni<NeedyPeriod> find(String idNumber, NeedyCategory category, LocalDate validFrom) {
        return find("idNumber = ?1 and category = ?2 and validFrom = ?3", idNumber, category, validFrom).firstResult();
    }

    /**
     * The periods of the category a revocation ending on {@code end} cuts short: those running past it that had begun
     * by the day after it (a revocation from a period's first day ends on the day before). Later periods are not its.
     */
    public Uni<List<NeedyPeriod>> runningAfter(String idNumber, NeedyCategory category, LocalDate end) {
        return list("idNumber = ?1 and category = ?2 and validFrom <= ?3 and (validTo is null or validTo > ?4)",
                idNumber, category, end.plusDays(1), end);
    }
}
