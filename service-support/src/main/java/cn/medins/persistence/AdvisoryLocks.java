package cn.medins.persistence;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;

/**
 * Transaction-scoped PostgreSQL advisory locks, for facts about one key that arrive on different topics or partitions
 * and must each see the other: two transactions that each read before the other commits would both miss it.
 */
public final class AdvisoryLocks {

    private AdvisoryLocks() {
    }

    /**
     * Waits until no other transaction holds the lock on {@code key} within {@code namespace}, then holds it until the
     * current transaction ends. Statements after it see what the previous holder committed.
     */
    public static Uni<Void> lockUntilCommit(String namespace, String key) {
        return Panache.getSession().chain(session -> session.createNativeQuery(
                        "select count(*) from (select pg_advisory_xact_lock(hashtext(:namespace), hashtext(:key))) locked",
                        Long.class)
                .setParameter("namespace", namespace)
                .setParameter("key", key)
                .getSingleResult())
                .replaceWithVoid();
    }
}
