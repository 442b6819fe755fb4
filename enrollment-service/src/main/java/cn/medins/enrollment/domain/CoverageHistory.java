package cn.medins.enrollment.domain;

import java.time.LocalDate;
import java.time.Period;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import cn.medins.contracts.coverage.Enrolment;
import cn.medins.contracts.coverage.EnrolmentStatus;

/** A person's coverage periods, oldest first, and the questions the rules ask of them. */
public final class CoverageHistory {

    private final List<Enrolment> enrolments;

    public CoverageHistory(List<Enrolment> enrolments) {
        this.enrolments = enrolments.stream().sorted(Comparator.comparing(Enrolment::validFrom)).toList();
    }

    public List<Enrolment> enrolments() {
        return enrolments;
    }

    /** The period in force on the date, if any (periods never overlap). */
    public Optional<Enrolment> inForceOn(LocalDate date) {
        return enrolments.stream().filter(enrolment -> enrolment.covers(date)).reduce((first, later) -> later);
    }

    /** Periods in force on the date or starting after it: what a new open-ended period would overlap. */
    public Optional<Enrolment> overlapping(LocalDate from) {
        return enrolments.stream()
                .filter(enrolment -> enrolment.status() == EnrolmentStatus.ACTIVE)
                .filter(enrolment -> enrolment.validTo() == null || !enrolment.validTo().isBefore(from))
                .findFirst();
    }

    /** Whole months of coverage before the date, over every period of the history (the contribution months carried). */
    public int monthsCoveredBefore(LocalDate date) {
        int months = 0;
        for (Enrolment enrolment : enrolments) {
            if (enrolment.status() != EnrolmentStatus.ACTIVE || !enrolment.validFrom().isBefore(date)) {
                continue;
            }
            LocalDate endExclusive = enrolment.validTo() == null || !enrolment.validTo().isBefore(date)
                    ? date : enrolment.validTo().plusDays(1);
            months += (int) Period.between(enrolment.validFrom(), endExclusive).toTotalMonths();
        }
        return months;
    }

    /**
     * Ends the period the day before {@code from}; a period that would begin on or after {@code from} never takes
     * effect and is ENDED instead, so that no period is left with its end before its start.
     */
    public static CoveragePlan.Closing closeBefore(Enrolment enrolment, LocalDate from) {
        if (!enrolment.validFrom().isBefore(from)) {
            return new CoveragePlan.Closing(enrolment.enrolmentId(), enrolment.validFrom(), EnrolmentStatus.ENDED);
        }
        return new CoveragePlan.Closing(enrolment.enrolmentId(), from.minusDays(1), EnrolmentStatus.ACTIVE);
    }

    public static String describe(Enrolment enrolment) {
        return enrolment.scheme() + " " + enrolment.category() + " in " + enrolment.regionCode() + " from "
                + enrolment.validFrom() + (enrolment.validTo() == null ? "" : " to " + enrolment.validTo())
                + " (" + enrolment.enrolmentId() + ")";
    }
}
