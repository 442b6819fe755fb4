package cn.medins.contracts;

import java.util.List;
import java.util.stream.Stream;

/**
 * Every Kafka topic of the suite (EVENTS.md). Channel names in the services equal these names,
 * and the local stack and the Kubernetes manifests create exactly this list plus the dead-letter twins.
 */
public final class Topics {

    public static final String BIRTH_CERTIFICATES = "partner.health.birth-certificates";
    public static final String HOUSEHOLD_REGISTRATIONS = "partner.police.household-registrations";
    public static final String STUDENT_ROSTERS = "partner.education.student-rosters";
    public static final String ASSISTANCE_STATUS = "partner.civil-affairs.assistance-status";
    public static final String EMPLOYMENT_EVENTS = "partner.hr.employment-events";

    public static final String ENROLLMENT_EVENTS = "enrollment.events";
    public static final String SETTLEMENT_EVENTS = "settlement.events";
    public static final String AUDIT_EVENTS = "audit.events";
    public static final String ASSISTANCE_EVENTS = "assistance.events";
    public static final String PAYMENT_INSTRUCTIONS = "partner.bank.payment-instructions";
    public static final String NOTIFICATIONS = "notifications.outbound";

    public static final String DEAD_LETTER_SUFFIX = ".dlq";

    public static final List<String> PARTNER_INPUTS = List.of(
            BIRTH_CERTIFICATES, HOUSEHOLD_REGISTRATIONS, STUDENT_ROSTERS, ASSISTANCE_STATUS, EMPLOYMENT_EVENTS);

    public static final List<String> SUITE_OUTPUTS = List.of(
            ENROLLMENT_EVENTS, SETTLEMENT_EVENTS, AUDIT_EVENTS, ASSISTANCE_EVENTS, PAYMENT_INSTRUCTIONS, NOTIFICATIONS);

    private Topics() {
    }

    public static String deadLetterOf(String topic) {
        return topic + DEAD_LETTER_SUFFIX;
    }

    /** Every topic with its dead-letter twin, in a stable order. */
    public static List<String> allWithDeadLetters() {
        return Stream.concat(PARTNER_INPUTS.stream(), SUITE_OUTPUTS.stream())
                .flatMap(topic -> Stream.of(topic, deadLetterOf(topic)))
                .toList();
    }
}
