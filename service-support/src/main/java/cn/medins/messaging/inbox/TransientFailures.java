package cn.medins.messaging.inbox;

import java.io.IOException;
import java.util.Set;
import java.util.concurrent.TimeoutException;

import io.vertx.pgclient.PgException;

/**
 * Tells a failure that will pass (the database restarting, a lock conflict) from one that will not (a bug, a broken
 * constraint): the first is retried for as long as it lasts, the second dead-letters the record after a few tries.
 */
public final class TransientFailures {

    /** SQLSTATE classes and codes that mean "try again later". */
    private static final Set<String> TRANSIENT_CLASSES = Set.of("08", "53", "57");
    private static final Set<String> TRANSIENT_CODES = Set.of("40001", "40P01", "55P03");

    private TransientFailures() {
    }

    public static boolean isTransient(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof PgException pg && pg.getSqlState() != null) {
                String state = pg.getSqlState();
                return TRANSIENT_CODES.contains(state) || TRANSIENT_CLASSES.contains(state.substring(0, 2));
            }
            if (t instanceof IOException || t instanceof TimeoutException
                    || t instanceof io.vertx.core.VertxException
                    || t.getClass().getName().startsWith("io.netty.channel")) {
                return true;
            }
        }
        return false;
    }
}
