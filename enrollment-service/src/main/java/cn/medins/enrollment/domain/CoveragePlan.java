package cn.medins.enrollment.domain;

import java.time.LocalDate;

import cn.medins.contracts.coverage.Category;
import cn.medins.contracts.coverage.EnrolmentStatus;

/**
 * What a fact does to a person's coverage: which period it closes (or shortens), which it opens, and in words why.
 * Built by the rules, carried out and announced by the service.
 *
 * @param closing the period whose validity ends, or {@code null}
 * @param opening the period that starts, or {@code null}
 * @param change for {@link Outcome#CHANGED}, what changed: SCHEME, CATEGORY, REGION or STATUS (the event's enum)
 * @param fromRegionCode for {@link Outcome#TRANSFERRED}, the region the coverage left
 * @param monthsCarried for {@link Outcome#TRANSFERRED}, the months of coverage before the transfer
 * @param note the timeline text; for {@link Outcome#REFUSED} the reason
 */
public record CoveragePlan(Outcome outcome, Closing closing, Opening opening, String change, String fromRegionCode,
        int monthsCarried, String note) {

    public enum Outcome { ENROLLED, CHANGED, TRANSFERRED, UNCHANGED, REFUSED }

    /** The period {@code enrolmentId} now ends on {@code validTo}; ENDED when it is superseded before it began. */
    public record Closing(String enrolmentId, LocalDate validTo, EnrolmentStatus status) {
    }

    public record Opening(Category category, String regionCode, LocalDate validFrom) {
    }

    public static CoveragePlan enrolled(Opening opening, String note) {
        return new CoveragePlan(Outcome.ENROLLED, null, opening, null, null, 0, note);
    }

    public static CoveragePlan changed(String change, Closing closing, Opening opening, String note) {
        return new CoveragePlan(Outcome.CHANGED, closing, opening, change, null, 0, note);
    }

    public static CoveragePlan transferred(Closing closing, Opening opening, String fromRegionCode, int monthsCarried,
            String note) {
        return new CoveragePlan(Outcome.TRANSFERRED, closing, opening, "REGION", fromRegionCode, monthsCarried, note);
    }

    public static CoveragePlan unchanged(String note) {
        return new CoveragePlan(Outcome.UNCHANGED, null, null, null, null, 0, note);
    }

    public static CoveragePlan refused(String reason) {
        return new CoveragePlan(Outcome.REFUSED, null, null, null, null, 0, reason);
    }
}
