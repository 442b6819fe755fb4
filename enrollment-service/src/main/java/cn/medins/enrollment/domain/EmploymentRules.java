package cn.medins.enrollment.domain;

import java.time.LocalDate;
import java.util.Optional;

import cn.medins.contracts.coverage.Category;
import cn.medins.contracts.coverage.Enrolment;
import cn.medins.contracts.coverage.Scheme;
import cn.medins.contracts.partner.EmploymentEvent;

/**
 * Human resources' employment events against a person's coverage (POLICY.md, apply-free matchers): HIRED starts
 * employee coverage, and in another region of the province is an intra-province transfer; RETIRED moves an employee to
 * RETIRED; LEFT ends employee coverage.
 */
public final class EmploymentRules {

    private EmploymentRules() {
    }

    public static CoveragePlan decide(EmploymentEvent event, CoverageHistory history) {
        LocalDate from = event.effectiveDate();
        Optional<Enrolment> current = history.inForceOn(from);
        return switch (event.type()) {
            case HIRED -> hired(event, history, current);
            case RETIRED -> retired(event, current);
            case LEFT -> left(event, current);
        };
    }

    private static CoveragePlan hired(EmploymentEvent event, CoverageHistory history, Optional<Enrolment> current) {
        LocalDate from = event.effectiveDate();
        String region = event.regionCode();
        if (current.isEmpty()) {
            return CoveragePlan.enrolled(new CoveragePlan.Opening(Category.ACTIVE, region, from),
                    "hired by " + event.employerId() + ": employee coverage in " + region + " from " + from);
        }
        Enrolment enrolment = current.get();
        // A retiree who takes a job keeps the retiree category; anyone else is an active employee.
        Category category = enrolment.category() == Category.RETIRED ? Category.RETIRED : Category.ACTIVE;
        if (!enrolment.regionCode().equals(region)) {
            return CoveragePlan.transferred(CoverageHistory.closeBefore(enrolment, from),
                    new CoveragePlan.Opening(category, region, from), enrolment.regionCode(), history.monthsCoveredBefore(from),
                    "hired by " + event.employerId() + " in " + region + ": intra-province transfer from "
                            + enrolment.regionCode() + " on " + from);
        }
        if (enrolment.scheme() == Scheme.EMPLOYEE) {
            return CoveragePlan.unchanged("hired by " + event.employerId() + ": already covered as "
                    + CoverageHistory.describe(enrolment) + ", coverage unchanged");
        }
        return CoveragePlan.changed("SCHEME", CoverageHistory.closeBefore(enrolment, from),
                new CoveragePlan.Opening(category, region, from),
                "hired by " + event.employerId() + ": resident coverage replaced by employee coverage from " + from);
    }

    private static CoveragePlan retired(EmploymentEvent event, Optional<Enrolment> current) {
        LocalDate from = event.effectiveDate();
        if (current.isEmpty() || current.get().scheme() != Scheme.EMPLOYEE) {
            return CoveragePlan.refused("field effectiveDate: the person has no employee coverage on " + from + " to retire from");
        }
        Enrolment enrolment = current.get();
        if (enrolment.category() == Category.RETIRED) {
            return CoveragePlan.unchanged("retirement reported by " + event.employerId() + ": already retired ("
                    + enrolment.enrolmentId() + "), coverage unchanged");
        }
        return CoveragePlan.changed("CATEGORY", CoverageHistory.closeBefore(enrolment, from),
                new CoveragePlan.Opening(Category.RETIRED, enrolment.regionCode(), from),
                "retired: employee category RETIRED from " + from);
    }

    private static CoveragePlan left(EmploymentEvent event, Optional<Enrolment> current) {
        LocalDate from = event.effectiveDate();
        if (current.isEmpty() || current.get().scheme() != Scheme.EMPLOYEE) {
            return CoveragePlan.unchanged("left employer " + event.employerId() + ": no employee coverage on " + from
                    + ", nothing to end");
        }
        if (current.get().category() == Category.RETIRED) {
            return CoveragePlan.unchanged("left employer " + event.employerId() + ": retiree coverage does not depend on an employer ("
                    + current.get().enrolmentId() + "), coverage unchanged");
        }
        return CoveragePlan.changed("STATUS", CoverageHistory.closeBefore(current.get(), from), null,
                "left employer " + event.employerId() + ": employee coverage ends on " + from.minusDays(1));
    }
}
