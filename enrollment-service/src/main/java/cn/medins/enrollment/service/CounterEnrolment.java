package cn.medins.enrollment.service;

import java.util.Optional;

import cn.medins.contracts.coverage.Enrolment;
import cn.medins.enrollment.domain.CoverageHistory;
import cn.medins.enrollment.domain.CoveragePlan;
import cn.medins.enrollment.domain.InputCheck;
import cn.medins.rest.FieldError;
import cn.medins.rest.ProblemException;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Enrolment by hand (counter or online), idempotent on ID number + scheme + period: a request whose start falls in a
 * period of the same scheme the person already has gets that period back, unchanged.
 */
@ApplicationScoped
public class CounterEnrolment {

    private final Checks checks;
    private final InsuredRecords records;
    private final CoverageChanges coverage;

    public CounterEnrolment(Checks checks, InsuredRecords records, CoverageChanges coverage) {
        this.checks = checks;
        this.records = records;
        this.coverage = coverage;
    }

    /** The business checks, before any transaction: a refused request changes nothing. */
    public void check(EnrolmentRequest request) {
        InputCheck check = checks.start()
                .region("$.regionCode", request.regionCode())
                .notInFuture("$.validFrom", request.validFrom())
                .require(request.category().scheme() == request.scheme(), "$.category",
                        request.category() + " is not a category of the " + request.scheme() + " scheme");
        if (!check.passed()) {
            throw ProblemException.unprocessable("enrolment-refused", check.reason(), check.violations().stream()
                    .map(violation -> new FieldError(violation.field(), violation.message())).toArray(FieldError[]::new));
        }
    }

    /** @param source the request's identity, recorded as the cause of what it creates */
    @WithTransaction
    public Uni<EnrolmentResult> enrol(EnrolmentRequest request, String source) {
        return records.lockByIdNumber(request.idNumber())
                .chain(record -> record != null ? Uni.createFrom().item(record)
                        : records.createFromIdNumber(request.idNumber(), request.name()))
                .chain(record -> {
                    CoverageHistory history = record.history();
                    Optional<Enrolment> existing = history.enrolments().stream()
                            .filter(enrolment -> enrolment.scheme() == request.scheme() && enrolment.covers(request.validFrom()))
                            .findFirst();
                    if (existing.isPresent()) {
                        return Uni.createFrom().item(new EnrolmentResult(record.insuredId(), existing.get(), false));
                    }
                    history.overlapping(request.validFrom()).ifPresent(other -> {
                        throw ProblemException.conflict("already-covered", "the person is already covered as "
                                + CoverageHistory.describe(other) + "; a change of coverage comes from its own source");
                    });
                    CoveragePlan plan = CoveragePlan.enrolled(
                            new CoveragePlan.Opening(request.category(), request.regionCode(), request.validFrom()),
                            "enrolled at the counter: " + request.scheme() + " " + request.category() + " in "
                                    + request.regionCode() + " from " + request.validFrom());
                    return coverage.apply(record, plan, source)
                            .map(opened -> new EnrolmentResult(record.insuredId(), opened.toEnrolment(), true));
                });
    }
}
