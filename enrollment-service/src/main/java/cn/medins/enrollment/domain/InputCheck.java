package cn.medins.enrollment.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import cn.medins.contracts.region.PartnerRegions;
import cn.medins.contracts.region.PoolingRegions;

/**
 * The business checks of one input (a partner record or a request) beyond its schema: every violation is collected
 * and named by its field, so the refusal says all that is wrong at once.
 */
public final class InputCheck {

    /** One refused field, named as the sender wrote it (e.g. {@code mother.idNumber}). */
    public record Violation(String field, String message) {

        @Override
        public String toString() {
            return "field " + field + ": " + message;
        }
    }

    private final PoolingRegions regions;
    private final PartnerRegions.Scope scope;
    private final LocalDate today;
    private final List<Violation> violations = new ArrayList<>();

    /** The checks of what staff enter: they act for the whole province. */
    public InputCheck(PoolingRegions regions, LocalDate today) {
        this(regions, null, today);
    }

    /** @param scope the regions the partner that sent the record may act for; {@code null}: the whole province */
    public InputCheck(PoolingRegions regions, PartnerRegions.Scope scope, LocalDate today) {
        this.regions = regions;
        this.scope = scope;
        this.today = today;
    }

    public InputCheck idNumber(String field, String idNumber) {
        IdentityFacts.problem(idNumber).ifPresent(problem -> violations.add(new Violation(field, problem)));
        return this;
    }

    /** A region of the province, and, in a partner's record, one that partner may act for. */
    public InputCheck region(String field, String regionCode) {
        if (!regions.isKnown(regionCode)) {
            violations.add(new Violation(field, regionCode + " is not a pooling region of the province"));
        } else if (scope != null && !scope.mayActFor(regionCode)) {
            violations.add(new Violation(field, regionCode + " is not a region the " + scope.partner()
                    + " partner may act for"));
        }
        return this;
    }

    public InputCheck notInFuture(String field, LocalDate date) {
        if (date != null && date.isAfter(today)) {
            violations.add(new Violation(field, date + " is in the future"));
        }
        return this;
    }

    public InputCheck require(boolean holds, String field, String message) {
        if (!holds) {
            violations.add(new Violation(field, message));
        }
        return this;
    }

    public List<Violation> violations() {
        return List.copyOf(violations);
    }

    public boolean passed() {
        return violations.isEmpty();
    }

    /** All violations in one line, for a dead-letter reason. */
    public String reason() {
        return String.join("; ", violations.stream().map(Violation::toString).toList());
    }
}
