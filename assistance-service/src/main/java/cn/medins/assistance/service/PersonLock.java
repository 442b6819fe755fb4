package cn.medins.assistance.service;

import java.util.Collection;
import java.util.Objects;
import java.util.stream.Collectors;

import cn.medins.persistence.AdvisoryLocks;
import io.smallrye.mutiny.Uni;

/**
 * A settled claim and a needy grant of one person may be applied at the same moment, from two topics. Without a lock
 * each transaction reads before the other commits: the grant's look-back misses the claim, the claim misses the
 * grant, and assistance the person is owed is never asked for.
 */
final class PersonLock {

    private static final String NAMESPACE = "assistance-person";

    private PersonLock() {
    }

    /** Holds the person's lock until the current transaction ends; a person without an ID number needs none. */
    static Uni<Void> hold(String idNumber) {
        return idNumber == null ? Uni.createFrom().voidItem() : AdvisoryLocks.lockUntilCommit(NAMESPACE, idNumber);
    }

    /** As {@link #hold}, for several persons in one statement. */
    static Uni<Void> holdAll(Collection<String> idNumbers) {
        return AdvisoryLocks.lockAllUntilCommit(NAMESPACE, idNumbers.stream().filter(Objects::nonNull).collect(Collectors.toSet()));
    }
}
