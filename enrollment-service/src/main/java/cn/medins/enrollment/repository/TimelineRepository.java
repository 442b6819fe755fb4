package cn.medins.enrollment.repository;

import java.util.List;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Page;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

@ApplicationScoped
public class TimelineRepository implements PanacheRepositoryBase<TimelineEntry, Long> {

    public Uni<List<TimelineEntry>> page(String insuredId, int page, int size) {
        return find("insuredId = ?1 order by id", insuredId).page(Page.of(page, size)).list();
    }

    public Uni<Long> countOf(String insuredId) {
        return count("insuredId", insuredId);
    }
}
