package cn.medins.enrollment.it;

import static cn.medins.testing.TestTokens.asAgency;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import cn.medins.contracts.enrollment.EnrollmentEvents;
import cn.medins.testing.KafkaAndPostgresResource;
import cn.medins.testing.TestDatabase;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;

@QuarkusTest
@QuarkusTestResource(value = KafkaAndPostgresResource.class, initArgs = @ResourceArg(name = "database", value = "enrollment"))
class CounterEnrolmentIT {

    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Shanghai"));
    private static final LocalDate JAN_1 = TODAY.withDayOfYear(1);

    @Test
    void aNewEnrolmentIs201AndARepeatReturnsTheSameEnrolmentWith200() {
        String idNumber = TestIds.adult(true);
        String body = Api.enrolmentBody(idNumber, "RESIDENT", "ADULT", "371600", JAN_1);

        Response first = asAgency().contentType("application/json").body(body).post("/enrolments");
        first.then().statusCode(201);
        JsonPath created = first.jsonPath();
        assertThat(first.header("Location")).endsWith("/persons/" + created.getString("insuredId"));
        JsonPath repeated = asAgency().contentType("application/json").body(body).post("/enrolments")
                .then().statusCode(200).extract().jsonPath();

        assertThat(repeated.getString("enrolment.enrolmentId")).isEqualTo(created.getString("enrolment.enrolmentId"));
        assertThat(created.getString("enrolment.category")).isEqualTo("ADULT");
        String insuredId = created.getString("insuredId");
        assertThat(TestDatabase.number("enrollment", "select count(*) from enrolment where insured_id = ?", insuredId)).isEqualTo(1);
        JsonNode enrolled = SuiteTopics.enrollmentEvents(insuredId, EnrollmentEvents.PERSON_ENROLLED, 1).get(0);
        assertThat(enrolled.at("/person/idNumber").asText()).isEqualTo(idNumber);
        assertThat(enrolled.at("/cause").asText()).startsWith("request:");
        JsonPath person = Api.personByIdNumber(idNumber);
        assertThat(person.getString("birthDate")).isEqualTo(idNumber.substring(6, 10) + "-" + idNumber.substring(10, 12)
                + "-" + idNumber.substring(12, 14));
        assertThat(person.getString("sex")).isEqualTo("M");
    }

    @Test
    void identicalRequestsAtOnceCreateOnePersonAndOneEnrolment() {
        String idNumber = TestIds.adult(false);
        String body = Api.enrolmentBody(idNumber, "RESIDENT", "ADULT", "371600", JAN_1);

        List<Integer> statuses = IntStream.range(0, 4).parallel()
                .mapToObj(i -> asAgency().contentType("application/json").body(body).post("/enrolments").statusCode())
                .toList();

        assertThat(statuses).containsOnly(200, 201).containsOnlyOnce(201);
        assertThat(TestDatabase.number("enrollment", "select count(*) from person where id_number = ?", TestDatabase.sealed(idNumber))).isEqualTo(1);
        assertThat(TestDatabase.number("enrollment",
                "select count(*) from enrolment e join person p on p.insured_id = e.insured_id where p.id_number = ?", TestDatabase.sealed(idNumber)))
                .isEqualTo(1);
    }

    @Test
    void anInvalidIdNumberIsRefusedNamingTheFieldAndChangesNothing() {
        String wrong = TestIds.withWrongCheckDigit(TestIds.adult(false));
        asAgency().contentType("application/json").body(Api.enrolmentBody(wrong, "RESIDENT", "ADULT", "371600", JAN_1))
                .post("/enrolments").then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", contains("$.idNumber"));
        asAgency().contentType("application/json").body(Api.enrolmentBody("12345", "RESIDENT", "ADULT", "371600", JAN_1))
                .post("/enrolments").then().statusCode(400).body("errors.field", contains("$.idNumber"));
        assertThat(TestDatabase.number("enrollment", "select count(*) from person where id_number = ?", TestDatabase.sealed(wrong))).isZero();
    }

    @Test
    void anUnknownRegionAFutureDateOrAForeignCategoryIsRefusedWith422NamingEachField() {
        String idNumber = TestIds.adult(false);
        asAgency().contentType("application/json").body(Api.enrolmentBody(idNumber, "RESIDENT", "RETIRED", "371200", TODAY.plusDays(3)))
                .post("/enrolments").then().statusCode(422).contentType("application/problem+json")
                .body("errors.field", contains("$.regionCode", "$.validFrom", "$.category"));
        asAgency().contentType("application/json").body("{\"idNumber\":\"" + idNumber + "\",\"name\":\"x\",\"scheme\":\"RESIDENT\"}")
                .post("/enrolments").then().statusCode(400).body("errors.field", hasItem("$.validFrom"));
        asAgency().contentType("application/json").body(Api.enrolmentBody(idNumber, "RESIDENT", "ADULT", "371600", JAN_1)
                .replace("}", ",\"phone\":\"1\"}")).post("/enrolments").then().statusCode(400);
        assertThat(TestDatabase.number("enrollment", "select count(*) from person where id_number = ?", TestDatabase.sealed(idNumber))).isZero();
    }

    @Test
    void anotherSchemeOverlappingExistingCoverageIsAConflict() {
        String idNumber = TestIds.adult(false);
        Api.enrol(idNumber, "RESIDENT", "ADULT", "371600", JAN_1);

        asAgency().contentType("application/json").body(Api.enrolmentBody(idNumber, "EMPLOYEE", "ACTIVE", "371600", TODAY))
                .post("/enrolments").then().statusCode(409).contentType("application/problem+json");
    }

    @Test
    void remoteCareIsRegisteredAnnouncedAndShownWithTheTimelineOldestFirst() {
        String insuredId = Api.enrol(TestIds.adult(true), "RESIDENT", "ADULT", "371600", JAN_1);

        String registrationId = asAgency().contentType("application/json")
                .body("{\"targetRegionCode\":\"110000\",\"kind\":\"LONG_TERM\",\"validFrom\":\"%s\"}".formatted(TODAY))
                .post("/persons/{insuredId}/remote-care-registrations", insuredId)
                .then().statusCode(201).body("targetRegionCode", equalTo("110000")).extract().jsonPath()
                .getString("registrationId");

        assertThat(Api.person(insuredId).getList("remoteCareRegistrations.registrationId")).containsExactly(registrationId);
        JsonNode registered = SuiteTopics.enrollmentEvents(insuredId, EnrollmentEvents.REMOTE_CARE_REGISTERED, 1).get(0);
        assertThat(registered.at("/person/remoteCareRegistrations/0/targetRegionCode").asText()).isEqualTo("110000");
        asAgency().get("/persons/{insuredId}/timeline", insuredId).then().statusCode(200)
                .body("items.kind", contains("ENROLLED", "REMOTE_CARE_REGISTERED"))
                .body("total", equalTo(2));
    }

    @Test
    void remoteCareInTheHomeRegionOrWithoutAnEndForATemporaryStayIsRefused() {
        String insuredId = Api.enrol(TestIds.adult(true), "RESIDENT", "ADULT", "371600", JAN_1);

        asAgency().contentType("application/json")
                .body("{\"targetRegionCode\":\"371600\",\"kind\":\"LONG_TERM\",\"validFrom\":\"%s\"}".formatted(TODAY))
                .post("/persons/{insuredId}/remote-care-registrations", insuredId)
                .then().statusCode(422).body("errors.field", contains("$.targetRegionCode"));
        asAgency().contentType("application/json")
                .body("{\"targetRegionCode\":\"110000\",\"kind\":\"TEMPORARY\",\"validFrom\":\"%s\"}".formatted(TODAY))
                .post("/persons/{insuredId}/remote-care-registrations", insuredId)
                .then().statusCode(422).body("errors.field", contains("$.validTo"));
        asAgency().contentType("application/json")
                .body("{\"targetRegionCode\":\"110000\",\"kind\":\"LONG_TERM\",\"validFrom\":\"%s\"}".formatted(TODAY))
                .post("/persons/{insuredId}/remote-care-registrations", "P000000000000")
                .then().statusCode(404);
        assertThat(Api.person(insuredId).getList("remoteCareRegistrations")).isEmpty();
    }
}
