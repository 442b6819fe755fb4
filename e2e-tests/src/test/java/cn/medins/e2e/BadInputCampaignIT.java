package cn.medins.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.BooleanSupplier;
import java.util.function.Function;
import java.util.function.Supplier;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.fasterxml.jackson.core.JsonProcessingException;

import cn.medins.contracts.Topics;
import cn.medins.e2e.SuiteClient.Caller;
import cn.medins.e2e.SuiteClient.Reply;
import cn.medins.e2e.badinput.BadInput;
import cn.medins.e2e.badinput.BadInputs;
import cn.medins.localstack.SuiteService;

/**
 * Malformed, truncated, oversized, wrongly typed and hostile input to every partner topic and every POST endpoint,
 * with valid input sent alongside: each bad record is dead-lettered with its reason, each bad request refused with a
 * problem, nothing they carry changes any state, no service dies or stalls, and every valid input is applied.
 */
@ExtendWith(Suite.class)
class BadInputCampaignIT {

    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Shanghai"));
    private static final Duration PATIENCE = Duration.ofSeconds(120);
    /** An institution only the campaign uses, so its settlements can be counted. */
    private static final String CAMPAIGN_HOSPITAL = "H3716099";
    private static final Caller HOSPITAL = Caller.institution(CAMPAIGN_HOSPITAL);
    private static final int VALID_EVERY = 15;
    /** Over the 2 MB every service accepts in a request body. */
    private static final byte[] OVERSIZED_BODY = oversized(800_000);
    /** Under the broker's 1 MB limit, so that it reaches the consumers, and far over any field's length. */
    private static final byte[] OVERSIZED_RECORD = oversized(300_000);

    private static final SuiteClient suite = Suite.client();
    private static Map<SuiteService, Long> pidsBefore;

    @BeforeAll
    static void rememberTheProcesses() {
        pidsBefore = pids();
        suite.register(CAMPAIGN_HOSPITAL, 3, "371600");
    }

    /** A partner topic: its consumers, a valid record to send alongside, how to see it applied, and what to break. */
    private record PartnerTopic(String topic, int consumers, Supplier<Valid> valid, Function<BadInputs, BadInputs> breaks) {
    }

    /** A valid record with its key, and how to tell that the suite applied it. */
    private record Valid(String key, Object payload, BooleanSupplier applied) {
    }

    @Test
    void everyBadPartnerRecordIsDeadLetteredWithItsReasonByEachConsumerAndTheValidOnesAlongsideAreApplied() {
        List<PartnerTopic> topics = List.of(
                new PartnerTopic(Topics.BIRTH_CERTIFICATES, 1, BadInputCampaignIT::validCertificate, bad -> bad
                        .required("certificateNo", "newbornName", "sex", "birthDate", "birthInstitutionId", "regionCode",
                                "mother", "mother.idNumber")
                        .idNumbers("mother.idNumber").dates("birthDate").enums("sex")
                        .strings("certificateNo", "newbornName", "birthInstitutionId", "regionCode", "mother.name")),
                new PartnerTopic(Topics.HOUSEHOLD_REGISTRATIONS, 1, BadInputCampaignIT::validRegistration, bad -> bad
                        .required("certificateNo", "idNumber", "name", "registeredAt", "regionCode")
                        .idNumbers("idNumber").dates("registeredAt").strings("certificateNo", "name", "regionCode")),
                new PartnerTopic(Topics.STUDENT_ROSTERS, 1, BadInputCampaignIT::validRosterEntry, bad -> bad
                        .required("schoolId", "schoolName", "schoolYear", "level", "idNumber", "name", "regionCode", "status")
                        .idNumbers("idNumber").enums("level", "status")
                        .strings("schoolId", "schoolName", "schoolYear", "name", "regionCode")),
                new PartnerTopic(Topics.ASSISTANCE_STATUS, 1, BadInputCampaignIT::validGrant, bad -> bad
                        .required("idNumber", "name", "regionCode", "category", "action", "validFrom")
                        .idNumbers("idNumber").enums("category", "action").dates("validFrom")
                        .strings("name", "regionCode", "bankAccount.accountNo")),
                new PartnerTopic(Topics.EMPLOYMENT_EVENTS, 2, BadInputCampaignIT::validHiring, bad -> bad
                        .required("eventNo", "type", "idNumber", "effectiveDate", "employerId", "regionCode")
                        .idNumbers("idNumber").enums("type").dates("effectiveDate").amounts("averageMonthlyWage")
                        .strings("eventNo", "employerId", "regionCode")));

        int tried = 0;
        List<String> notDeadLettered = new ArrayList<>();
        List<String> validNotApplied = new ArrayList<>();
        List<String> appliedFromBadRecords = new ArrayList<>();
        for (PartnerTopic partner : topics) {
            Map<String, String> labelsByKey = new HashMap<>();
            List<Valid> valid = new ArrayList<>();
            Valid template = partner.valid().get();
            List<BadInput> inputs = new ArrayList<>(partner.breaks().apply(BadInputs.from(json(template.payload()))).build());
            inputs.add(new BadInput("document: 900 KB name", OVERSIZED_RECORD, null));
            for (BadInput input : inputs) {
                String key = "BAD-" + UUID.randomUUID();
                labelsByKey.put(key, input.label());
                suite.publishBytes(partner.topic(), key, input.body());
                if (labelsByKey.size() % VALID_EVERY == 1) {
                    Valid record = partner.valid().get();
                    valid.add(record);
                    suite.publish(partner.topic(), record.key(), record.payload());
                }
            }
            tried += inputs.size();
            List<SuiteClient.Event> deadLetters = awaitDeadLetters(partner, labelsByKey.keySet());
            Map<String, Set<String>> consumersByKey = new HashMap<>();
            for (SuiteClient.Event letter : deadLetters) {
                assertThat(letter.headers().get("dlq-reason")).as(labelsByKey.get(letter.key())).isNotBlank();
                consumersByKey.computeIfAbsent(letter.key(), k -> new HashSet<>()).add(letter.headers().get("dlq-consumer"));
            }
            labelsByKey.forEach((key, label) -> {
                if (consumersByKey.getOrDefault(key, Set.of()).size() != partner.consumers()) {
                    notDeadLettered.add(partner.topic() + " " + label + " dead-lettered by " + consumersByKey.get(key));
                }
            });
            for (Valid record : valid) {
                if (!awaitQuietly(record.applied())) {
                    validNotApplied.add(partner.topic() + " " + record.key());
                }
            }
            // Each bad record is a broken copy of the template, which itself was never sent.
            if (template.applied().getAsBoolean()) {
                appliedFromBadRecords.add(partner.topic());
            }
            System.out.printf("bad-input campaign: %s: %d bad records, %d dead-lettered by every consumer, %d valid ones applied of %d%n",
                    partner.topic(), inputs.size(), inputs.size() - notDeadLettered.stream().filter(s -> s.startsWith(partner.topic() + " ")).count(),
                    valid.size() - validNotApplied.stream().filter(s -> s.startsWith(partner.topic() + " ")).count(), valid.size());
        }
        System.out.printf("bad-input campaign: %d bad partner records tried, %d handled%n", tried, tried - notDeadLettered.size());

        assertThat(notDeadLettered).isEmpty();
        assertThat(validNotApplied).isEmpty();
        assertThat(pids()).isEqualTo(pidsBefore);
    }

    /** A POST endpoint: who may call it, a valid body to send alongside (none where one would change the target), what to break. */
    private record Endpoint(SuiteService service, String path, Caller caller, Supplier<Object> valid,
            Function<BadInputs, BadInputs> breaks) {
    }

    @Test
    void everyBadRequestToEveryPostEndpointIsRefusedWithAProblemAndChangesNothing() {
        String patient = People.adult();
        String insuredId = suite.enrol(patient, "RESIDENT", "ADULT", "371600", TODAY.withDayOfYear(1));
        Supplier<Object> claim = () -> Claims.inpatient(CAMPAIGN_HOSPITAL, patient, TODAY.minusDays(9), 3, "J18.9", "2000.00");
        Reply first = SuiteClient.awaitStatus(201, PATIENCE,
                () -> suite.post(SuiteService.SETTLEMENT, "/settlements", HOSPITAL, claim.get()));
        String settlementId = first.body().path("settlementId").asText();
        Function<BadInputs, BadInputs> claimBreaks = bad -> bad
                .required("requestId", "institutionId", "institutionLevel", "institutionRegionCode", "visitType", "admissionDate",
                        "diagnoses", "items", "diagnoses[0].code", "items[0].code", "items[0].catalogClass", "items[0].category",
                        "items[0].quantity", "items[0].unitPrice")
                .idNumbers("idNumber").enums("visitType", "items[0].catalogClass", "items[0].category")
                .dates("admissionDate", "dischargeDate").amounts("items[0].unitPrice")
                .strings("requestId", "institutionId", "institutionRegionCode", "diagnoses[0].code", "items[0].code");
        long personsBefore = suite.count(SuiteService.ENROLLMENT, "select count(*) from person");
        List<Endpoint> endpoints = List.of(
                new Endpoint(SuiteService.ENROLLMENT, "/enrolments", Caller.AGENCY,
                        () -> Map.of("idNumber", People.adult(), "name", "测试", "scheme", "RESIDENT", "category", "ADULT",
                                "regionCode", "371600", "validFrom", TODAY.withDayOfYear(1)),
                        bad -> bad.required("idNumber", "name", "scheme", "category", "regionCode", "validFrom")
                                .idNumbers("idNumber").enums("scheme", "category").dates("validFrom").strings("name", "regionCode")),
                new Endpoint(SuiteService.ENROLLMENT, "/persons/" + insuredId + "/remote-care-registrations", Caller.AGENCY, null,
                        bad -> bad.required("targetRegionCode", "kind", "validFrom").enums("kind").dates("validFrom", "validTo")
                                .strings("targetRegionCode")),
                new Endpoint(SuiteService.SETTLEMENT, "/settlements", HOSPITAL, claim, claimBreaks),
                new Endpoint(SuiteService.SETTLEMENT, "/settlements/preview", HOSPITAL, claim, claimBreaks),
                new Endpoint(SuiteService.AUDIT, "/pre-checks", HOSPITAL, claim, claimBreaks),
                new Endpoint(SuiteService.SETTLEMENT, "/settlements/" + settlementId + "/reversal", HOSPITAL, null,
                        bad -> bad.required("reason").strings("reason")),
                new Endpoint(SuiteService.AUDIT, "/flags/" + UUID.randomUUID() + "/resolution", Caller.AUDITOR, null,
                        bad -> bad.required("decision").enums("decision")),
                new Endpoint(SuiteService.ASSISTANCE, "/cases/" + UUID.randomUUID() + "/review", Caller.AGENCY, null,
                        bad -> bad.required("decision").enums("decision").strings("note")));
        Map<Endpoint, Object> examples = Map.of(
                endpoints.get(1), Map.of("targetRegionCode", "370100", "kind", "LONG_TERM", "validFrom", TODAY,
                        "validTo", TODAY.plusYears(1)),
                endpoints.get(5), Map.of("reason", "wrong patient"),
                endpoints.get(6), Map.of("decision", "DISMISSED", "note", "no violation"),
                endpoints.get(7), Map.of("decision", "APPROVE", "note", "checked"));

        int tried = 0;
        int namedTheField = 0;
        int fieldLevel = 0;
        int validSettlements = 1;
        int validEnrolments = 0;
        List<String> notRefused = new ArrayList<>();
        List<String> validRefused = new ArrayList<>();
        for (Endpoint endpoint : endpoints) {
            Object example = endpoint.valid() != null ? endpoint.valid().get() : examples.get(endpoint);
            List<BadInput> inputs = new ArrayList<>(endpoint.breaks().apply(BadInputs.from(json(example))).build());
            inputs.add(new BadInput("document: 2.4 MB", OVERSIZED_BODY, null));
            for (int i = 0; i < inputs.size(); i++) {
                BadInput input = inputs.get(i);
                Reply reply = suite.post(endpoint.service(), endpoint.path(), endpoint.caller(), input.body());
                tried++;
                if (reply.status() < 400 || reply.status() >= 500 || !reply.isProblem()) {
                    notRefused.add(endpoint.path() + " " + input.label() + " -> " + reply.status() + " " + abbreviate(reply.text()));
                } else if (input.field() != null) {
                    fieldLevel++;
                    if (reply.text().contains(input.field())) {
                        namedTheField++;
                    } else {
                        System.out.println("  refused without naming " + input.field() + ": " + endpoint.path() + " "
                                + input.label() + " -> " + reply.status() + " " + abbreviate(reply.text()));
                    }
                }
                if (endpoint.valid() != null && i % VALID_EVERY == 0) {
                    Reply valid = suite.post(endpoint.service(), endpoint.path(), endpoint.caller(), endpoint.valid().get());
                    if (valid.status() / 100 != 2) {
                        validRefused.add(endpoint.path() + " -> " + valid.status() + " " + abbreviate(valid.text()));
                    } else if (endpoint.path().equals("/settlements")) {
                        validSettlements++;
                    } else if (endpoint.path().equals("/enrolments")) {
                        validEnrolments++;
                    }
                }
            }
        }
        for (String month : List.of("2026-13", "2026-1", "abcd", "0000-00", "2026-12-01", "%00")) {
            Reply reply = suite.post(SuiteService.SETTLEMENT, "/institutions/" + CAMPAIGN_HOSPITAL + "/clearings/" + month + "/close",
                    Caller.AGENCY, Map.of());
            tried++;
            if (reply.status() != 400 && reply.status() != 404 || !reply.isProblem()) {
                notRefused.add("clearing month " + month + " -> " + reply.status() + " " + abbreviate(reply.text()));
            }
        }
        System.out.printf("bad-input campaign: %d bad requests tried, %d refused with a problem, %d of %d field-level ones "
                + "named the field%n", tried, tried - notRefused.size(), namedTheField, fieldLevel);
        notRefused.forEach(line -> System.out.println("  not refused: " + line));

        assertThat(notRefused).isEmpty();
        assertThat(validRefused).isEmpty();
        assertThat(suite.count(SuiteService.SETTLEMENT, "select count(*) from settlement where institution_id = ?", CAMPAIGN_HOSPITAL))
                .isEqualTo(validSettlements);
        assertThat(suite.get(SuiteService.SETTLEMENT, "/settlements/" + settlementId, HOSPITAL).body().path("status").asText())
                .isEqualTo("SETTLED");
        assertThat(suite.count(SuiteService.ENROLLMENT, "select count(*) from person")).isEqualTo(personsBefore + validEnrolments);
        assertThat(suite.get(SuiteService.ENROLLMENT, "/persons/" + insuredId, Caller.AGENCY).body()
                .path("remoteCareRegistrations")).isEmpty();
        assertThat(pids()).isEqualTo(pidsBefore);
    }

    private static byte[] oversized(int characters) {
        return ("{\"name\":\"" + "测".repeat(characters) + "\"}").getBytes(StandardCharsets.UTF_8);
    }

    private static String abbreviate(String text) {
        return text == null || text.length() <= 300 ? text : text.substring(0, 300) + "…";
    }

    private static List<SuiteClient.Event> awaitDeadLetters(PartnerTopic partner, Set<String> keys) {
        List<List<SuiteClient.Event>> last = new ArrayList<>(List.of(List.of()));
        try {
            Awaitility.await().atMost(PATIENCE).pollInterval(Duration.ofSeconds(2)).until(() -> {
                last.set(0, suite.events(partner.topic() + ".dlq", event -> keys.contains(event.key())));
                return last.get(0).size() >= keys.size() * partner.consumers();
            });
        } catch (org.awaitility.core.ConditionTimeoutException incomplete) {
            // reported below, input by input, which is more use than a timeout
        }
        return last.get(0);
    }

    private static boolean awaitQuietly(BooleanSupplier condition) {
        try {
            Awaitility.await().atMost(PATIENCE).pollInterval(Duration.ofMillis(500)).until(condition::getAsBoolean);
            return true;
        } catch (org.awaitility.core.ConditionTimeoutException notApplied) {
            return false;
        }
    }

    private static Valid validCertificate() {
        String certificateNo = People.unique("Q");
        return new Valid(certificateNo, PartnerRecords.birthCertificate(certificateNo, TODAY.minusDays(2), People.adult()),
                () -> suite.count(SuiteService.ENROLLMENT, "select count(*) from person where birth_certificate_no = ?",
                        certificateNo) == 1);
    }

    private static Valid validRegistration() {
        LocalDate birth = TODAY.minusDays(4);
        String certificateNo = People.unique("Q");
        String idNumber = People.idNumber(birth);
        suite.publish(Topics.BIRTH_CERTIFICATES, certificateNo, PartnerRecords.birthCertificate(certificateNo, birth, People.adult()));
        return new Valid(idNumber, PartnerRecords.householdRegistration(certificateNo, idNumber), () -> isPerson(idNumber));
    }

    private static Valid validRosterEntry() {
        String idNumber = People.idNumber(LocalDate.of(2010, 9, 9));
        String schoolId = People.unique("S");
        return new Valid(schoolId + idNumber, PartnerRecords.rosterEntry(schoolId, idNumber), () -> isPerson(idNumber));
    }

    private static Valid validGrant() {
        String idNumber = People.adult();
        return new Valid(idNumber, PartnerRecords.lowIncomeGrant(idNumber),
                () -> suite.post(SuiteService.ASSISTANCE, "/needy-persons/search", Caller.AGENCY, Map.of("idNumber", idNumber)).status() == 200);
    }

    private static Valid validHiring() {
        String idNumber = People.adult();
        suite.enrol(idNumber, "EMPLOYEE", "ACTIVE", "371600", LocalDate.of(2022, 1, 1));
        Map<String, Object> hired = PartnerRecords.employmentEvent("HIRED", idNumber, TODAY.withDayOfMonth(1));
        return new Valid(idNumber, hired, () -> suite.count(SuiteService.ASSISTANCE,
                "select count(*) from employment_wage where employer_id = ?", hired.get("employerId")) == 1);
    }

    private static boolean isPerson(String idNumber) {
        return suite.person(idNumber).status() == 200;
    }

    private static String json(Object payload) {
        try {
            return SuiteClient.JSON.writeValueAsString(payload);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Map<SuiteService, Long> pids() {
        Map<SuiteService, Long> pids = new EnumMap<>(SuiteService.class);
        for (SuiteService service : SuiteService.values()) {
            pids.put(service, Suite.stack().pid(service));
        }
        return pids;
    }
}
