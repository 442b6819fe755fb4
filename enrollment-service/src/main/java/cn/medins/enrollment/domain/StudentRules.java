package cn.medins.enrollment.domain;

import java.time.LocalDate;
import java.util.Optional;

import cn.medins.contracts.coverage.Category;
import cn.medins.contracts.coverage.Enrolment;
import cn.medins.contracts.coverage.EnrolmentStatus;
import cn.medins.contracts.partner.StudentRosterEntry;

/**
 * School rosters against a person's coverage (POLICY.md): a listed student who is not covered is enrolled as a
 * resident student; one who is covered is left alone; a student who graduates or leaves keeps student coverage to the
 * end of the policy year (Dec 31), never dropped mid-year.
 */
public final class StudentRules {

    private StudentRules() {
    }

    public static CoveragePlan decide(StudentRosterEntry entry, CoverageHistory history, LocalDate today) {
        Optional<Enrolment> current = history.inForceOn(today);
        String school = entry.schoolId() + " " + entry.schoolYear();
        return switch (entry.status()) {
            case ENROLLED -> current
                    .map(enrolment -> CoveragePlan.unchanged("on the roster of " + school + ": already covered as "
                            + CoverageHistory.describe(enrolment) + ", left as it is"))
                    .orElseGet(() -> CoveragePlan.enrolled(
                            new CoveragePlan.Opening(Category.STUDENT, entry.regionCode(), today),
                            "on the roster of " + school + ": resident student coverage from " + today));
            case GRADUATED -> continueToYearEnd(current, endOfPolicyYear(entry, today), "graduated from " + school);
            case LEFT -> continueToYearEnd(current, LocalDate.of(today.getYear(), 12, 31), "left " + school);
        };
    }

    /** Graduation falls in the school year's second calendar year; a roster sent later still ends no earlier than this year. */
    static LocalDate endOfPolicyYear(StudentRosterEntry entry, LocalDate today) {
        int graduationYear = Integer.parseInt(entry.schoolYear().substring(5));
        return LocalDate.of(Math.max(graduationYear, today.getYear()), 12, 31);
    }

    private static CoveragePlan continueToYearEnd(Optional<Enrolment> current, LocalDate yearEnd, String what) {
        if (current.isEmpty() || current.get().category() != Category.STUDENT) {
            return CoveragePlan.unchanged(what + ": not covered as a student, coverage unchanged");
        }
        Enrolment enrolment = current.get();
        if (yearEnd.equals(enrolment.validTo())) {
            return CoveragePlan.unchanged(what + ": student coverage already runs to " + yearEnd);
        }
        return CoveragePlan.changed("STATUS", new CoveragePlan.Closing(enrolment.enrolmentId(), yearEnd, EnrolmentStatus.ACTIVE),
                null, what + ": student coverage continues to the end of the policy year, " + yearEnd);
    }
}
