package cn.medins.settlement.service;

import org.hibernate.exception.ConstraintViolationException;

import io.vertx.pgclient.PgException;

/** Two requests with one request id raced past the first lookup: the database's unique key stopped the second. */
public final class DuplicateRequests {

    private static final String REQUEST_ID_KEY = "settlement_request_id_unique";

    private DuplicateRequests() {
    }

    public static boolean isDuplicateRequest(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof ConstraintViolationException violation) {
                return REQUEST_ID_KEY.equals(violation.getConstraintName())
                        || violation.getMessage() != null && violation.getMessage().contains(REQUEST_ID_KEY);
            }
            if (t instanceof PgException pg) {
                return REQUEST_ID_KEY.equals(pg.getConstraint());
            }
        }
        return false;
    }
}
