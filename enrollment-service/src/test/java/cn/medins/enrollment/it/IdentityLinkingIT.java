package cn.medins.enrollment.it;

import static cn.medins.testing.TestTokens.asAgency;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItems;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

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
class IdentityLinkingIT {

    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Shanghai"));

    private static void sendCertificate(String certificateNo, LocalDate birthDate) {
        TestKafka.sendJson(Topics.BIRTH_CERTIFICATES, certificateNo,
                PartnerRecords.birthCertificate(certificateNo, birthDate, "371600", TestIds.adult(false), null));
    }

    private static void sendRegistration(String certificateNo, String idNumber) {
        TestKafka.sendJson(Topics.HOUSEHOLD_REGISTRATIONS, idNumber,
                PartnerRecords.householdRegistration(certificateNo, idNumber, "张悦", TODAY));
    }

    /** Sends the certificate and returns the newborn's insured id once enrolled. */
    private static String newborn(String certificateNo, LocalDate birthDate) {
        sendCertificate(certificateNo, birthDate);
        return Api.awaitNewborn(certificateNo, Duration.ofSeconds(20)).getString("insuredId");
    }

    @Test
    void aRegistrationAfterTheCertificateAttachesTheIdNumberToTheSamePerson() {
        LocalDate birthDate = TODAY.minusDays(6);
        String certificateNo = TestIds.certificateNo();
        String idNumber = TestIds.idNumber(birthDate, false);
        String insuredId = newborn(certificateNo, birthDate);

        sendRegistration(certificateNo, idNumber);

        assertLinked(idNumber, insuredId, certificateNo);
    }

    @Test
    void aRegistrationBeforeTheCertificateWaitsAndIsLinkedWhenTheCertificateArrives() {
        LocalDate birthDate = TODAY.minusDays(8);
        String certificateNo = TestIds.certificateNo();
        String idNumber = TestIds.idNumber(birthDate, false);
        sendRegistration(certificateNo, idNumber);
        Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> TestDatabase.number("enrollment",
                "select count(*) from pending_registration where certificate_no = ?", certificateNo) == 1);

        String insuredId = newborn(certificateNo, birthDate);
        assertLinked(idNumber, insuredId, certificateNo);
        assertThat(TestDatabase.number("enrollment", "select count(*) from pending_registration where certificate_no = ?",
                certificateNo)).isZero();
    }

    @Test
    void aRegistrationWhoseBirthDateContradictsTheCertificateIsDeadLettered() {
        LocalDate birthDate = TODAY.minusDays(10);
        String certificateNo = TestIds.certificateNo();
        String insuredId = newborn(certificateNo, birthDate);

        String otherBirthDate = TestIds.idNumber(birthDate.minusDays(1), false);
        sendRegistration(certificateNo, otherBirthDate);

        assertThat(SuiteTopics.deadLetterReason(Topics.HOUSEHOLD_REGISTRATIONS, otherBirthDate)).contains("idNumber");
        assertThat(Api.person(insuredId).getString("idNumber")).isNull();
    }

    @Test
    void aWaitingRegistrationThatContradictsTheCertificateNeverBlocksTheNewbornsEnrolment() {
        LocalDate birthDate = TODAY.minusDays(14);
        String certificateNo = TestIds.certificateNo();
        String otherBirthDate = TestIds.idNumber(birthDate.minusDays(2), true);
        sendRegistration(certificateNo, otherBirthDate);
        Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> TestDatabase.number("enrollment",
                "select count(*) from pending_registration where certificate_no = ?", certificateNo) == 1);

        String insuredId = newborn(certificateNo, birthDate);

        TimelineAwait.until(insuredId, "IDENTITY_NOT_LINKED");
        assertThat(Api.person(insuredId).getString("idNumber")).isNull();
        assertThat(Api.person(insuredId).getList("enrolments.category")).containsExactly("NEWBORN");
    }

    @Test
    void certificatesAndRegistrationsSentTogetherInBothOrdersAreAllLinked() {
        LocalDate birthDate = TODAY.minusDays(12);
        List<String> certificates = new ArrayList<>();
        List<String> idNumbers = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            String certificateNo = TestIds.certificateNo();
            String idNumber = TestIds.idNumber(birthDate, i % 2 == 0);
            if (i % 2 == 0) {
                sendCertificate(certificateNo, birthDate);
                sendRegistration(certificateNo, idNumber);
            } else {
                sendRegistration(certificateNo, idNumber);
                sendCertificate(certificateNo, birthDate);
            }
            certificates.add(certificateNo);
            idNumbers.add(idNumber);
        }

        for (int i = 0; i < certificates.size(); i++) {
            String insuredId = Api.awaitNewborn(certificates.get(i), Duration.ofSeconds(20)).getString("insuredId");
            assertLinked(idNumbers.get(i), insuredId, certificates.get(i));
            assertThat(TestDatabase.number("enrollment", "select count(*) from pending_registration where certificate_no = ?",
                    certificates.get(i))).isZero();
        }
    }

    private static void assertLinked(String idNumber, String insuredId, String certificateNo) {
        JsonPath person = Api.awaitPersonByIdNumber(idNumber);
        assertThat(person.getString("insuredId")).isEqualTo(insuredId);
        assertThat(person.getString("birthCertificateNo")).isEqualTo(certificateNo);
        assertThat(person.getString("name")).isEqualTo("张悦");
        assertThat(person.getList("enrolments")).hasSize(1);
        assertThat(TestDatabase.number("enrollment", "select count(*) from person where id_number = ? or birth_certificate_no = ?",
                TestDatabase.sealed(idNumber), certificateNo)).isEqualTo(1);

        JsonNode linked = SuiteTopics.enrollmentEvents(insuredId, EnrollmentEvents.IDENTITY_LINKED, 1).get(0);
        assertThat(linked.at("/idNumber").asText()).isEqualTo(idNumber);
        assertThat(linked.at("/person/idNumber").asText()).isEqualTo(idNumber);
        assertThat(linked.at("/cause").asText()).startsWith(Topics.HOUSEHOLD_REGISTRATIONS);
        asAgency().get("/persons/{insuredId}/timeline", insuredId).then().statusCode(200)
                .body("items.kind", hasItems("ENROLLED", "IDENTITY_LINKED"));
    }
}
