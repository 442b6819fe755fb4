package cn.medins.enrollment.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.UUID;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import cn.medins.contracts.CloudEventHeaders;
import cn.medins.contracts.EventType;
import cn.medins.contracts.Topics;
import cn.medins.contracts.assistance.AssistanceEvents;
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
class AssistanceEventsIT {

    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Shanghai"));
    private static final int YEAR = TODAY.getYear();

    /** Publishes a suite event as the assistance service's outbox relay does: CloudEvents headers, key by ID number. */
    private static String publish(EventType type, String key, String json) {
        String id = UUID.randomUUID().toString();
        publish(id, type, key, json);
        return id;
    }

    private static void publish(String id, EventType type, String key, String json) {
        TestKafka.send(Topics.ASSISTANCE_EVENTS, key, json.getBytes(StandardCharsets.UTF_8), Map.of(
                CloudEventHeaders.SPEC_VERSION, CloudEventHeaders.SPEC_VERSION_VALUE,
                CloudEventHeaders.ID, id,
                CloudEventHeaders.TYPE, type.toString(),
                CloudEventHeaders.SOURCE, "assistance-service",
                CloudEventHeaders.CONTENT_TYPE, CloudEventHeaders.JSON));
    }

    private static String subsidy(String decisionId, String idNumber) {
        return """
                {"decisionId":"%s","idNumber":"%s","insuredId":null,"category":"LOW_INCOME","year":%d,"ratio":0.7,
                 "amount":245.00,"cause":"partner.civil-affairs.assistance-status-0-3"}""".formatted(decisionId, idNumber, YEAR);
    }

    private static String recognition(String decisionId, String kind, String idNumber, String disease) {
        return """
                {"decisionId":"%s","kind":"%s","idNumber":"%s","insuredId":null,"amount":null,
                 "details":{"disease":"%s","validFrom":"%s"},
                 "matchedFacts":[{"eventId":"e-1","field":"diagnoses[0].code","value":"I10"}],
                 "decidedAt":"%sT10:00:00+08:00"}""".formatted(decisionId, kind, idNumber, disease, TODAY, TODAY);
    }

    private static String needy(String idNumber, String action, LocalDate validFrom, LocalDate validTo) {
        return """
                {"idNumber":"%s","insuredId":null,"category":"LOW_INCOME","action":"%s","validFrom":"%s","validTo":%s,
                 "regionCode":"371600","cause":"partner.civil-affairs.assistance-status-0-7"}"""
                .formatted(idNumber, action, validFrom, validTo == null ? "null" : "\"" + validTo + "\"");
    }

    @Test
    void aPremiumSubsidyIsRecordedOnTheContributionOnceWhateverIsReplayed() {
        String idNumber = TestIds.adult(true);
        String insuredId = Api.enrol(idNumber, "RESIDENT", "ADULT", "371600", TODAY.withDayOfYear(1));
        String decisionId = "D-" + UUID.randomUUID();
        String eventId = publish(AssistanceEvents.PREMIUM_SUBSIDY_GRANTED, idNumber, subsidy(decisionId, idNumber));
        publish(eventId, AssistanceEvents.PREMIUM_SUBSIDY_GRANTED, idNumber, subsidy(decisionId, idNumber));
        publish(AssistanceEvents.PREMIUM_SUBSIDY_GRANTED, idNumber, subsidy(decisionId, idNumber));

        TimelineAwait.until(insuredId, "SUBSIDY_RECORDED");
        JsonPath person = Api.person(insuredId);
        assertThat(person.getList("contributions")).hasSize(1);
        assertThat(person.getInt("contributions[0].year")).isEqualTo(YEAR);
        assertThat(new BigDecimal(person.getString("contributions[0].amount"))).isEqualByComparingTo("245.00");
        assertThat(person.getString("contributions[0].decisionId")).isEqualTo(decisionId);
        // Published after the three, on the same key: once it is applied, so are they.
        publish(AssistanceEvents.NEEDY_STATUS_CHANGED, idNumber, needy(idNumber, "GRANTED", TODAY.withDayOfYear(1), null));
        TimelineAwait.until(insuredId, "NEEDY_STATUS_CHANGED");
        assertThat(TestDatabase.number("enrollment", "select count(*) from contribution_subsidy where id_number = ?", TestDatabase.sealed(idNumber)))
                .isEqualTo(1);
        assertThat(Api.timeline(insuredId).getList("items.kind")).containsOnlyOnce("SUBSIDY_RECORDED");
    }

    @Test
    void aSubsidyForSomeoneNotYetInsuredIsShownOnceThePersonEnrols() {
        String idNumber = TestIds.adult(false);
        publish(AssistanceEvents.PREMIUM_SUBSIDY_GRANTED, idNumber, subsidy("D-" + UUID.randomUUID(), idNumber));
        Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> TestDatabase.number("enrollment",
                "select count(*) from contribution_subsidy where id_number = ?", TestDatabase.sealed(idNumber)) == 1);

        String insuredId = Api.enrol(idNumber, "RESIDENT", "ADULT", "371600", TODAY.withDayOfYear(1));

        assertThat(Api.person(insuredId).getList("contributions.year")).containsExactly(YEAR);
    }

    @Test
    void aChronicDiseaseRecognitionGrantsTheQualificationAndAnnouncesIt() {
        String idNumber = TestIds.adult(true);
        String insuredId = Api.enrol(idNumber, "RESIDENT", "ADULT", "371600", TODAY.withDayOfYear(1));

        publish(AssistanceEvents.BENEFIT_GRANTED, insuredId,
                recognition("D-" + UUID.randomUUID(), "CHRONIC_DISEASE_RECOGNITION", idNumber, "HYPERTENSION"));

        JsonNode granted = SuiteTopics.enrollmentEvents(insuredId, EnrollmentEvents.QUALIFICATION_GRANTED, 1).get(0);
        assertThat(granted.at("/disease").asText()).isEqualTo("HYPERTENSION");
        assertThat(granted.at("/person/qualifications/0/validFrom").asText()).isEqualTo(TODAY.toString());
        assertThat(Api.person(insuredId).getList("qualifications.disease")).containsExactly("HYPERTENSION");
    }

    @Test
    void aRecognitionForAnUnknownPersonOrDiseaseIsDeadLetteredAndOtherBenefitsAreIgnored() {
        String unknown = TestIds.adult(true);
        publish(AssistanceEvents.BENEFIT_GRANTED, unknown,
                recognition("D-" + UUID.randomUUID(), "CHRONIC_DISEASE_RECOGNITION", unknown, "DIABETES"));
        String insured = TestIds.adult(false);
        String insuredId = Api.enrol(insured, "RESIDENT", "ADULT", "371600", TODAY.withDayOfYear(1));
        publish(AssistanceEvents.BENEFIT_GRANTED, insured,
                recognition("D-" + UUID.randomUUID(), "CHRONIC_DISEASE_RECOGNITION", insured, "GOUT"));
        publish(AssistanceEvents.BENEFIT_GRANTED, insured,
                recognition("D-" + UUID.randomUUID(), "MATERNITY_ALLOWANCE", insured, "HYPERTENSION"));
        publish(AssistanceEvents.NEEDY_STATUS_CHANGED, insured, needy(insured, "GRANTED", TODAY.withDayOfYear(1), null));

        assertThat(SuiteTopics.deadLetterReason(Topics.ASSISTANCE_EVENTS, unknown)).contains("no insured person");
        assertThat(SuiteTopics.deadLetterReason(Topics.ASSISTANCE_EVENTS, insured)).contains("details.disease");
        TimelineAwait.until(insuredId, "NEEDY_STATUS_CHANGED");
        assertThat(Api.person(insuredId).getList("qualifications")).isEmpty();
    }

    @Test
    void needyStatusIsProjectedAndARevocationEndsIt() {
        String idNumber = TestIds.adult(true);
        String insuredId = Api.enrol(idNumber, "RESIDENT", "ADULT", "371600", TODAY.withDayOfYear(1));
        LocalDate from = TODAY.minusDays(30);

        publish(AssistanceEvents.NEEDY_STATUS_CHANGED, idNumber, needy(idNumber, "GRANTED", from, null));
        TimelineAwait.until(insuredId, "NEEDY_STATUS_CHANGED");
        assertThat(Api.person(insuredId).getList("needy.current")).containsExactly("LOW_INCOME");

        publish(AssistanceEvents.NEEDY_STATUS_CHANGED, idNumber, needy(idNumber, "REVOKED", from, TODAY.minusDays(1)));
        Awaitility.await().atMost(Duration.ofSeconds(20))
                .until(() -> Api.person(insuredId).getList("needy.current").isEmpty());
        JsonPath person = Api.person(insuredId);
        assertThat(person.getString("needy.periods[0].validTo")).isEqualTo(TODAY.minusDays(1).toString());
        assertThat(person.getList("needy.periods")).hasSize(1);
    }

    @Test
    void aRevocationFromThePeriodsFirstDayLeavesItCoveringNoDate() {
        String idNumber = TestIds.adult(false);
        String insuredId = Api.enrol(idNumber, "RESIDENT", "ADULT", "371600", TODAY.withDayOfYear(1));
        LocalDate from = TODAY.minusDays(30);

        publish(AssistanceEvents.NEEDY_STATUS_CHANGED, idNumber, needy(idNumber, "GRANTED", from, null));
        TimelineAwait.until(insuredId, "NEEDY_STATUS_CHANGED");
        publish(AssistanceEvents.NEEDY_STATUS_CHANGED, idNumber, needy(idNumber, "REVOKED", from, from.minusDays(1)));

        Awaitility.await().atMost(Duration.ofSeconds(20))
                .until(() -> Api.person(insuredId).getList("needy.current").isEmpty());
        JsonPath person = Api.person(insuredId);
        assertThat(person.getString("needy.periods[0].validTo")).isEqualTo(from.minusDays(1).toString());
        assertThat(person.getList("needy.periods")).hasSize(1);
    }
}
