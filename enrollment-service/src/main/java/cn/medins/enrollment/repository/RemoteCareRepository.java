package cn.medins.enrollment.repository;

import java.util.List;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

@ApplicationScoped
public class RemoteCareRepository implements PanacheRepositoryBase<RemoteCareRecord, String> {

    public Uni<List<RemoteCareRecord>> ofPerson(String insuredId) {
        return list("insuredId = ?1 order by validFrom, registrationId", insuredId);
    }
}
