package cn.medins.settlement.repository;

import java.util.List;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

@ApplicationScoped
public class PolicyRepository implements PanacheRepositoryBase<PolicyRecord, String> {

    public Uni<PolicyRecord> findByVersion(String version) {
        return find("version", version).firstResult();
    }

    /** Every version of the region, drafts too, newest first. */
    public Uni<List<PolicyRecord>> ofRegion(String regionCode) {
        return list("regionCode", Sort.descending("year", "effectiveFrom", "createdAt"), regionCode);
    }

    /**
     * The activated versions not announced yet, in activation order, locked: an instance starting at the same time waits,
     * then finds them announced (PostgreSQL re-checks the condition on the row it waited for).
     */
    public Uni<List<PolicyRecord>> unannounced() {
        return find("activationSeq is not null and announcedAt is null", Sort.ascending("activationSeq"))
                .withLock(LockModeType.PESSIMISTIC_WRITE).list();
    }

    public Uni<Long> nextActivation() {
        return getSession().chain(session -> session.createNativeQuery("select nextval('policy_activation_seq')", Long.class)
                .getSingleResult());
    }
}
