package cn.medins.enrollment.it;

import static cn.medins.testing.TestTokens.asAgency;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import cn.medins.contracts.CloudEventHeaders;
import cn.medins.contracts.Topics;
import cn.medins.contracts.enrollment.EnrollmentEvents;
import cn.medins.testing.KafkaAndPostgresResource;
import cn.medins.testing.TestDatabase;
import cn.medins.testing.TestKafka;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

@QuarkusTest
@QuarkusTestResource(value = KafkaAndPostgresResource.class, initArgs = @ResourceArg(name = "database", value = "enrollment"))
class NewbornEnrolmentIT {

    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Shanghai"));

    @Test
    void aPlainBirthCertificateEnrolsTheNewbornFromTheBirthDateWithinTwoSecondsAndAnnouncesIt() {
        // The 2 s are measured once the consumer has joined its group, which a fresh application does in its own time.
        String warmUp = TestIds.certificateNo();
        TestKafka.sendJson(Topics.BIRTH_CERTIFICATES, warmUp,
                PartnerRecords.birthCertificate(warmUp, TODAY, "371600", TestIds.adult(false), null));
        Api.awaitNewborn(warmUp, Duration.ofSeconds(30));
        String certificateNo = TestIds.certificateNo();
        LocalDate birthDate = TODAY.minusDays(3);
        String mother = TestIds.adult(false);
        String father = TestIds.adult(true);

        TestKafka.sendJson(Topics.BIRTH_CERTIFICATES, certificateNo,
                PartnerRecords.birthCertificate(certificateNo, birthDate, "371600", mother, father));

        JsonPath newborn = Api.awaitNewborn(certificateNo, Duration.ofSeconds(2));
        String insuredId = newborn.getString("insuredId");
        assertThat(insuredId).matches("P\\d{12}");
        assertThat(newborn.getString("idNumber")).isNull();
        assertThat(newborn.getString("birthDate")).isEqualTo(birthDate.toString());
        assertThat(newborn.getList("enrolments.category")).containsExactly("NEWBORN");
        assertThat(newborn.getString("enrolments[0].scheme")).isEqualTo("RESIDENT");
        assertThat(newborn.getString("enrolments[0].validFrom")).isEqualTo(birthDate.toString());
        assertThat(newborn.getString("enrolments[0].regionCode")).isEqualTo("371600");
        assertThat(newborn.getString("enrolments[0].source")).startsWith(Topics.BIRTH_CERTIFICATES);
        assertThat(newborn.getList("family.relation")).containsExactly("MOTHER", "FATHER");
        assertThat(newborn.getList("family.idNumber")).containsExactly(mother, father);

        JsonNode enrolled = SuiteTopics.enrollmentEvents(insuredId, EnrollmentEvents.PERSON_ENROLLED, 1).get(0);
        assertThat(enrolled.at("/person/birthCertificateNo").asText()).isEqualTo(certificateNo);
        assertThat(enrolled.at("/person/enrolments/0/category").asText()).isEqualTo("NEWBORN");
        assertThat(enrolled.at("/enrolmentId").asText()).isEqualTo(newborn.getString("enrolments[0].enrolmentId"));

        JsonNode notification = SuiteTopics.notifications(insuredId, 1).get(0);
        assertThat(notification.at("/template").asText()).isEqualTo("NEWBORN_ENROLLED");
        assertThat(notification.at("/text").asText()).contains(birthDate.toString());

        asAgency().get("/persons/{insuredId}/timeline", insuredId).then().statusCode(200)
                .body("items.kind", hasItem("ENROLLED"))
                .body("items[0].source", equalTo(newborn.getString("enrolments[0].source")));
    }

    @Test
    void anInsuredMotherIsNotifiedAndSeesHerChild() {
        String mother = TestIds.adult(false);
        String motherId = Api.enrol(mother, "RESIDENT", "ADULT", "371600", TODAY.withDayOfYear(1));
        String certificateNo = TestIds.certificateNo();

        TestKafka.sendJson(Topics.BIRTH_CERTIFICATES, certificateNo,
                PartnerRecords.birthCertificate(certificateNo, TODAY, "371600", mother, null));

        String newbornId = Api.awaitNewborn(certificateNo, Duration.ofSeconds(20)).getString("insuredId");
        JsonNode notification = SuiteTopics.notifications(motherId, 1).get(0);
        assertThat(notification.at("/template").asText()).isEqualTo("NEWBORN_ENROLLED");
        assertThat(notification.at("/text").asText()).contains(certificateNo);
        JsonPath motherView = Api.person(motherId);
        assertThat(motherView.getList("family.relation")).containsExactly("CHILD");
        assertThat(motherView.getList("family.insuredId")).containsExactly(newbornId);
        assertThat(Api.person(newbornId).getString("family[0].insuredId")).isEqualTo(motherId);
    }

    /**
     * Issue 25: deduplication was keyed by consumer and event id (and business key) across topics, so human resources
     * could suppress a birth certificate by sending, on its own topic, a record with the certificate's id and number.
     */
    @Test
    void anotherPartnersRecordReusingTheCertificatesIdAndNumberDoesNotSuppressIt() {
        String certificateNo = TestIds.certificateNo();
        String sharedId = "partner-" + UUID.randomUUID();
        TestKafka.send(Topics.EMPLOYMENT_EVENTS, certificateNo, PartnerRecords.employment(certificateNo, "HIRED", TestIds.adult(true),
                TODAY.withDayOfMonth(1), "371600").getBytes(StandardCharsets.UTF_8), Map.of(CloudEventHeaders.ID, sharedId));
        Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> TestDatabase.number("enrollment",
                "select count(*) from processed_event where topic = ? and event_id = ?", Topics.EMPLOYMENT_EVENTS, sharedId) == 1);

        TestKafka.send(Topics.BIRTH_CERTIFICATES, certificateNo, PartnerRecords.birthCertificate(certificateNo, TODAY.minusDays(1),
                "371600", TestIds.adult(false), null).getBytes(StandardCharsets.UTF_8), Map.of(CloudEventHeaders.ID, sharedId));

        assertThat(Api.awaitNewborn(certificateNo, Duration.ofSeconds(20)).getString("insuredId")).isNotBlank();
    }

    @Test
    void aReplayedCertificateEnrolsNoSecondPerson() {
        String certificateNo = TestIds.certificateNo();
        String record = PartnerRecords.birthCertificate(certificateNo, TODAY.minusDays(1), "371600", TestIds.adult(false), null);
        TestKafka.sendJson(Topics.BIRTH_CERTIFICATES, certificateNo, record);
        String insuredId = Api.awaitNewborn(certificateNo, Duration.ofSeconds(20)).getString("insuredId");

        TestKafka.sendJson(Topics.BIRTH_CERTIFICATES, certificateNo, record);
        // A later record on the same key (so the same partition) is processed only after the replay.
        String later = TestIds.certificateNo();
        TestKafka.sendJson(Topics.BIRTH_CERTIFICATES, certificateNo,
                PartnerRecords.birthCertificate(later, TODAY.minusDays(1), "371600", TestIds.adult(false), null));
        String laterId = Api.awaitNewborn(later, Duration.ofSeconds(20)).getString("insuredId");
        SuiteTopics.enrollmentEvents(laterId, EnrollmentEvents.PERSON_ENROLLED, 1);

        assertThat(TestDatabase.number("enrollment", "select count(*) from person where birth_certificate_no = ?", certificateNo))
                .isEqualTo(1);
        assertThat(SuiteTopics.enrollmentEvents(insuredId, EnrollmentEvents.PERSON_ENROLLED, 1)).hasSize(1);
    }

    @Test
    void certificatesArrivingInOnePollWithABadOneAndAReplayEnrolEachGoodOneOnceAndDeadLetterOnlyTheBadOne() {
        String key = TestIds.certificateNo();
        List<String> good = List.of(TestIds.certificateNo(), TestIds.certificateNo(), TestIds.certificateNo());
        String bad = TestIds.certificateNo();
        String first = PartnerRecords.birthCertificate(good.get(0), TODAY.minusDays(1), "371600", TestIds.adult(false), null);

        TestKafka.sendJsonTogether(Topics.BIRTH_CERTIFICATES, key, List.of(first,
                PartnerRecords.birthCertificate(bad, TODAY.minusDays(1), "371600",
                        TestIds.withWrongCheckDigit(TestIds.adult(false)), null),
                PartnerRecords.birthCertificate(good.get(1), TODAY.minusDays(1), "371600", TestIds.adult(false), null),
                first,
                PartnerRecords.birthCertificate(good.get(2), TODAY.minusDays(1), "371600", TestIds.adult(false), null)));

        assertThat(SuiteTopics.deadLetterReason(Topics.BIRTH_CERTIFICATES, key)).contains("mother.idNumber");
        asAgency().queryParam("birthCertificateNo", bad).get("/persons").then().statusCode(404);
        for (String certificateNo : good) {
            String insuredId = Api.awaitNewborn(certificateNo, Duration.ofSeconds(20)).getString("insuredId");
            assertThat(TestDatabase.number("enrollment", "select count(*) from person where birth_certificate_no = ?",
                    certificateNo)).as(certificateNo).isEqualTo(1);
            assertThat(SuiteTopics.enrollmentEvents(insuredId, EnrollmentEvents.PERSON_ENROLLED, 1)).as(certificateNo).hasSize(1);
        }
    }

    @Test
    void aCertificateWithAWrongParentCheckDigitIsDeadLetteredNamingTheFieldAndEnrolsNobody() {
        String certificateNo = TestIds.certificateNo();
        TestKafka.sendJson(Topics.BIRTH_CERTIFICATES, certificateNo, PartnerRecords.birthCertificate(certificateNo,
                TODAY.minusDays(1), "371600", TestIds.withWrongCheckDigit(TestIds.adult(false)), null));

        assertThat(SuiteTopics.deadLetterReason(Topics.BIRTH_CERTIFICATES, certificateNo)).contains("mother.idNumber");
        asAgency().queryParam("birthCertificateNo", certificateNo).get("/persons").then().statusCode(404);
    }

    @Test
    void aCertificateFromAnUnknownRegionOrWithAFutureBirthDateIsDeadLetteredNamingEachField() {
        String certificateNo = TestIds.certificateNo();
        TestKafka.sendJson(Topics.BIRTH_CERTIFICATES, certificateNo, PartnerRecords.birthCertificate(certificateNo,
                TODAY.plusDays(2), "371200", TestIds.adult(false), null));

        String reason = SuiteTopics.deadLetterReason(Topics.BIRTH_CERTIFICATES, certificateNo);
        assertThat(reason).contains("regionCode").contains("371200").contains("birthDate");
        asAgency().queryParam("birthCertificateNo", certificateNo).get("/persons").then().statusCode(404);
    }

    /** Trust boundaries: the health partner here acts only for 371600, so a certificate naming Jinan enrols nobody. */
    @Test
    void aCertificateNamingACityTheHealthPartnerMayNotActForIsDeadLetteredAndEnrolsNobody() {
        String certificateNo = TestIds.certificateNo();
        TestKafka.sendJson(Topics.BIRTH_CERTIFICATES, certificateNo, PartnerRecords.birthCertificate(certificateNo,
                TODAY.minusDays(1), "370100", TestIds.adult(false), null));

        assertThat(SuiteTopics.deadLetterReason(Topics.BIRTH_CERTIFICATES, certificateNo))
                .isEqualTo("field regionCode: 370100 is not a region the health partner may act for");
        asAgency().queryParam("birthCertificateNo", certificateNo).get("/persons").then().statusCode(404);
    }

    @Test
    void aCertificateMissingARequiredFieldIsDeadLetteredWithTheSchemaReason() {
        String certificateNo = TestIds.certificateNo();
        String withoutName = PartnerRecords.birthCertificate(certificateNo, TODAY.minusDays(1), "371600",
                TestIds.adult(false), null).replace("\"newbornName\":\"张小宝\",", "");
        TestKafka.sendJson(Topics.BIRTH_CERTIFICATES, certificateNo, withoutName);

        assertThat(SuiteTopics.deadLetterReason(Topics.BIRTH_CERTIFICATES, certificateNo)).contains("newbornName");
        asAgency().queryParam("birthCertificateNo", certificateNo).get("/persons").then().statusCode(404);
    }

    @Test
    void lookupsRefuseAnInvalidIdNumberAndAnswerNotFoundWithAProblem() {
        Api.searchByIdNumber(TestIds.withWrongCheckDigit(TestIds.adult(true)))
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("$.idNumber"));
        Api.searchByIdNumber(TestIds.adult(true))
                .then().statusCode(404).contentType("application/problem+json");
        asAgency().contentType("application/json").body("{\"idNumber\":\"" + TestIds.adult(true) + "\",\"birthCertificateNo\":\"Q1\"}")
                .post("/persons/search").then().statusCode(400).body("errors[0].field", equalTo("$.idNumber"));
        asAgency().queryParam("birthCertificateNo", "QNONE").get("/persons").then().statusCode(404);
        asAgency().get("/persons/{insuredId}", "P999999999999").then().statusCode(404).body("status", equalTo(404));
        List<Object> none = asAgency().get("/persons").then().statusCode(400).extract().jsonPath().getList("errors");
        assertThat(none).hasSize(1);
    }

    /** A URL lands in access logs and proxies outside the log mask: the ID number of a person who exists is refused there. */
    @Test
    void anIdNumberInAUrlIsRefusedEvenForAPersonWhoExistsSoThatItNeverLandsInAnAccessLog() {
        String idNumber = TestIds.adult(false);
        Api.enrol(idNumber, "RESIDENT", "ADULT", "371600", TODAY.withDayOfYear(1));

        asAgency().queryParam("idNumber", idNumber).get("/persons").then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("idNumber"))
                .body("errors[0].message", org.hamcrest.Matchers.containsString("POST /persons/search"));
        Api.searchByIdNumber(idNumber).then().statusCode(200).body("idNumber", org.hamcrest.Matchers.notNullValue());
    }
}
