package cn.medins.contracts.partner;

/** {@code partner.education.student-rosters}, one record per student: schema {@code partner/student-roster}. */
public record StudentRosterEntry(
        String schoolId,
        String schoolName,
        String schoolYear,
        SchoolLevel level,
        String idNumber,
        String name,
        String regionCode,
        StudentStatus status) {

    public static final String SCHEMA = "partner/student-roster";

    public enum SchoolLevel { PRIMARY, SECONDARY, UNIVERSITY }

    public enum StudentStatus { ENROLLED, GRADUATED, LEFT }

    /**
     * EVENTS.md's key ({@code schoolId} + {@code schoolYear} + {@code idNumber}) plus the status: a graduation or a
     * leaving reported in the same school year as the enrolment is a new fact, not a repeat of it.
     */
    public String businessKey() {
        return schoolId + "|" + schoolYear + "|" + idNumber + "|" + status;
    }
}
