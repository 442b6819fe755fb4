package cn.medins.e2e;

import static cn.medins.e2e.SuiteClient.ofType;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.function.Supplier;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.fasterxml.jackson.databind.JsonNode;

import cn.medins.contracts.EventType;
import cn.medins.contracts.Topics;
import cn.medins.contracts.assistance.AssistanceEvents;
import cn.medins.contracts.enrollment.EnrollmentEvents;
import cn.medins.contracts.settlement.SettlementEvents;
import cn.medins.e2e.SuiteClient.Caller;
import cn.medins.e2e.SuiteClient.Reply;
import cn.medins.localstack.SuiteService;

/**
 * The six flows of ARCHITECTURE.md through the running suite, driven as partners and hospitals drive it: plain Kafka
 * records on the partner topics and HTTP calls with tokens, each effect checked where its owner publishes or serves it.
 */
@ExtendWith(Suite.class)
class SuiteFlowsIT {

    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Shanghai"));
    private static final LocalDate YEAR_START = TODAY.withDayOfYear(1);
    private static final Duration PATIENCE = Duration.ofSeconds(60);
    private static final Caller HOSPITAL = Caller.institution(Claims.HOSPITAL);

    private static final SuiteClient suite = Suite.client();

    @Test
    void aNewbornIsEnrolledAtBirthSettledTheSameDayAndKeepsOnePersonWhenRegistered() {
        LocalDate birth = TODAY.minusDays(1);
        String certificateNo = People.unique("Q");
        suite.publish(Topics.BIRTH_CERTIFICATES, certificateNo, PartnerRecords.birthCertificate(certificateNo, birth, People.adult()));
        String insuredId = awaitOk(() -> suite.get(SuiteService.ENROLLMENT, "/persons?birthCertificateNo=" + certificateNo,
                Caller.AGENCY)).body().path("insuredId").asText();

        Map<String, Object> bill = Claims.inpatient(Claims.HOSPITAL, null, birth, 1, "P59.9", "2400.00");
        bill.put("insuredId", insuredId);
        JsonNode settled = awaitStatus(201, () -> suite.post(SuiteService.SETTLEMENT, "/settlements", HOSPITAL, bill)).body();
        assertThat(settled.path("basicPool").decimalValue()).isPositive();
        assertThat(Claims.sumOfParts(settled)).isEqualByComparingTo(settled.path("total").decimalValue());

        String idNumber = People.idNumber(birth);
        suite.publish(Topics.HOUSEHOLD_REGISTRATIONS, idNumber, PartnerRecords.householdRegistration(certificateNo, idNumber));
        JsonNode registered = awaitOk(() -> suite.person(idNumber)).body();
        assertThat(registered.path("insuredId").asText()).isEqualTo(insuredId);
        assertThat(enrollmentEvents(EnrollmentEvents.PERSON_ENROLLED, insuredId)).hasSize(1);
        assertThat(enrollmentEvents(EnrollmentEvents.IDENTITY_LINKED, insuredId)).hasSize(1);
    }

    @Test
    void recordsDeliveredManyTimesAndTheRegistrationBeforeTheCertificateMakeOnePersonWithOneEffect() {
        LocalDate birth = TODAY.minusDays(3);
        String certificateNo = People.unique("Q");
        String idNumber = People.idNumber(birth);
        String mother = People.adult();
        for (int i = 0; i < 3; i++) {
            suite.publish(Topics.HOUSEHOLD_REGISTRATIONS, idNumber, PartnerRecords.householdRegistration(certificateNo, idNumber));
        }
        for (int i = 0; i < 3; i++) {
            suite.publish(Topics.BIRTH_CERTIFICATES, certificateNo, PartnerRecords.birthCertificate(certificateNo, birth, mother));
            suite.publish(Topics.HOUSEHOLD_REGISTRATIONS, idNumber, PartnerRecords.householdRegistration(certificateNo, idNumber));
        }

        JsonNode person = awaitOk(() -> suite.person(idNumber)).body();
        String insuredId = person.path("insuredId").asText();
        assertThat(person.path("birthCertificateNo").asText()).isEqualTo(certificateNo);
        assertThat(person.path("enrolments")).hasSize(1);
        assertThat(suite.count(SuiteService.ENROLLMENT, "select count(*) from person where birth_certificate_no = ?",
                certificateNo)).isEqualTo(1);
        assertThat(enrollmentEvents(EnrollmentEvents.PERSON_ENROLLED, insuredId)).hasSize(1);
        assertThat(enrollmentEvents(EnrollmentEvents.IDENTITY_LINKED, insuredId)).hasSize(1);
        Awaitility.await().atMost(PATIENCE).until(() -> suite.count(SuiteService.SETTLEMENT,
                "select count(*) from insured_person where insured_id = ?", insuredId) == 1);
    }

    @Test
    void aSchoolRosterEnrolsTheStudentsNotCoveredOnceAndLeavesTheCoveredOneAlone() {
        String covered = People.idNumber(LocalDate.of(2011, 5, 5));
        enrol(covered, "RESIDENT", "CHILD", "371600", YEAR_START);
        List<String> newcomers = List.of(People.idNumber(LocalDate.of(2011, 6, 6)), People.idNumber(LocalDate.of(2012, 7, 7)));
        String schoolId = People.unique("S");
        for (int delivery = 0; delivery < 2; delivery++) {
            for (String student : List.of(covered, newcomers.get(0), newcomers.get(1))) {
                suite.publish(Topics.STUDENT_ROSTERS, schoolId + student, PartnerRecords.rosterEntry(schoolId, student));
            }
        }

        for (String student : newcomers) {
            JsonNode person = awaitOk(() -> suite.person(student)).body();
            assertThat(person.path("enrolments")).hasSize(1);
            assertThat(person.path("enrolments").get(0).path("category").asText()).isEqualTo("STUDENT");
            assertThat(enrollmentEvents(EnrollmentEvents.PERSON_ENROLLED, person.path("insuredId").asText())).hasSize(1);
        }
        JsonNode left = suite.person(covered).body();
        assertThat(left.path("enrolments")).hasSize(1);
        assertThat(left.path("enrolments").get(0).path("category").asText()).isEqualTo("CHILD");
    }

    @Test
    void aTraceCodeSoldTwiceIsFlaggedConfirmedAndSubtractedByTheMonthlyClearing() {
        String code = "8312345" + People.unique("").replaceAll("[^0-9]", "7").substring(0, 10) + "001";
        String first = "H" + People.unique("").substring(0, 7);
        String second = "H" + People.unique("").substring(0, 7);
        LocalDate saleDate = TODAY;
        suite.register(first, 3, "371600");
        suite.register(second, 3, "371600");
        settleFor(first, People.adult(), Claims.drugSale(first, null, saleDate, code));
        JsonNode resold = settleFor(second, People.adult(), Claims.drugSale(second, null, saleDate, code));

        JsonNode flag = awaitBody(() -> suite.get(SuiteService.AUDIT, "/flags?institutionId=" + second, Caller.AUDITOR),
                body -> body.path("items").size() > 0).path("items").get(0);
        assertThat(flag.path("ruleId").asText()).isEqualTo("TRACE_RESOLD");
        assertThat(flag.path("settlementId").asText()).isEqualTo(resold.path("settlementId").asText());
        String clearing = "/institutions/" + second + "/clearings/" + saleDate.toString().substring(0, 7);
        JsonNode beforeAudit = awaitBody(() -> suite.get(SuiteService.SETTLEMENT, clearing, Caller.AGENCY),
                body -> body.path("openFlags").asInt() == 1);
        assertThat(suite.post(SuiteService.SETTLEMENT, clearing + "/close", Caller.AGENCY, Map.of()).status()).isEqualTo(409);

        Reply confirmed = suite.post(SuiteService.AUDIT, "/flags/" + flag.path("flagId").asText() + "/resolution",
                Caller.AUDITOR, Map.of("decision", "CONFIRMED", "note", "the pack was sold before"));
        assertThat(confirmed.status()).isEqualTo(200);
        // the resold pack is the whole claim: the deduction is what the funds paid for it, never the patient's share
        BigDecimal deduction = resold.path("total").decimalValue().subtract(resold.path("personal").decimalValue());
        assertThat(deduction).isLessThan(flag.path("amount").decimalValue());
        JsonNode afterAudit = awaitBody(() -> suite.get(SuiteService.SETTLEMENT, clearing, Caller.AGENCY),
                body -> body.path("auditDeductions").decimalValue().signum() > 0 && body.path("openFlags").asInt() == 0);
        assertThat(afterAudit.path("auditDeductions").decimalValue()).isEqualByComparingTo(deduction);
        // netPayable is never negative: what the deduction takes beyond the month's payment is carried forward.
        BigDecimal balance = beforeAudit.path("netPayable").decimalValue().subtract(deduction);
        assertThat(afterAudit.path("netPayable").decimalValue()).isEqualByComparingTo(balance.max(BigDecimal.ZERO));
        assertThat(afterAudit.path("carriedForward").decimalValue()).isEqualByComparingTo(balance.min(BigDecimal.ZERO));
        Reply closed = suite.post(SuiteService.SETTLEMENT, clearing + "/close", Caller.AGENCY, Map.of());
        assertThat(closed.status()).isEqualTo(200);
        assertThat(closed.body().path("status").asText()).isEqualTo("CLOSED");
        suite.awaitEvents(Topics.SETTLEMENT_EVENTS, ofType(SettlementEvents.CLEARING_CLOSED,
                value -> second.equals(value.path("institutionId").asText())), 1, PATIENCE);
    }

    @Test
    void aLowIncomeGrantDeliveredThreeTimesPaysTheMissedAssistanceOnceAndLaterStaysAreAssistedAtTheCounter() {
        String idNumber = People.adult();
        enrolResident(idNumber);
        JsonNode before = settle(Claims.inpatient(Claims.HOSPITAL, idNumber, TODAY.minusDays(20), 6, "J18.9", "60000.00"));
        assertThat(before.path("assistance").decimalValue()).isZero();

        for (int i = 0; i < 3; i++) {
            suite.publish(Topics.ASSISTANCE_STATUS, idNumber, PartnerRecords.lowIncomeGrant(idNumber));
        }
        SuiteClient.Event payment = suite.awaitEvents(Topics.PAYMENT_INSTRUCTIONS,
                event -> idNumber.equals(event.value().path("idNumber").asText()), 1, PATIENCE).get(0);
        assertThat(payment.value().path("amount").decimalValue()).isPositive();
        // Settled again at needy rates: critical illness pays the difference and assistance the rest, item by item.
        JsonNode items = payment.value().path("items");
        assertThat(items.findValuesAsText("settlementId")).containsOnly(before.path("settlementId").asText());
        assertThat(items.findValuesAsText("fund")).containsExactly("CRITICAL_ILLNESS", "MEDICAL_ASSISTANCE");
        assertThat(items.findValues("amount").stream().map(JsonNode::decimalValue).reduce(BigDecimal.ZERO, BigDecimal::add))
                .isEqualByComparingTo(payment.value().path("amount").decimalValue());
        suite.awaitEvents(Topics.ASSISTANCE_EVENTS, ofType(AssistanceEvents.PREMIUM_SUBSIDY_GRANTED,
                value -> idNumber.equals(value.path("idNumber").asText())), 1, PATIENCE);

        JsonNode after = awaitBody(() -> suite.post(SuiteService.SETTLEMENT, "/settlements/preview", HOSPITAL,
                Claims.inpatient(Claims.HOSPITAL, idNumber, TODAY.minusDays(5), 3, "J18.9", "30000.00")),
                body -> body.path("assistance").decimalValue().signum() > 0);
        assertThat(Claims.sumOfParts(after)).isEqualByComparingTo(after.path("total").decimalValue());
        // Re-assistance may follow once the year's burden crosses its threshold: one payment per decision, never two.
        List<SuiteClient.Event> payments = suite.events(Topics.PAYMENT_INSTRUCTIONS,
                event -> idNumber.equals(event.value().path("idNumber").asText()));
        assertThat(payments.stream().map(event -> event.value().path("decisionId").asText())).doesNotHaveDuplicates();
        assertThat(payments.stream().filter(event -> event.value().path("reason").asText().startsWith("RETROACTIVE_ASSISTANCE")))
                .hasSize(1);
    }

    @Test
    void retirementAndATransferFromAnotherRegionMoveCoverageWithNobodyApplying() {
        String retiring = People.adult();
        String moving = People.adult();
        String retiringId = enrol(retiring, "EMPLOYEE", "ACTIVE", "371600", LocalDate.of(2021, 1, 1));
        String movingId = enrol(moving, "EMPLOYEE", "ACTIVE", "370100", LocalDate.of(2021, 1, 1));
        LocalDate effective = TODAY.withDayOfMonth(1);
        suite.publish(Topics.EMPLOYMENT_EVENTS, retiring, PartnerRecords.employmentEvent("RETIRED", retiring, effective));
        suite.publish(Topics.EMPLOYMENT_EVENTS, moving, PartnerRecords.employmentEvent("HIRED", moving, effective));

        JsonNode changed = suite.awaitEvents(Topics.ENROLLMENT_EVENTS, ofType(EnrollmentEvents.ENROLLMENT_CHANGED,
                value -> retiringId.equals(value.path("person").path("insuredId").asText())), 1, PATIENCE).get(0).value();
        assertThat(changed.path("change").asText()).isEqualTo("CATEGORY");
        JsonNode transfer = suite.awaitEvents(Topics.ENROLLMENT_EVENTS, ofType(EnrollmentEvents.TRANSFER_COMPLETED,
                value -> movingId.equals(value.path("person").path("insuredId").asText())), 1, PATIENCE).get(0).value();
        assertThat(transfer.path("toRegionCode").asText()).isEqualTo("371600");
        assertThat(suite.get(SuiteService.ENROLLMENT, "/persons/" + retiringId, Caller.AGENCY).body()
                .path("enrolments").findValuesAsText("category")).containsExactly("ACTIVE", "RETIRED");
    }

    @Test
    void settledStaysRecogniseAChronicDiseaseReferAStrokeToLongTermCareAndGrantAMaternityAllowance() {
        String hypertensive = People.adult();
        String hypertensiveId = enrolResident(hypertensive);
        settle(Claims.inpatient(Claims.HOSPITAL, hypertensive, TODAY.minusDays(12), 4, "I10", "8000.00"));
        benefit(hypertensive, "CHRONIC_DISEASE_RECOGNITION");
        awaitBody(() -> suite.get(SuiteService.ENROLLMENT, "/persons/" + hypertensiveId, Caller.AGENCY),
                body -> body.path("qualifications").size() == 1);

        String elderly = People.idNumber(LocalDate.of(1954, 3, 3));
        enrolResident(elderly);
        settle(Claims.inpatient(Claims.HOSPITAL, elderly, TODAY.minusDays(15), 10, "I63.9", "30000.00"));
        benefit(elderly, "LONG_TERM_CARE_REFERRAL");

        String mother = People.woman(LocalDate.of(1992, 3, 3));
        enrol(mother, "EMPLOYEE", "ACTIVE", "371600", LocalDate.of(2020, 1, 1));
        Map<String, Object> hired = PartnerRecords.employmentEvent("HIRED", mother, LocalDate.of(2020, 1, 1));
        suite.publish(Topics.EMPLOYMENT_EVENTS, mother, hired);
        Awaitility.await().atMost(PATIENCE).until(() -> suite.count(SuiteService.ASSISTANCE,
                "select count(*) from employment_wage where employer_id = ?", hired.get("employerId")) == 1);
        JsonNode delivery = settle(Claims.delivery(mother, TODAY.minusDays(4)));
        assertThat(delivery.path("maternityFund").decimalValue()).isPositive();
        JsonNode allowance = benefit(mother, "MATERNITY_ALLOWANCE");
        int leaveDays = allowance.path("details").path("leaveDays").asInt();
        assertThat(allowance.path("amount").decimalValue()).isEqualByComparingTo(new BigDecimal("6500.00")
                .multiply(BigDecimal.valueOf(leaveDays)).divide(BigDecimal.valueOf(30), 2, RoundingMode.HALF_UP));
    }

    private static JsonNode benefit(String idNumber, String kind) {
        List<SuiteClient.Event> granted = suite.awaitEvents(Topics.ASSISTANCE_EVENTS, ofType(AssistanceEvents.BENEFIT_GRANTED,
                value -> kind.equals(value.path("kind").asText()) && idNumber.equals(value.path("idNumber").asText())), 1, PATIENCE);
        assertThat(granted).hasSize(1);
        return granted.get(0).value();
    }

    private static List<SuiteClient.Event> enrollmentEvents(EventType type, String insuredId) {
        return suite.events(Topics.ENROLLMENT_EVENTS, ofType(type, value -> insuredId.equals(value.path("person").path("insuredId").asText())));
    }

    private static String enrolResident(String idNumber) {
        return suite.enrol(idNumber, "RESIDENT", "ADULT", "371600", YEAR_START);
    }

    private static String enrol(String idNumber, String scheme, String category, String region, LocalDate validFrom) {
        return suite.enrol(idNumber, scheme, category, region, validFrom);
    }

    /** Settles once settlement's projection knows the person: enrolment reaches it as an event, a moment later. */
    private static JsonNode settle(Map<String, Object> claim) {
        return settleFor((String) claim.get("institutionId"), null, claim);
    }

    private static JsonNode settleFor(String institutionId, String newResident, Map<String, Object> claim) {
        if (newResident != null) {
            enrolResident(newResident);
            claim.put("idNumber", newResident);
        }
        Caller caller = Caller.institution(institutionId);
        JsonNode settled = awaitStatus(201, () -> suite.post(SuiteService.SETTLEMENT, "/settlements", caller, claim)).body();
        assertThat(Claims.sumOfParts(settled)).isEqualByComparingTo(settled.path("total").decimalValue());
        return settled;
    }

    private static Reply awaitOk(Supplier<Reply> call) {
        return awaitStatus(200, call);
    }

    private static Reply awaitStatus(int status, Supplier<Reply> call) {
        return SuiteClient.awaitStatus(status, PATIENCE, call);
    }

    private static JsonNode awaitBody(Supplier<Reply> call, Predicate<JsonNode> done) {
        JsonNode[] last = new JsonNode[1];
        Awaitility.await().atMost(PATIENCE).pollInterval(Duration.ofMillis(300)).until(() -> {
            Reply reply = call.get();
            last[0] = reply.body();
            return reply.status() / 100 == 2 && done.test(reply.body());
        });
        return last[0];
    }
}
