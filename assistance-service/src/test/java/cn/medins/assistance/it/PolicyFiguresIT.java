package cn.medins.assistance.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import cn.medins.contracts.Topics;
import cn.medins.contracts.assistance.AssistanceEvents;
import cn.medins.contracts.coverage.Category;
import cn.medins.contracts.coverage.MaternityCaseType;
import cn.medins.contracts.coverage.Sex;
import cn.medins.contracts.coverage.VisitType;
import cn.medins.contracts.partner.NeedyCategory;
import cn.medins.contracts.settlement.SettlementEvents.AssistanceFigures;
import cn.medins.contracts.settlement.SettlementEvents.Diagnosis;
import cn.medins.contracts.settlement.SettlementEvents.Maternity;
import cn.medins.contracts.settlement.SettlementEvents.MaternityLeave;
import cn.medins.testing.KafkaAndPostgresResource;
import cn.medins.testing.TestDatabase;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;

/**
 * The matchers' figures come from settlement's policy versions ({@code PolicyActivated}), never from this service's
 * configuration: a subsidy uses the person's region's version in force, a claim the version it was rated under, and
 * what arrives before its version waits for it instead of being decided with other figures.
 */
@QuarkusTest
@QuarkusTestResource(value = KafkaAndPostgresResource.class, initArgs = @ResourceArg(name = "database", value = "assistance"))
class PolicyFiguresIT {

    private static final LocalDate THIS_YEAR = LocalDate.now().withDayOfYear(1);

    @Test
    void aSubsidyInARegionWithoutAnnouncedPolicyWaitsAndIsDecidedWithThatRegionsFiguresWhenItComes() {
        String idNumber = TestPeople.idNumber();
        String insuredId = TestPeople.insuredId();
        Payloads.enrol(insuredId, idNumber, Category.ADULT, LocalDate.of(1965, 5, 5), "370600");
        Awaits.projected(insuredId);
        Payloads.sendStatus(Payloads.grant(idNumber, NeedyCategory.LOW_INCOME, THIS_YEAR));
        Awaits.registered(idNumber, 1);
        assertThat(Awaits.decisions(idNumber, "PREMIUM_SUBSIDY")).as("no figures for Yantai yet").isZero();

        SuiteEvents.policyActivated(UUID.randomUUID().toString(), "370600-" + THIS_YEAR.getYear() + ".1", "370600", THIS_YEAR, 10,
                figures(new BigDecimal("380"), 98));

        JsonNode subsidy = SuiteEvents.awaitOn(Topics.ASSISTANCE_EVENTS, AssistanceEvents.PREMIUM_SUBSIDY_GRANTED, idNumber).get(0);
        assertThat(subsidy.path("amount").decimalValue()).isEqualByComparingTo("266.00");
        assertThat(subsidy.path("ratio").decimalValue()).isEqualByComparingTo("0.70");
        assertThat(subsidy.path("insuredId").asText()).isEqualTo(insuredId);
        assertThat(TestDatabase.number(Awaits.DB, "select count(*) from benefit_decision where kind = 'PREMIUM_SUBSIDY' "
                + "and details like ?", "%370600-" + THIS_YEAR.getYear() + ".1%")).isEqualTo(1);
    }

    @Test
    void aDeliveryRatedUnderAVersionNotYetAnnouncedWaitsForItAndIsPaidTheLeaveOfThatVersion() {
        String idNumber = TestPeople.idNumber("1992-03-03");
        Payloads.hired(idNumber);
        Payloads.sendStatus(Payloads.grant(idNumber, NeedyCategory.MONITORED, LocalDate.now()));
        Awaits.registered(idNumber, 1);
        String version = "371600-" + THIS_YEAR.getYear() + ".longer-leave-" + UUID.randomUUID().toString().substring(0, 8);

        Payloads.Claim delivery = Payloads.claim(TestPeople.insuredId(), idNumber).visit(VisitType.MATERNITY, 2,
                new Diagnosis("O80", true));
        delivery.category = Category.ACTIVE;
        delivery.sex = Sex.F;
        delivery.birthDate = LocalDate.of(1992, 3, 3);
        delivery.maternity = new Maternity(MaternityCaseType.SINGLE_VAGINAL, 1, 1);
        delivery.withSplit(Payloads.split("8000.00", "8000.00", "0.00", "0.00", "0.00", "0.00"));
        delivery.policyVersion = version;
        delivery.settle();
        // parked, not holding its partition: the claims behind it go on being applied meanwhile
        Awaits.until("select count(*) from settled_claim where settlement_id = ? and awaiting_policy = ?", 1,
                delivery.settlementId, version);
        Payloads.Claim behind = Payloads.claim(delivery.insuredId, TestPeople.idNumber());
        behind.settleAndAwait();

        SuiteEvents.policyActivated(UUID.randomUUID().toString(), version, "371600", THIS_YEAR.plusMonths(6), 20,
                figures(new BigDecimal("350"), 158));

        JsonNode payment = SuiteEvents.awaitOn(Topics.PAYMENT_INSTRUCTIONS, AssistanceEvents.PAYMENT_INSTRUCTION, idNumber).get(0);
        // 6,500 / 30 × 158 days, not the reference policy's 98
        assertThat(payment.path("amount").decimalValue()).isEqualByComparingTo("34233.33");
        assertThat(Awaits.decisions(idNumber, "MATERNITY_ALLOWANCE")).isEqualTo(1);
    }

    private static AssistanceFigures figures(BigDecimal premium, int leaveDays) {
        AssistanceFigures reference = SuiteEvents.referenceFigures();
        return new AssistanceFigures(premium, reference.premiumSubsidyRatios(), reference.reAssistanceThreshold(),
                new MaternityLeave(leaveDays, 15, 15));
    }
}
