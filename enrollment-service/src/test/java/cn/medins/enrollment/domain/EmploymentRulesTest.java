package cn.medins.enrollment.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import cn.medins.contracts.coverage.Category;
import cn.medins.contracts.coverage.EnrolmentStatus;
import cn.medins.contracts.partner.EmploymentEvent;

class EmploymentRulesTest {

    private static final LocalDate JUNE = LocalDate.of(2026, 6, 1);
    private static final LocalDate MAY_31 = LocalDate.of(2026, 5, 31);

    /** The event in Binzhou (371600), effective on June 1st, for a person covered since 2021 as given. */
    private static CoveragePlan decide(EmploymentEvent.Type type, Category coveredAs, String coveredIn) {
        return EmploymentRules.decide(event(type),
                new CoverageHistory(List.of(Periods.open("A", coveredAs, coveredIn, LocalDate.of(2021, 1, 1)))));
    }

    private static EmploymentEvent event(EmploymentEvent.Type type) {
        return new EmploymentEvent("HR1", type, "371602196001011236", JUNE, "E1", "371600", new BigDecimal("6500.00"));
    }

    private static void assertChanged(CoveragePlan plan, String change) {
        assertThat(plan.outcome()).isEqualTo(CoveragePlan.Outcome.CHANGED);
        assertThat(plan.change()).isEqualTo(change);
        assertThat(plan.closing()).isEqualTo(new CoveragePlan.Closing("A", MAY_31, EnrolmentStatus.ACTIVE));
    }

    @Test
    void hiredWithoutCoverageStartsActiveEmployeeCoverage() {
        CoveragePlan plan = EmploymentRules.decide(event(EmploymentEvent.Type.HIRED), new CoverageHistory(List.of()));

        assertThat(plan.outcome()).isEqualTo(CoveragePlan.Outcome.ENROLLED);
        assertThat(plan.opening()).isEqualTo(new CoveragePlan.Opening(Category.ACTIVE, "371600", JUNE));
    }

    @Test
    void hiredInAnotherRegionTransfersWithTheMonthsCovered() {
        CoveragePlan plan = decide(EmploymentEvent.Type.HIRED, Category.ACTIVE, "370100");

        assertThat(plan.outcome()).isEqualTo(CoveragePlan.Outcome.TRANSFERRED);
        assertThat(plan.closing()).isEqualTo(new CoveragePlan.Closing("A", MAY_31, EnrolmentStatus.ACTIVE));
        assertThat(plan.opening()).isEqualTo(new CoveragePlan.Opening(Category.ACTIVE, "371600", JUNE));
        assertThat(plan.fromRegionCode()).isEqualTo("370100");
        assertThat(plan.monthsCarried()).isEqualTo(65);
    }

    @Test
    void hiredInTheSameRegionAsAnEmployeeChangesNothing() {
        assertThat(decide(EmploymentEvent.Type.HIRED, Category.ACTIVE, "371600").outcome())
                .isEqualTo(CoveragePlan.Outcome.UNCHANGED);
    }

    @Test
    void hiredAsAResidentOfTheSameRegionChangesTheScheme() {
        CoveragePlan plan = decide(EmploymentEvent.Type.HIRED, Category.ADULT, "371600");

        assertChanged(plan, "SCHEME");
        assertThat(plan.opening().category()).isEqualTo(Category.ACTIVE);
    }

    @Test
    void retiredMovesAnActiveEmployeeToRetiredFromTheEffectiveDate() {
        CoveragePlan plan = decide(EmploymentEvent.Type.RETIRED, Category.ACTIVE, "371600");

        assertChanged(plan, "CATEGORY");
        assertThat(plan.opening()).isEqualTo(new CoveragePlan.Opening(Category.RETIRED, "371600", JUNE));
    }

    @Test
    void retiredWithoutEmployeeCoverageIsRefusedAndTwiceChangesNothing() {
        assertThat(decide(EmploymentEvent.Type.RETIRED, Category.ADULT, "371600").outcome())
                .isEqualTo(CoveragePlan.Outcome.REFUSED);
        assertThat(decide(EmploymentEvent.Type.RETIRED, Category.RETIRED, "371600").outcome())
                .isEqualTo(CoveragePlan.Outcome.UNCHANGED);
    }

    @Test
    void leftEndsEmployeeCoverageTheDayBefore() {
        CoveragePlan plan = decide(EmploymentEvent.Type.LEFT, Category.ACTIVE, "371600");

        assertChanged(plan, "STATUS");
        assertThat(plan.opening()).isNull();
    }

    @Test
    void leavingAJobAfterRetirementKeepsTheRetireeCoverage() {
        CoveragePlan plan = decide(EmploymentEvent.Type.LEFT, Category.RETIRED, "371600");

        assertThat(plan.outcome()).isEqualTo(CoveragePlan.Outcome.UNCHANGED);
        assertThat(plan.closing()).isNull();
    }

    @Test
    void aChangeOnTheDayCoverageStartedEndsThatPeriodInsteadOfClosingItBeforeItsStart() {
        CoveragePlan plan = EmploymentRules.decide(event(EmploymentEvent.Type.RETIRED),
                new CoverageHistory(List.of(Periods.open("A", Category.ACTIVE, "371600", JUNE))));

        assertThat(plan.closing()).isEqualTo(new CoveragePlan.Closing("A", JUNE, EnrolmentStatus.ENDED));
        assertThat(plan.opening().validFrom()).isEqualTo(JUNE);
    }
}
