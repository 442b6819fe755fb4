package cn.medins.enrollment.service;

import java.util.UUID;

import cn.medins.contracts.EventType;
import cn.medins.contracts.coverage.EnrolmentStatus;
import cn.medins.contracts.enrollment.EnrollmentEvents;
import cn.medins.enrollment.domain.CoveragePlan;
import cn.medins.enrollment.repository.EnrolmentPeriod;
import cn.medins.enrollment.repository.EnrolmentRepository;
import cn.medins.messaging.inbox.RejectedEventException;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/** Carries out a {@link CoveragePlan} on a person's record and announces it; called inside the change's transaction. */
@ApplicationScoped
public class CoverageChanges {

    private final EnrolmentRepository enrolments;
    private final PersonChanges changes;

    public CoverageChanges(EnrolmentRepository enrolments, PersonChanges changes) {
        this.enrolments = enrolments;
        this.changes = changes;
    }

    /**
     * @param source what caused the change (partner event id, request, decision), kept on the period and the timeline
     * @return the period the plan opened, or {@code null}
     */
    public Uni<EnrolmentPeriod> apply(InsuredRecord record, CoveragePlan plan, String source) {
        if (plan.outcome() == CoveragePlan.Outcome.REFUSED) {
            throw new RejectedEventException(plan.note());
        }
        if (plan.outcome() == CoveragePlan.Outcome.UNCHANGED) {
            return changes.note(record.insuredId(), "UNCHANGED", plan.note(), source).replaceWith((EnrolmentPeriod) null);
        }
        EnrolmentPeriod closed = close(record, plan.closing());
        // The closed period is written first: it may share its start with the opened one, which the unique index
        // allows only once the closed period is no longer ACTIVE.
        return enrolments.flush()
                .chain(() -> open(record, plan.opening(), source))
                .call(() -> changes.note(record.insuredId(), plan.outcome().name(), plan.note(), source))
                .call(opened -> changes.announce(record.insuredId(), typeOf(plan), payload(record, plan, closed, opened, source)));
    }

    private static EnrolmentPeriod close(InsuredRecord record, CoveragePlan.Closing closing) {
        if (closing == null) {
            return null;
        }
        EnrolmentPeriod period = record.enrolments().stream()
                .filter(enrolment -> enrolment.enrolmentId.equals(closing.enrolmentId()))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("plan closes " + closing.enrolmentId() + ", not a period of "
                        + record.insuredId()));
        period.validTo = closing.validTo();
        period.status = closing.status();
        return period;
    }

    private Uni<EnrolmentPeriod> open(InsuredRecord record, CoveragePlan.Opening opening, String source) {
        if (opening == null) {
            return Uni.createFrom().nullItem();
        }
        EnrolmentPeriod period = new EnrolmentPeriod();
        period.enrolmentId = UUID.randomUUID().toString();
        period.insuredId = record.insuredId();
        period.scheme = opening.category().scheme();
        period.category = opening.category();
        period.regionCode = opening.regionCode();
        period.status = EnrolmentStatus.ACTIVE;
        period.validFrom = opening.validFrom();
        period.source = source;
        record.add(period);
        return enrolments.persist(period);
    }

    private static EventType typeOf(CoveragePlan plan) {
        return switch (plan.outcome()) {
            case ENROLLED -> EnrollmentEvents.PERSON_ENROLLED;
            case TRANSFERRED -> EnrollmentEvents.TRANSFER_COMPLETED;
            default -> EnrollmentEvents.ENROLLMENT_CHANGED;
        };
    }

    private static Object payload(InsuredRecord record, CoveragePlan plan, EnrolmentPeriod closed, EnrolmentPeriod opened,
            String source) {
        return switch (plan.outcome()) {
            case ENROLLED -> new EnrollmentEvents.PersonEnrolled(record.snapshot(), opened.enrolmentId, source);
            case TRANSFERRED -> new EnrollmentEvents.TransferCompleted(record.snapshot(), plan.fromRegionCode(),
                    opened.regionCode, opened.validFrom, plan.monthsCarried(), source);
            default -> new EnrollmentEvents.EnrollmentChanged(record.snapshot(), closed.enrolmentId,
                    opened == null ? null : opened.enrolmentId, plan.change(), source);
        };
    }
}
