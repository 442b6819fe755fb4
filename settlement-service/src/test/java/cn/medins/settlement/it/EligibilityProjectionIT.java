package cn.medins.settlement.it;

import static cn.medins.testing.ExactMoney.yuan;
import static cn.medins.settlement.it.Scenario.DATABASE;
import static cn.medins.settlement.it.Scenario.enrolled;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import cn.medins.contracts.CloudEventHeaders;
import cn.medins.contracts.Topics;
import cn.medins.contracts.assistance.AssistanceEvents;
import cn.medins.contracts.assistance.AssistanceEvents.NeedyAction;
import cn.medins.contracts.assistance.AssistanceEvents.NeedyStatusChanged;
import cn.medins.contracts.coverage.CatalogClass;
import cn.medins.contracts.coverage.Category;
import cn.medins.contracts.coverage.VisitType;
import cn.medins.contracts.enrollment.EnrollmentEvents;
import cn.medins.contracts.enrollment.EnrollmentEvents.PersonEnrolled;
import cn.medins.contracts.partner.NeedyCategory;
import cn.medins.testing.ExactMoney;
import cn.medins.testing.KafkaAndPostgresResource;
import cn.medins.testing.TestDatabase;
import cn.medins.testing.TestKafka;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
@QuarkusTestResource(value = KafkaAndPostgresResource.class, initArgs = @ResourceArg(name = "database", value = "settlement"))
class EligibilityProjectionIT {

    @BeforeAll
    static void exactMoney() {
        ExactMoney.exactDecimals();
    }

    @Test
    void aRevokedNeedyStatusEndsOneStopAssistanceFromItsEnd() {
        Scenario.Person person = enrolled(Category.ADULT).publish().needy(NeedyCategory.LOW_INCOME, LocalDate.of(2026, 1, 1));
        Scenario.send(Topics.ASSISTANCE_EVENTS, person.insuredId, AssistanceEvents.NEEDY_STATUS_CHANGED, new NeedyStatusChanged(
                person.idNumber, person.insuredId, NeedyCategory.LOW_INCOME, NeedyAction.REVOKED, LocalDate.of(2026, 1, 1),
                LocalDate.of(2026, 3, 31), Scenario.HOME, "test"));
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> TestDatabase.number(DATABASE,
                "select count(*) from needy_period where id_number = ? and valid_to = date '2026-03-31'", TestDatabase.sealed(person.idNumber)) == 1);

        // inside the period (the stay ends on 25 March): 100 within the deductible, 70% assisted.
        person.claim(VisitType.INPATIENT).admitted(LocalDate.of(2026, 3, 20)).item(CatalogClass.A, "100").settle()
                .statusCode(201).body("assistance", yuan("70"));
        person.claim(VisitType.OUTPATIENT).admitted(LocalDate.of(2026, 3, 31)).item(CatalogClass.A, "100").settle()
                .statusCode(201).body("assistance", yuan("28"));
        person.claim(VisitType.OUTPATIENT).admitted(LocalDate.of(2026, 4, 1)).item(CatalogClass.A, "100").settle()
                .statusCode(201).body("assistance", yuan("0"));
    }

    @Test
    void anEnrollmentEventWithoutAPersonIsDeadLetteredAndTheConsumerGoesOn() {
        String key = "P-broken-" + UUID.randomUUID();
        Scenario.send(Topics.ENROLLMENT_EVENTS, key, EnrollmentEvents.PERSON_ENROLLED, new PersonEnrolled(null, "E-1", "test"));
        Scenario.Person after = enrolled(Category.ADULT).publish();

        List<ConsumerRecord<String, byte[]>> dead = TestKafka.readUntil(Topics.deadLetterOf(Topics.ENROLLMENT_EVENTS),
                Duration.ofSeconds(30), all -> all.stream().anyMatch(r -> key.equals(r.key())));
        ConsumerRecord<String, byte[]> record = dead.stream().filter(r -> key.equals(r.key())).findFirst().orElseThrow();
        assertThat(TestKafka.header(record, CloudEventHeaders.DLQ_CONSUMER)).isEqualTo("settlement-service");
        assertThat(TestKafka.header(record, CloudEventHeaders.DLQ_REASON)).contains("person");
        after.claim(VisitType.OUTPATIENT).item(CatalogClass.A, "100").settle().statusCode(201);
    }
}
