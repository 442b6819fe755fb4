package cn.medins.audit;

import static cn.medins.audit.Settlements.aspirinVisit;
import static cn.medins.audit.Settlements.unique;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

import cn.medins.contracts.IdNumbers;
import cn.medins.contracts.settlement.SettlementEvents.ClaimSettled;
import cn.medins.contracts.settlement.SettlementEvents.Patient;
import cn.medins.testing.KafkaAndPostgresResource;
import cn.medins.testing.TestDatabase;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
@QuarkusTestResource(value = KafkaAndPostgresResource.class, initArgs = @ResourceArg(name = "database", value = "audit"))
class PersonalDataAtRestIT extends AuditIntegrationBase {

    @Test
    void theSameIdNumberUnderTwoCardsInTwoCitiesIsFlaggedYetNoTableHoldsItInClear() {
        String first17 = "37160219880515" + unique("").substring(0, 3);
        String idNumber = first17 + IdNumbers.checkDigit(first17);
        ClaimSettled binzhou = carrying(idNumber, "371602", aspirinVisit(unique("S-"), unique("P-"), unique("H")));
        ClaimSettled jinan = carrying(idNumber, "370102", aspirinVisit(unique("S-"), unique("P-"), unique("H")));

        settlement.settled(binzhou);
        settlement.settled(jinan);

        // the two cards share nothing but the ID number, so the flag proves that the sealed column still matches
        Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> TestDatabase.number("audit",
                "select count(*) from flag where settlement_id = ? and rule_id = 'IDENTITY_TWO_CITIES'",
                jinan.settlementId()) == 1);
        assertThat(TestDatabase.number("audit", "select count(*) from billed_claim where id_number = ?",
                TestDatabase.sealed(idNumber))).isEqualTo(2);
        assertThat(TestDatabase.tablesContaining("audit", idNumber)).isEmpty();
    }

    private static ClaimSettled carrying(String idNumber, String city, ClaimSettled claim) {
        Patient patient = claim.patient();
        return new ClaimSettled(claim.settlementId(), claim.requestId(),
                new Patient(patient.insuredId(), idNumber, patient.sex(), patient.birthDate(), patient.scheme(),
                        patient.category(), patient.regionCode(), patient.needyCategory()),
                claim.institutionId(), claim.institutionLevel(), city, claim.visitType(), claim.admissionDate(),
                claim.dischargeDate(), claim.maternity(), claim.diagnoses(), claim.items(), claim.split(),
                claim.policyVersion(), claim.settledAt());
    }
}
