package cn.medins.contracts.enrollment;

import java.time.LocalDate;

import cn.medins.contracts.EventType;
import cn.medins.contracts.coverage.ChronicDisease;

/** Events on {@code enrollment.events}, keyed by insured id. Each payload carries the {@link PersonSnapshot}. */
public final class EnrollmentEvents {

    public static final String DOMAIN = "enrollment";
    public static final EventType PERSON_ENROLLED = EventType.v1(DOMAIN, "PersonEnrolled");
    public static final EventType ENROLLMENT_CHANGED = EventType.v1(DOMAIN, "EnrollmentChanged");
    public static final EventType IDENTITY_LINKED = EventType.v1(DOMAIN, "IdentityLinked");
    public static final EventType QUALIFICATION_GRANTED = EventType.v1(DOMAIN, "QualificationGranted");
    public static final EventType REMOTE_CARE_REGISTERED = EventType.v1(DOMAIN, "RemoteCareRegistered");
    public static final EventType TRANSFER_COMPLETED = EventType.v1(DOMAIN, "TransferCompleted");

    private EnrollmentEvents() {
    }

    /** Every enrollment event: what it announces, why ({@code cause}: the partner event id, request or decision), and the person after it. */
    public record PersonEnrolled(PersonSnapshot person, String enrolmentId, String cause) {
    }

    /** A change of scheme, category, region or status: the previous period was closed and, where coverage goes on, a new one opened. */
    public record EnrollmentChanged(PersonSnapshot person, String closedEnrolmentId, String openedEnrolmentId, String change,
            String cause) {
    }

    /** Public security registered the newborn: the ID number now belongs to the insured person enrolled from the certificate. */
    public record IdentityLinked(PersonSnapshot person, String idNumber, String birthCertificateNo, String cause) {
    }

    public record QualificationGranted(PersonSnapshot person, ChronicDisease disease, String cause) {
    }

    public record RemoteCareRegistered(PersonSnapshot person, String registrationId, String cause) {
    }

    /** Intra-province transfer: coverage moved from one region to another with the contribution months carried. */
    public record TransferCompleted(PersonSnapshot person, String fromRegionCode, String toRegionCode,
            LocalDate effectiveDate, int contributionMonthsCarried, String cause) {
    }
}
