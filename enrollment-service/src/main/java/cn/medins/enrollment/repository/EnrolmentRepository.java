package cn.medins.enrollment.repository;

import java.util.List;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

@ApplicationScoped
public class EnrolmentRepository implements PanacheRepositoryBase<EnrolmentPeriod, String> {

    public Uni<List<EnrolmentPeriod>> ofPerson(String insuredId) {
        return list("insuredId = ?1 order by validFrom, enrolmentId", insuredId);
    }
}
