package cn.medins.enrollment.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import cn.medins.contracts.coverage.Category;
import cn.medins.contracts.coverage.EnrolmentStatus;

class CoverageHistoryTest {

    @Test
    void findsThePeriodInForceOnADate() {
        CoverageHistory history = new CoverageHistory(List.of(
                Periods.open("B", Category.ACTIVE, "370100", LocalDate.of(2024, 1, 1)),
                Periods.closed("A", Category.ADULT, "370100", LocalDate.of(2020, 1, 1), LocalDate.of(2023, 12, 31))));

        assertThat(history.inForceOn(LocalDate.of(2022, 5, 1))).get().extracting("enrolmentId").isEqualTo("A");
        assertThat(history.inForceOn(LocalDate.of(2026, 5, 1))).get().extracting("enrolmentId").isEqualTo("B");
        assertThat(history.inForceOn(LocalDate.of(2019, 5, 1))).isEmpty();
        assertThat(history.enrolments()).extracting("enrolmentId").containsExactly("A", "B");
    }

    @Test
    void countsWholeMonthsOfEveryPeriodBeforeTheDate() {
        CoverageHistory history = new CoverageHistory(List.of(
                Periods.closed("A", Category.ADULT, "370100", LocalDate.of(2020, 1, 1), LocalDate.of(2020, 12, 31)),
                Periods.open("B", Category.ACTIVE, "370100", LocalDate.of(2021, 1, 1))));

        assertThat(history.monthsCoveredBefore(LocalDate.of(2026, 6, 1))).isEqualTo(12 + 65);
        assertThat(history.monthsCoveredBefore(LocalDate.of(2020, 1, 1))).isZero();
    }

    @Test
    void closingEndsTheDayBeforeOrVoidsAPeriodThatHadNotBegun() {
        var running = Periods.open("A", Category.ACTIVE, "370100", LocalDate.of(2024, 1, 1));
        assertThat(CoverageHistory.closeBefore(running, LocalDate.of(2026, 6, 1)))
                .isEqualTo(new CoveragePlan.Closing("A", LocalDate.of(2026, 5, 31), EnrolmentStatus.ACTIVE));
        assertThat(CoverageHistory.closeBefore(running, LocalDate.of(2024, 1, 1)))
                .isEqualTo(new CoveragePlan.Closing("A", LocalDate.of(2024, 1, 1), EnrolmentStatus.ENDED));
    }

    @Test
    void anOpenPeriodOverlapsAnyLaterStart() {
        CoverageHistory history = new CoverageHistory(List.of(
                Periods.closed("A", Category.STUDENT, "371600", LocalDate.of(2020, 9, 1), LocalDate.of(2026, 12, 31))));

        assertThat(history.overlapping(LocalDate.of(2026, 12, 31))).isPresent();
        assertThat(history.overlapping(LocalDate.of(2027, 1, 1))).isEmpty();
    }
}
