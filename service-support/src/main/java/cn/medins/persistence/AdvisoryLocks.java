package cn.medins.persistence;

import java.util.Collection;
import java.util.Map;
import java.util.TreeSet;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;

/**
 * Transaction-scoped PostgreSQL advisory locks, for facts about one key that arrive on different topics or partitions
 * and must each see the other: two transactions that each read before the other commits would both miss it.
 */
public final class AdvisoryLocks {

    /** The keys travel as one text parameter, joined by a character no key contains (the ASCII unit separator). */
    private static final String SEPARATOR = "\u001f";

    private AdvisoryLocks() {
    }

    /**
     * Waits until no other transaction holds the lock on {@code key} within {@code namespace}, then holds it until the
     * current transaction ends. Statements after it see what the previous holder committed.
     */
    public static Uni<Void> lockUntilCommit(String namespace, String key) {
        return take("select pg_advisory_xact_lock(hashtext(:namespace), hashtext(:key))",
                Map.of("namespace", namespace, "key", key));
    }

    /**
     * As {@link #lockUntilCommit} for every key, in one statement. The keys are locked in their sorted order, the same
     * in every transaction, so two transactions that want some of the same keys queue instead of deadlocking.
     */
    public static Uni<Void> lockAllUntilCommit(String namespace, Collection<String> keys) {
        if (keys.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        return take("""
                select pg_advisory_xact_lock(hashtext(:namespace), hashtext(key))
                from (select unnest(string_to_array(:keys, :separator)) as key order by 1) as keys""",
                Map.of("namespace", namespace, "keys", String.join(SEPARATOR, new TreeSet<>(keys)), "separator", SEPARATOR));
    }

    /**
     * Runs a {@code select} that takes advisory locks. It is sent as an update, whose result is only a row count: Hibernate
     * caches the plan of a native select under a key that never equals the next one, so every lock taken as a select
     * added a cache entry with the same hash that every later native select then compared itself with. Measured under
     * load, that comparing took a third of a consumer's time.
     */
    public static Uni<Void> take(String lockingSelect, Map<String, Object> parameters) {
        return Panache.getSession().chain(session -> {
            var statement = session.createNativeQuery(lockingSelect);
            parameters.forEach(statement::setParameter);
            return statement.executeUpdate();
        }).replaceWithVoid();
    }
}
