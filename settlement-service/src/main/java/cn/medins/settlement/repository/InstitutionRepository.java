package cn.medins.settlement.repository;

import java.util.List;

import cn.medins.settlement.domain.RegisteredInstitution.Status;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

@ApplicationScoped
public class InstitutionRepository implements PanacheRepositoryBase<InstitutionRecord, String> {

    /** The registry of a region, or of the province with {@code regionCode} null, optionally of one status only. */
    public Uni<List<InstitutionRecord>> list(String regionCode, Status status) {
        Sort byId = Sort.by("institutionId");
        if (regionCode != null && status != null) {
            return list("regionCode = ?1 and status = ?2", byId, regionCode, status);
        }
        if (regionCode != null) {
            return list("regionCode", byId, regionCode);
        }
        return status != null ? list("status", byId, status) : listAll(byId);
    }

    public Uni<List<InstitutionChange>> changes(String institutionId) {
        return InstitutionChange.list("institutionId", Sort.by("changeId"), institutionId);
    }
}
