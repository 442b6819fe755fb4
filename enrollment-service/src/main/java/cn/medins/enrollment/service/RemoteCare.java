package cn.medins.enrollment.service;

import java.util.UUID;

import cn.medins.contracts.coverage.Enrolment;
import cn.medins.contracts.coverage.RemoteCareKind;
import cn.medins.contracts.coverage.RemoteCareRegistration;
import cn.medins.contracts.enrollment.EnrollmentEvents;
import cn.medins.enrollment.repository.RemoteCareRecord;
import cn.medins.enrollment.repository.RemoteCareRepository;
import cn.medins.rest.FieldError;
import cn.medins.rest.ProblemException;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/** 异地就医备案: care in another region at the full remote ratio, for an insured person covered at home. */
@ApplicationScoped
public class RemoteCare {

    private final InsuredRecords records;
    private final RemoteCareRepository registrations;
    private final PersonChanges changes;

    public RemoteCare(InsuredRecords records, RemoteCareRepository registrations, PersonChanges changes) {
        this.records = records;
        this.registrations = registrations;
        this.changes = changes;
    }

    /** Checks a registration can be valid whoever asks it, before any transaction. */
    public static void check(RemoteCareRequest request) {
        if (request.validTo() != null && request.validTo().isBefore(request.validFrom())) {
            throw refused("$.validTo", "must not be before validFrom " + request.validFrom());
        }
        if (request.kind() == RemoteCareKind.TEMPORARY && request.validTo() == null) {
            throw refused("$.validTo", "a TEMPORARY registration needs an end date");
        }
    }

    @WithTransaction
    public Uni<RemoteCareRegistration> register(String insuredId, RemoteCareRequest request, String source) {
        return records.lockById(insuredId).chain(record -> {
            if (record == null) {
                throw ProblemException.notFound("person", "no insured person with insuredId " + insuredId);
            }
            Enrolment home = record.history().inForceOn(request.validFrom())
                    .orElseThrow(() -> refused("$.validFrom", "the person is not covered on " + request.validFrom()));
            if (home.regionCode().equals(request.targetRegionCode())) {
                throw refused("$.targetRegionCode", "is the person's home region " + home.regionCode());
            }
            RemoteCareRecord registration = new RemoteCareRecord();
            registration.registrationId = UUID.randomUUID().toString();
            registration.insuredId = insuredId;
            registration.targetRegionCode = request.targetRegionCode();
            registration.kind = request.kind();
            registration.validFrom = request.validFrom();
            registration.validTo = request.validTo();
            registration.source = source;
            record.add(registration);
            return registrations.persist(registration)
                    .call(() -> changes.note(insuredId, "REMOTE_CARE_REGISTERED", request.kind() + " remote care in "
                            + request.targetRegionCode() + " from " + request.validFrom()
                            + (request.validTo() == null ? "" : " to " + request.validTo()), source))
                    .call(() -> changes.announce(insuredId, EnrollmentEvents.REMOTE_CARE_REGISTERED,
                            new EnrollmentEvents.RemoteCareRegistered(record.snapshot(), registration.registrationId, source)))
                    .map(RemoteCareRecord::toRegistration);
        });
    }

    private static ProblemException refused(String field, String message) {
        return ProblemException.unprocessable("remote-care-refused", field + ": " + message, new FieldError(field, message));
    }
}
