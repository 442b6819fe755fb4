package cn.medins.assistance.it;

import static cn.medins.testing.TestTokens.asAgency;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import cn.medins.contracts.Topics;
import cn.medins.contracts.assistance.AssistanceEvents;
import cn.medins.contracts.partner.NeedyCategory;
import cn.medins.contracts.settlement.SettlementEvents;
import cn.medins.testing.KafkaAndPostgresResource;
import cn.medins.testing.TestDatabase;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
@QuarkusTestResource(value = KafkaAndPostgresResource.class, initArgs = @ResourceArg(name = "database", value = "assistance"))
class PersonalDataAtRestIT {

    @Test
    void aPaymentToTheBankReachesThePersonByIdNumberYetNoTableHoldsTheIdNumberOrTheAccountInClear() {
        String idNumber = TestPeople.idNumber();
        String insuredId = TestPeople.insuredId();
        Payloads.enrolResident(insuredId, idNumber);
        Payloads.Claim claim = Payloads.claim(insuredId, idNumber);
        claim.settleAndAwait();

        Payloads.sendStatus(Payloads.grant(idNumber, NeedyCategory.LOW_INCOME, LocalDate.now().withDayOfYear(1)));
        JsonNode request = SuiteEvents.awaitOn(Topics.ASSISTANCE_EVENTS, AssistanceEvents.ADJUDICATION_REQUESTED, idNumber).get(0);
        SuiteEvents.publish(Topics.SETTLEMENT_EVENTS, insuredId, SettlementEvents.ASSISTANCE_ADJUDICATED,
                Payloads.answer(request, claim.settlementId, new BigDecimal("9439.50")));

        JsonNode payment = SuiteEvents.awaitOn(Topics.PAYMENT_INSTRUCTIONS, AssistanceEvents.PAYMENT_INSTRUCTION, idNumber).get(0);
        assertThat(payment.path("account").path("accountNo").asText()).isEqualTo(Payloads.ACCOUNT_NO);
        Lookups.payments(idNumber).then().statusCode(200).body("total", equalTo(1));
        Lookups.needy(idNumber).then().statusCode(200).body("insuredId", equalTo(insuredId));

        assertThat(TestDatabase.tablesContaining(Awaits.DB, idNumber)).isEmpty();
        assertThat(TestDatabase.tablesContaining(Awaits.DB, Payloads.ACCOUNT_NO)).isEmpty();
    }
}
