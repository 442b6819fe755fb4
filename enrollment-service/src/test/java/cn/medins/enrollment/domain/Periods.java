package cn.medins.enrollment.domain;

import java.time.LocalDate;

import cn.medins.contracts.coverage.Category;
import cn.medins.contracts.coverage.Enrolment;
import cn.medins.contracts.coverage.EnrolmentStatus;

/** Coverage periods for the rule tests. */
final class Periods {

    private Periods() {
    }

    static Enrolment open(String id, Category category, String region, LocalDate from) {
        return new Enrolment(id, category.scheme(), category, region, EnrolmentStatus.ACTIVE, from, null, "test");
    }

    static Enrolment closed(String id, Category category, String region, LocalDate from, LocalDate to) {
        return new Enrolment(id, category.scheme(), category, region, EnrolmentStatus.ACTIVE, from, to, "test");
    }
}
