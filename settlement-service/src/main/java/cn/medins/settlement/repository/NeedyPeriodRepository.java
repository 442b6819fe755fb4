package cn.medins.settlement.repository;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

import cn.medins.contracts.partner.NeedyCategory;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

@ApplicationScoped
public class NeedyPeriodRepository implements PanacheRepositoryBase<NeedyPeriod, Long> {

    private static final String OF_PERSON = "(idNumber = :idNumber or insuredId = :insuredId)";

    /**
     * The needy category of a person on a date, {@code null} for none; with overlapping periods the most supported
     * category wins (the enum lists them from the most supported).
     */
    public Uni<NeedyCategory> categoryOn(String idNumber, String insuredId, LocalDate date) {
        return find(OF_PERSON + " and validFrom <= :date and (validTo is null or validTo >= :date)",
                Parameters.with("idNumber", idNumber).and("insuredId", insuredId).and("date", date))
                .list()
                .map(periods -> periods.stream().map(p -> p.category).min(Comparator.naturalOrder()).orElse(null));
    }

    public Uni<List<NeedyPeriod>> ofPerson(String idNumber, String insuredId, NeedyCategory category) {
        return find(OF_PERSON + " and category = :category",
                Parameters.with("idNumber", idNumber).and("insuredId", insuredId).and("category", category))
                .list();
    }
}
