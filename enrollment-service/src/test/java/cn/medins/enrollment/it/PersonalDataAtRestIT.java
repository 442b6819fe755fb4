package cn.medins.enrollment.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

import cn.medins.contracts.Topics;
import cn.medins.testing.KafkaAndPostgresResource;
import cn.medins.testing.TestDatabase;
import cn.medins.testing.TestKafka;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
@QuarkusTestResource(value = KafkaAndPostgresResource.class, initArgs = @ResourceArg(name = "database", value = "enrollment"))
class PersonalDataAtRestIT {

    private static final String DB = "enrollment";
    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Shanghai"));

    @Test
    void motherAndNewbornAreFoundByIdNumberYetNoTableHoldsEitherInClear() {
        String mother = TestIds.adult(false);
        String motherInsuredId = Api.enrol(mother, "RESIDENT", "ADULT", "371600", TODAY.withDayOfYear(1));
        String certificateNo = TestIds.certificateNo();
        String newborn = TestIds.idNumber(TODAY.minusDays(3), true);

        // the registration comes first, so it waits with the newborn's ID number until the certificate arrives
        TestKafka.sendJson(Topics.HOUSEHOLD_REGISTRATIONS, newborn,
                PartnerRecords.householdRegistration(certificateNo, newborn, "张悦", TODAY));
        Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> TestDatabase.number(DB,
                "select count(*) from pending_registration where id_number = ?", TestDatabase.sealed(newborn)) == 1);
        assertThat(TestDatabase.tablesContaining(DB, newborn)).isEmpty();

        TestKafka.sendJson(Topics.BIRTH_CERTIFICATES, certificateNo,
                PartnerRecords.birthCertificate(certificateNo, TODAY.minusDays(3), "371600", mother, null));

        assertThat(Api.awaitPersonByIdNumber(newborn).getString("birthCertificateNo")).isEqualTo(certificateNo);
        assertThat(Api.personByIdNumber(mother).getString("insuredId")).isEqualTo(motherInsuredId);
        assertThat(TestDatabase.number(DB, "select count(*) from family_link where relative_id_number = ?",
                TestDatabase.sealed(mother))).isEqualTo(1);
        assertThat(TestDatabase.tablesContaining(DB, mother)).isEmpty();
        assertThat(TestDatabase.tablesContaining(DB, newborn)).isEmpty();
    }
}
