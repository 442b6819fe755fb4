package cn.medins.settlement.it;

import static cn.medins.settlement.it.Scenario.DATABASE;
import static cn.medins.settlement.it.Scenario.enrolled;
import static cn.medins.testing.ExactMoney.yuan;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import cn.medins.contracts.coverage.CatalogClass;
import cn.medins.contracts.coverage.Category;
import cn.medins.contracts.coverage.VisitType;
import cn.medins.contracts.partner.NeedyCategory;
import cn.medins.testing.ExactMoney;
import cn.medins.testing.KafkaAndPostgresResource;
import cn.medins.testing.TestDatabase;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
@QuarkusTestResource(value = KafkaAndPostgresResource.class, initArgs = @ResourceArg(name = "database", value = DATABASE))
class PersonalDataAtRestIT {

    @BeforeAll
    static void exactMoney() {
        ExactMoney.exactDecimals();
    }

    @Test
    void aNeedyPersonsSettlementUsesTheIdNumberYetNoTableHoldsItInClear() {
        Scenario.Person person = enrolled(Category.ADULT).publish().needy(NeedyCategory.LOW_INCOME, LocalDate.of(2026, 1, 1));

        // the needy period is found through the sealed ID number: without it there would be no assistance
        person.claim(VisitType.INPATIENT).item(CatalogClass.A, "60000").settle().statusCode(201)
                .body("assistance", yuan("9439.50"));

        assertThat(TestDatabase.number(DATABASE, "select count(*) from settlement where id_number = ?",
                TestDatabase.sealed(person.idNumber))).isEqualTo(1);
        assertThat(TestDatabase.tablesContaining(DATABASE, person.idNumber)).isEmpty();
    }
}
