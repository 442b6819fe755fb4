package cn.medins.enrollment.rest;

import java.util.function.Supplier;

import org.hibernate.JDBCException;

import io.smallrye.mutiny.Uni;
import io.vertx.pgclient.PgException;

/**
 * Two identical requests at once both find no person and both create one: the unique constraints refuse the second
 * at commit, and running it again finds what the first created.
 */
final class UniqueViolations {

    private static final String UNIQUE_VIOLATION = "23505";

    private UniqueViolations() {
    }

    static <T> Uni<T> retried(Supplier<Uni<? extends T>> transaction) {
        return Uni.createFrom().deferred(transaction)
                .onFailure(UniqueViolations::isUniqueViolation).retry().atMost(2);
    }

    private static boolean isUniqueViolation(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof PgException pg && UNIQUE_VIOLATION.equals(pg.getSqlState())
                    || t instanceof JDBCException jdbc && UNIQUE_VIOLATION.equals(jdbc.getSQLState())) {
                return true;
            }
        }
        return false;
    }
}
