package cn.medins.assistance.repository;

import java.util.List;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

@ApplicationScoped
public class NeedyStatusEventRepository implements PanacheRepositoryBase<NeedyStatusEvent, String> {

    public Uni<List<NeedyStatusEvent>> ofPerson(String idNumber) {
        return list("idNumber = ?1 order by receivedAt", idNumber);
    }
}
