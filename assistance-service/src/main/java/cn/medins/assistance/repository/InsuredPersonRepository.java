package cn.medins.assistance.repository;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

@ApplicationScoped
public class InsuredPersonRepository implements PanacheRepositoryBase<InsuredPerson, String> {

    /** The person holding the ID number; the most recently updated if enrollment ever announced two. */
    public Uni<InsuredPerson> byIdNumber(String idNumber) {
        return find("idNumber = ?1 order by updatedAt desc", idNumber).firstResult();
    }
}
