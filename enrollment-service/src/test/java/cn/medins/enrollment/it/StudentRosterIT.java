package cn.medins.enrollment.it;

import static cn.medins.testing.TestTokens.asAgency;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import cn.medins.contracts.Topics;
import cn.medins.contracts.enrollment.EnrollmentEvents;
import cn.medins.testing.KafkaAndPostgresResource;
import cn.medins.testing.TestKafka;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

@QuarkusTest
@QuarkusTestResource(value = KafkaAndPostgresResource.class, initArgs = @ResourceArg(name = "database", value = "enrollment"))
class StudentRosterIT {

    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Shanghai"));
    private static final String SCHOOL_YEAR = TODAY.getYear() + "-" + (TODAY.getYear() + 1);
    private static final String FINAL_YEAR = (TODAY.getYear() - 1) + "-" + TODAY.getYear();

    private static String student() {
        return TestIds.idNumber(LocalDate.of(2011, 5, 5), true);
    }

    private static void sendRoster(String idNumber, String schoolId, String schoolYear, String status) {
        TestKafka.sendJson(Topics.STUDENT_ROSTERS, idNumber, PartnerRecords.roster(schoolId, schoolYear, idNumber, "371600", status));
    }

    /** A student enrolled from a roster, then reported by a second roster record of the same school. */
    private static String studentReported(String schoolId, String firstYear, String secondYear, String status) {
        String idNumber = student();
        sendRoster(idNumber, schoolId, firstYear, "ENROLLED");
        String insuredId = Api.awaitPersonByIdNumber(idNumber).getString("insuredId");
        sendRoster(idNumber, schoolId, secondYear, status);
        return insuredId;
    }

    @Test
    void anEnrolledStudentWhoIsNotCoveredIsEnrolledAsAResidentStudentAndNotified() {
        String idNumber = student();
        sendRoster(idNumber, "S371600011", SCHOOL_YEAR, "ENROLLED");

        JsonPath person = Api.awaitPersonByIdNumber(idNumber);
        assertThat(person.getList("enrolments.category")).containsExactly("STUDENT");
        assertThat(person.getString("enrolments[0].scheme")).isEqualTo("RESIDENT");
        assertThat(person.getString("enrolments[0].validFrom")).isEqualTo(TODAY.toString());
        assertThat(person.getString("name")).isEqualTo("王小明");
        String insuredId = person.getString("insuredId");
        SuiteTopics.enrollmentEvents(insuredId, EnrollmentEvents.PERSON_ENROLLED, 1);
        assertThat(SuiteTopics.notifications(insuredId, 1).get(0).at("/template").asText()).isEqualTo("STUDENT_ENROLLED");
    }

    @Test
    void aCoveredStudentIsLeftAloneAndTheTimelineSaysWhy() {
        String idNumber = student();
        String insuredId = Api.enrol(idNumber, "RESIDENT", "CHILD", "371600", TODAY.withDayOfYear(1));

        sendRoster(idNumber, "S371600011", SCHOOL_YEAR, "ENROLLED");

        TimelineAwait.until(insuredId, "UNCHANGED");
        JsonPath timeline = Api.timeline(insuredId);
        assertThat(timeline.getString("items[1].description")).contains("already covered");
        assertThat(timeline.getString("items[1].source")).startsWith(Topics.STUDENT_ROSTERS);
        assertThat(Api.person(insuredId).getList("enrolments.category")).containsExactly("CHILD");
    }

    @Test
    void aGraduateKeepsStudentCoverageToTheEndOfThePolicyYearAndIsNotified() {
        String insuredId = studentReported("S371600012", FINAL_YEAR, SCHOOL_YEAR, "GRADUATED");

        JsonNode changed = SuiteTopics.enrollmentEvents(insuredId, EnrollmentEvents.ENROLLMENT_CHANGED, 1).get(0);
        assertThat(changed.at("/change").asText()).isEqualTo("STATUS");
        String yearEnd = LocalDate.of(TODAY.getYear() + 1, 12, 31).toString();
        assertThat(changed.at("/person/enrolments/0/validTo").asText()).isEqualTo(yearEnd);
        assertThat(Api.person(insuredId).getString("enrolments[0].validTo")).isEqualTo(yearEnd);
        assertThat(SuiteTopics.notifications(insuredId, 2).get(1).at("/template").asText())
                .isEqualTo("STUDENT_COVERAGE_CONTINUED");
    }

    @Test
    void aStudentWhoLeftSchoolKeepsCoverageToTheEndOfThisYear() {
        String insuredId = studentReported("S371600013", SCHOOL_YEAR, SCHOOL_YEAR, "LEFT");

        TimelineAwait.until(insuredId, "CHANGED");
        assertThat(Api.person(insuredId).getString("enrolments[0].validTo"))
                .isEqualTo(LocalDate.of(TODAY.getYear(), 12, 31).toString());
    }

    /**
     * Trust boundaries: a roster naming any region of the province enrolled the student there, so a bureau could act for
     * a city it does not serve. Here the education partner may act only for 371600; a roster naming Qingdao changes
     * nothing and is dead-lettered naming the field.
     */
    @Test
    void aRosterNamingACityTheEducationPartnerMayNotActForIsDeadLetteredAndEnrolsNobody() {
        String idNumber = student();
        TestKafka.sendJson(Topics.STUDENT_ROSTERS, idNumber,
                PartnerRecords.roster("S370200011", SCHOOL_YEAR, idNumber, "370200", "ENROLLED"));

        assertThat(SuiteTopics.deadLetterReason(Topics.STUDENT_ROSTERS, idNumber))
                .isEqualTo("field regionCode: 370200 is not a region the education partner may act for");
        Api.searchByIdNumber(idNumber).then().statusCode(404);
    }

    @Test
    void aRosterRecordWithAWrongCheckDigitIsDeadLetteredNamingTheField() {
        String wrong = TestIds.withWrongCheckDigit(student());
        sendRoster(wrong, "S371600011", SCHOOL_YEAR, "ENROLLED");

        assertThat(SuiteTopics.deadLetterReason(Topics.STUDENT_ROSTERS, wrong)).contains("field idNumber");
    }
}
