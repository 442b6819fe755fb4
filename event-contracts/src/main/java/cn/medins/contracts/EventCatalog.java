package cn.medins.contracts;

import java.util.List;
import java.util.Optional;

import cn.medins.contracts.assistance.AssistanceEvents;
import cn.medins.contracts.audit.AuditEvents;
import cn.medins.contracts.enrollment.EnrollmentEvents;
import cn.medins.contracts.notification.Notification;
import cn.medins.contracts.settlement.SettlementEvents;

/** Every event the suite publishes: its type, the topic it travels on, its JSON Schema and its payload record. */
public final class EventCatalog {

    public record Entry(EventType type, String topic, String schema, Class<?> payloadType) {
    }

    public static final List<Entry> ENTRIES = List.of(
            new Entry(EnrollmentEvents.PERSON_ENROLLED, Topics.ENROLLMENT_EVENTS, "enrollment/person-enrolled", EnrollmentEvents.PersonEnrolled.class),
            new Entry(EnrollmentEvents.ENROLLMENT_CHANGED, Topics.ENROLLMENT_EVENTS, "enrollment/enrollment-changed", EnrollmentEvents.EnrollmentChanged.class),
            new Entry(EnrollmentEvents.IDENTITY_LINKED, Topics.ENROLLMENT_EVENTS, "enrollment/identity-linked", EnrollmentEvents.IdentityLinked.class),
            new Entry(EnrollmentEvents.QUALIFICATION_GRANTED, Topics.ENROLLMENT_EVENTS, "enrollment/qualification-granted", EnrollmentEvents.QualificationGranted.class),
            new Entry(EnrollmentEvents.REMOTE_CARE_REGISTERED, Topics.ENROLLMENT_EVENTS, "enrollment/remote-care-registered", EnrollmentEvents.RemoteCareRegistered.class),
            new Entry(EnrollmentEvents.TRANSFER_COMPLETED, Topics.ENROLLMENT_EVENTS, "enrollment/transfer-completed", EnrollmentEvents.TransferCompleted.class),
            new Entry(SettlementEvents.CLAIM_SETTLED, Topics.SETTLEMENT_EVENTS, "settlement/claim-settled", SettlementEvents.ClaimSettled.class),
            new Entry(SettlementEvents.SETTLEMENT_REVERSED, Topics.SETTLEMENT_EVENTS, "settlement/settlement-reversed", SettlementEvents.SettlementReversed.class),
            new Entry(SettlementEvents.CLEARING_CLOSED, Topics.SETTLEMENT_EVENTS, "settlement/clearing-closed", SettlementEvents.ClearingClosed.class),
            new Entry(SettlementEvents.ASSISTANCE_ADJUDICATED, Topics.SETTLEMENT_EVENTS, "settlement/assistance-adjudicated", SettlementEvents.AssistanceAdjudicated.class),
            new Entry(SettlementEvents.POLICY_ACTIVATED, Topics.SETTLEMENT_EVENTS, "settlement/policy-activated", SettlementEvents.PolicyActivated.class),
            new Entry(AuditEvents.CLAIM_FLAGGED, Topics.AUDIT_EVENTS, "audit/claim-flagged", AuditEvents.ClaimFlagged.class),
            new Entry(AuditEvents.FLAG_RESOLVED, Topics.AUDIT_EVENTS, "audit/flag-resolved", AuditEvents.FlagResolved.class),
            new Entry(AuditEvents.DEDUCTION_ISSUED, Topics.AUDIT_EVENTS, "audit/deduction-issued", AuditEvents.DeductionIssued.class),
            new Entry(AuditEvents.INSTITUTION_GRADED, Topics.AUDIT_EVENTS, "audit/institution-graded", AuditEvents.InstitutionGraded.class),
            new Entry(AssistanceEvents.NEEDY_STATUS_CHANGED, Topics.ASSISTANCE_EVENTS, "assistance/needy-status-changed", AssistanceEvents.NeedyStatusChanged.class),
            new Entry(AssistanceEvents.ADJUDICATION_REQUESTED, Topics.ASSISTANCE_EVENTS, "assistance/assistance-adjudication-requested", AssistanceEvents.AssistanceAdjudicationRequested.class),
            new Entry(AssistanceEvents.ASSISTANCE_GRANTED, Topics.ASSISTANCE_EVENTS, "assistance/assistance-granted", AssistanceEvents.AssistanceGranted.class),
            new Entry(AssistanceEvents.PREMIUM_SUBSIDY_GRANTED, Topics.ASSISTANCE_EVENTS, "assistance/premium-subsidy-granted", AssistanceEvents.PremiumSubsidyGranted.class),
            new Entry(AssistanceEvents.BENEFIT_GRANTED, Topics.ASSISTANCE_EVENTS, "assistance/benefit-granted", AssistanceEvents.BenefitGranted.class),
            new Entry(AssistanceEvents.PAYMENT_INSTRUCTION, Topics.PAYMENT_INSTRUCTIONS, "assistance/payment-instruction", AssistanceEvents.PaymentInstruction.class),
            new Entry(Notification.TYPE, Topics.NOTIFICATIONS, "notification/notification", Notification.class));

    private EventCatalog() {
    }

    public static Optional<Entry> of(EventType type) {
        return ENTRIES.stream().filter(entry -> entry.type().equals(type)).findFirst();
    }
}
