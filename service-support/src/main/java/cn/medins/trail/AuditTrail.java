package cn.medins.trail;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import cn.medins.logging.PersonalDataMask;
import cn.medins.rest.Page;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Who did what: every change a member of staff (or an institution) makes that decides money is recorded here, in the
 * transaction of the change, so the trail has an entry if and only if the change was committed.
 */
@ApplicationScoped
public class AuditTrail {

    private static final int MAX_DETAIL = 1000;

    /** One entry as the API lists it. */
    public record Entry(long actionId, String actor, String action, String subject, String detail, OffsetDateTime actedAt) {
    }

    /** Which entries to list; every criterion is optional, {@code from} inclusive and {@code to} exclusive. */
    public record Query(String actor, String action, String subject, OffsetDateTime from, OffsetDateTime to) {
    }

    /**
     * Records that {@code actor} (the verified token's subject, never a name from a request body) did {@code action} to
     * {@code subject}. Must run inside the change's transaction ({@code @WithTransaction}).
     */
    public Uni<Void> record(String actor, String action, String subject, String detail) {
        StaffAction entry = new StaffAction();
        entry.actor = required(actor, "actor");
        entry.action = required(action, "action");
        entry.subject = required(subject, "subject");
        entry.detail = detail == null ? null : truncated(PersonalDataMask.mask(detail));
        entry.actedAt = OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
        return entry.persist().replaceWithVoid();
    }

    /** The trail, newest first. */
    @WithSession
    public Uni<Page<Entry>> list(Query query, int page, int size) {
        List<String> where = new ArrayList<>();
        Map<String, Object> parameters = new HashMap<>();
        criterion(where, parameters, "actor", "actor = :actor", query.actor());
        criterion(where, parameters, "action", "action = :action", query.action());
        criterion(where, parameters, "subject", "subject = :subject", query.subject());
        criterion(where, parameters, "from", "actedAt >= :from", query.from());
        criterion(where, parameters, "to", "actedAt < :to", query.to());
        var found = where.isEmpty()
                ? StaffAction.<StaffAction>findAll(Sort.descending("actedAt", "actionId"))
                : StaffAction.<StaffAction>find(String.join(" and ", where), Sort.descending("actedAt", "actionId"), parameters);
        return found.page(io.quarkus.panache.common.Page.of(page, size)).list()
                .chain(items -> found.count().map(total -> new Page<>(items.stream().map(AuditTrail::entry).toList(), page, size,
                        total)));
    }

    private static void criterion(List<String> where, Map<String, Object> parameters, String name, String clause, Object value) {
        if (value != null) {
            where.add(clause);
            parameters.put(name, value);
        }
    }

    private static Entry entry(StaffAction action) {
        return new Entry(action.actionId, action.actor, action.action, action.subject, action.detail, action.actedAt);
    }

    private static String truncated(String detail) {
        return detail.length() <= MAX_DETAIL ? detail : detail.substring(0, MAX_DETAIL - 1) + "…";
    }

    private static String required(String value, String field) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("an audit-trail entry needs its " + field);
        }
        return value.length() <= 100 ? value : value.substring(0, 100);
    }
}
