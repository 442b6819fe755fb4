package cn.medins.enrollment.it;

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
class EmploymentIT {

    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Shanghai"));
    private static final LocalDate SINCE = LocalDate.of(2021, 1, 1);
    private static final LocalDate EFFECTIVE = TODAY.withDayOfMonth(1);

    private static String eventNo() {
        return "HR" + TestIds.certificateNo();
    }

    /** An employee covered in the region since 2021, to whom human resources then sends the event in Binzhou. */
    private static String employeeWith(String coveredRegion, String type) {
        String idNumber = TestIds.adult(true);
        String insuredId = Api.enrol(idNumber, "EMPLOYEE", "ACTIVE", coveredRegion, SINCE);
        TestKafka.sendJson(Topics.EMPLOYMENT_EVENTS, idNumber,
                PartnerRecords.employment(eventNo(), type, idNumber, EFFECTIVE, "371600"));
        return insuredId;
    }

    /** The first period ends the day before the effective date and the second starts on it. */
    private static JsonPath assertPeriodChangedOnTheEffectiveDate(String insuredId) {
        JsonPath person = Api.person(insuredId);
        assertThat(person.getString("enrolments[0].validTo")).isEqualTo(EFFECTIVE.minusDays(1).toString());
        assertThat(person.getString("enrolments[1].validFrom")).isEqualTo(EFFECTIVE.toString());
        assertThat(person.getString("enrolments[1].source")).startsWith(Topics.EMPLOYMENT_EVENTS);
        return person;
    }

    @Test
    void hiredInAnotherRegionTransfersCoverageWithTheContributionMonths() {
        String insuredId = employeeWith("370100", "HIRED");

        JsonNode transfer = SuiteTopics.enrollmentEvents(insuredId, EnrollmentEvents.TRANSFER_COMPLETED, 1).get(0);
        assertThat(transfer.at("/fromRegionCode").asText()).isEqualTo("370100");
        assertThat(transfer.at("/toRegionCode").asText()).isEqualTo("371600");
        assertThat(transfer.at("/effectiveDate").asText()).isEqualTo(EFFECTIVE.toString());
        assertThat(transfer.at("/contributionMonthsCarried").asInt())
                .isEqualTo((EFFECTIVE.getYear() - 2021) * 12 + EFFECTIVE.getMonthValue() - 1);
        assertThat(assertPeriodChangedOnTheEffectiveDate(insuredId).getList("enrolments.regionCode"))
                .containsExactly("370100", "371600");
    }

    @Test
    void retiredMovesTheEmployeeToRetiredFromTheEffectiveDate() {
        String insuredId = employeeWith("371600", "RETIRED");

        JsonNode changed = SuiteTopics.enrollmentEvents(insuredId, EnrollmentEvents.ENROLLMENT_CHANGED, 1).get(0);
        assertThat(changed.at("/change").asText()).isEqualTo("CATEGORY");
        JsonPath person = assertPeriodChangedOnTheEffectiveDate(insuredId);
        assertThat(person.getList("enrolments.category")).containsExactly("ACTIVE", "RETIRED");
        assertThat(changed.at("/openedEnrolmentId").asText()).isEqualTo(person.getString("enrolments[1].enrolmentId"));
    }

    @Test
    void leftEndsEmployeeCoverageTheDayBeforeTheEffectiveDate() {
        String insuredId = employeeWith("371600", "LEFT");

        JsonNode changed = SuiteTopics.enrollmentEvents(insuredId, EnrollmentEvents.ENROLLMENT_CHANGED, 1).get(0);
        assertThat(changed.at("/change").asText()).isEqualTo("STATUS");
        assertThat(changed.at("/openedEnrolmentId").isNull()).isTrue();
        assertThat(Api.person(insuredId).getString("enrolments[0].validTo")).isEqualTo(EFFECTIVE.minusDays(1).toString());
    }

    @Test
    void hiringSomeoneUnknownOrFromAnUnknownRegionIsDeadLetteredWithTheReason() {
        String unknown = TestIds.adult(true);
        TestKafka.sendJson(Topics.EMPLOYMENT_EVENTS, unknown,
                PartnerRecords.employment(eventNo(), "HIRED", unknown, EFFECTIVE, "371600"));
        String elsewhere = TestIds.adult(false);
        TestKafka.sendJson(Topics.EMPLOYMENT_EVENTS, elsewhere,
                PartnerRecords.employment(eventNo(), "HIRED", elsewhere, EFFECTIVE, "440100"));

        assertThat(SuiteTopics.deadLetterReason(Topics.EMPLOYMENT_EVENTS, unknown)).contains("no insured person");
        assertThat(SuiteTopics.deadLetterReason(Topics.EMPLOYMENT_EVENTS, elsewhere)).contains("field regionCode");
    }
}
