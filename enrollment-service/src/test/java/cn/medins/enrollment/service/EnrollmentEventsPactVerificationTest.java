package cn.medins.enrollment.service;

import java.time.LocalDate;
import java.util.List;

import au.com.dius.pact.provider.MessageAndMetadata;
import au.com.dius.pact.provider.PactVerifyProvider;
import au.com.dius.pact.provider.junitsupport.Provider;
import au.com.dius.pact.provider.junitsupport.loader.PactFolder;
import cn.medins.contracts.coverage.Category;
import cn.medins.contracts.coverage.ChronicDisease;
import cn.medins.contracts.coverage.EnrolmentStatus;
import cn.medins.contracts.coverage.Scheme;
import cn.medins.contracts.coverage.Sex;
import cn.medins.contracts.enrollment.EnrollmentEvents;
import cn.medins.enrollment.repository.EnrolmentPeriod;
import cn.medins.enrollment.repository.Person;
import cn.medins.testing.PactMessages;
import cn.medins.testing.PactProviderVerification;

/**
 * Enrollment's events against every pact its consumers wrote in {@code pacts/}: the person's snapshot as
 * {@link InsuredRecord} builds it from the rows a change commits.
 */
@Provider("enrollment-service")
@PactFolder("../pacts")
class EnrollmentEventsPactVerificationTest extends PactProviderVerification {

    @PactVerifyProvider("enrollment.PersonEnrolled.v1")
    MessageAndMetadata personEnrolled() {
        InsuredRecord record = residentEnrolledAtTheCounter();
        return PactMessages.published(EnrollmentEvents.PERSON_ENROLLED,
                new EnrollmentEvents.PersonEnrolled(record.snapshot(), "E-1", "request:1"));
    }

    @PactVerifyProvider("enrollment.IdentityLinked.v1")
    MessageAndMetadata identityLinked() {
        InsuredRecord record = residentEnrolledAtTheCounter();
        return PactMessages.published(EnrollmentEvents.IDENTITY_LINKED, new EnrollmentEvents.IdentityLinked(record.snapshot(),
                record.person().idNumber, "Q3716001", "partner.police.household-registrations-0-3"));
    }

    @PactVerifyProvider("enrollment.EnrollmentChanged.v1")
    MessageAndMetadata enrollmentChanged() {
        return PactMessages.published(EnrollmentEvents.ENROLLMENT_CHANGED, new EnrollmentEvents.EnrollmentChanged(
                residentEnrolledAtTheCounter().snapshot(), "E-0", "E-1", "CATEGORY", "partner.hr.employment-events-0-17"));
    }

    @PactVerifyProvider("enrollment.QualificationGranted.v1")
    MessageAndMetadata qualificationGranted() {
        return PactMessages.published(EnrollmentEvents.QUALIFICATION_GRANTED, new EnrollmentEvents.QualificationGranted(
                residentEnrolledAtTheCounter().snapshot(), ChronicDisease.DIABETES, "benefit:D-1"));
    }

    @PactVerifyProvider("enrollment.RemoteCareRegistered.v1")
    MessageAndMetadata remoteCareRegistered() {
        return PactMessages.published(EnrollmentEvents.REMOTE_CARE_REGISTERED, new EnrollmentEvents.RemoteCareRegistered(
                residentEnrolledAtTheCounter().snapshot(), "R-1", "request:online-7"));
    }

    @PactVerifyProvider("enrollment.TransferCompleted.v1")
    MessageAndMetadata transferCompleted() {
        return PactMessages.published(EnrollmentEvents.TRANSFER_COMPLETED, new EnrollmentEvents.TransferCompleted(
                residentEnrolledAtTheCounter().snapshot(), "370100", "371600", LocalDate.of(2026, 6, 1), 65,
                "partner.hr.employment-events-2-9"));
    }

    private static InsuredRecord residentEnrolledAtTheCounter() {
        Person person = new Person();
        person.insuredId = "P000000000001";
        person.idNumber = "371602198001017119";
        person.name = "测试";
        person.sex = Sex.M;
        person.birthDate = LocalDate.of(1980, 1, 1);
        EnrolmentPeriod period = new EnrolmentPeriod();
        period.enrolmentId = "E-1";
        period.insuredId = person.insuredId;
        period.scheme = Scheme.RESIDENT;
        period.category = Category.ADULT;
        period.regionCode = "371600";
        period.status = EnrolmentStatus.ACTIVE;
        period.validFrom = LocalDate.of(2026, 1, 1);
        period.source = "request:1";
        return new InsuredRecord(person, List.of(period), List.of(), List.of());
    }
}
