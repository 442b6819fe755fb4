package cn.medins.enrollment.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

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

    private final Regions regions;
    private final LocalDate today;
    private final List<Violation> violations = new ArrayList<>();

    public InputCheck(Regions regions, LocalDate today) {
        this.regions = regions;
        this.today = today;
    }

    public InputCheck idNumber(String field, String idNumber) {
        IdentityFacts.problem(idNumber).ifPresent(problem -> violations.add(new Violation(field, problem)));
        return this;
    }

    public InputCheck region(String field, String regionCode) {
        if (!regions.isKnown(regionCode)) {
            violations.add(new Violation(field, regionCode + " is not a pooling region of the province"));
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
