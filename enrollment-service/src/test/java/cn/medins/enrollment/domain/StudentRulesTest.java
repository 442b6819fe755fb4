package cn.medins.enrollment.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import cn.medins.contracts.coverage.Category;
import cn.medins.contracts.coverage.Enrolment;
import cn.medins.contracts.partner.StudentRosterEntry;

class StudentRulesTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 7, 10);

    private static StudentRosterEntry entry(StudentRosterEntry.StudentStatus status, String schoolYear) {
        return new StudentRosterEntry("S1", "School", schoolYear, StudentRosterEntry.SchoolLevel.SECONDARY,
                "371602201105051236", "王小明", "371600", status);
    }

    private static CoveragePlan decide(StudentRosterEntry entry, Enrolment... enrolments) {
        return StudentRules.decide(entry, new CoverageHistory(List.of(enrolments)), TODAY);
    }

    @Test
    void anEnrolledStudentWithoutCoverageIsEnrolledAsAResidentStudentFromToday() {
        CoveragePlan plan = decide(entry(StudentRosterEntry.StudentStatus.ENROLLED, "2026-2027"));

        assertThat(plan.outcome()).isEqualTo(CoveragePlan.Outcome.ENROLLED);
        assertThat(plan.opening()).isEqualTo(new CoveragePlan.Opening(Category.STUDENT, "371600", TODAY));
    }

    @Test
    void aCoveredStudentIsLeftAlone() {
        CoveragePlan plan = decide(entry(StudentRosterEntry.StudentStatus.ENROLLED, "2026-2027"),
                Periods.open("A", Category.CHILD, "371600", LocalDate.of(2015, 1, 1)));

        assertThat(plan.outcome()).isEqualTo(CoveragePlan.Outcome.UNCHANGED);
        assertThat(plan.note()).contains("already covered");
    }

    @Test
    void aGraduateKeepsStudentCoverageToTheEndOfThePolicyYear() {
        CoveragePlan plan = decide(entry(StudentRosterEntry.StudentStatus.GRADUATED, "2025-2026"),
                Periods.open("A", Category.STUDENT, "371600", LocalDate.of(2020, 9, 1)));

        assertThat(plan.outcome()).isEqualTo(CoveragePlan.Outcome.CHANGED);
        assertThat(plan.closing().validTo()).isEqualTo(LocalDate.of(2026, 12, 31));
        assertThat(plan.opening()).isNull();
    }

    @Test
    void aRosterSentAfterTheGraduationYearStillEndsNoEarlierThanThisYear() {
        assertThat(StudentRules.endOfPolicyYear(entry(StudentRosterEntry.StudentStatus.GRADUATED, "2023-2024"), TODAY))
                .isEqualTo(LocalDate.of(2026, 12, 31));
    }

    @Test
    void aStudentWhoLeftKeepsCoverageToTheEndOfThisYearAndAGraduateNotCoveredAsStudentIsUnchanged() {
        assertThat(decide(entry(StudentRosterEntry.StudentStatus.LEFT, "2026-2027"),
                Periods.open("A", Category.STUDENT, "371600", LocalDate.of(2025, 9, 1))).closing().validTo())
                .isEqualTo(LocalDate.of(2026, 12, 31));
        assertThat(decide(entry(StudentRosterEntry.StudentStatus.GRADUATED, "2025-2026"),
                Periods.open("A", Category.ADULT, "371600", LocalDate.of(2025, 9, 1))).outcome())
                .isEqualTo(CoveragePlan.Outcome.UNCHANGED);
    }
}
