package cn.medins.settlement.repository;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

@ApplicationScoped
public class PersonYearRepository implements PanacheRepositoryBase<PersonYear, String> {

    /**
     * The person's year, created if new and locked until the transaction ends: a second settlement of the same person
     * waits here and then sees what the first one spent.
     */
    public Uni<PersonYear> lock(String insuredId, int year) {
        String key = PersonYear.key(insuredId, year);
        return Panache.getSession().chain(session -> session.createNativeQuery("""
                insert into person_year (year_key, insured_id, year) values (:key, :insuredId, :year)
                on conflict (year_key) do nothing""")
                .setParameter("key", key)
                .setParameter("insuredId", insuredId)
                .setParameter("year", year)
                .executeUpdate())
                .chain(() -> findById(key, LockModeType.PESSIMISTIC_WRITE));
    }

    /** The person's year as it stands, without locking; {@code null} if nothing was settled that year. */
    public Uni<PersonYear> find(String insuredId, int year) {
        return findById(PersonYear.key(insuredId, year));
    }
}
