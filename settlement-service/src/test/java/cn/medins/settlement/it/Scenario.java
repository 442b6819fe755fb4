package cn.medins.settlement.it;

import static cn.medins.testing.TestTokens.asAgency;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;

import org.awaitility.Awaitility;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

import cn.medins.contracts.CloudEventHeaders;
import cn.medins.contracts.EventType;
import cn.medins.contracts.IdNumbers;
import cn.medins.contracts.Topics;
import cn.medins.contracts.assistance.AssistanceEvents;
import cn.medins.contracts.assistance.AssistanceEvents.NeedyAction;
import cn.medins.contracts.assistance.AssistanceEvents.NeedyStatusChanged;
import cn.medins.contracts.claim.ClaimRequest;
import cn.medins.contracts.coverage.CatalogClass;
import cn.medins.contracts.coverage.Category;
import cn.medins.contracts.coverage.ChronicDisease;
import cn.medins.contracts.coverage.Enrolment;
import cn.medins.contracts.coverage.EnrolmentStatus;
import cn.medins.contracts.coverage.ItemCategory;
import cn.medins.contracts.coverage.Qualification;
import cn.medins.contracts.coverage.RemoteCareKind;
import cn.medins.contracts.coverage.RemoteCareRegistration;
import cn.medins.contracts.coverage.Sex;
import cn.medins.contracts.coverage.VisitType;
import cn.medins.contracts.enrollment.EnrollmentEvents;
import cn.medins.contracts.enrollment.EnrollmentEvents.PersonEnrolled;
import cn.medins.contracts.enrollment.PersonSnapshot;
import cn.medins.contracts.partner.NeedyCategory;
import cn.medins.testing.TestDatabase;
import cn.medins.testing.TestKafka;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

/** The other services' side in settlement tests: enrolled persons and needy status on Kafka, claims over HTTP. */
final class Scenario {

    static final String DATABASE = "settlement";
    static final String HOME = "371600";
    static final ObjectMapper JSON = new ObjectMapper().findAndRegisterModules()
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    private static final AtomicInteger PEOPLE = new AtomicInteger();
    /** The hospitals of reference/institutions.json, by level and region. */
    static final Map<String, String> REFERENCE_INSTITUTIONS = Map.of("3/371600", "H3716001", "2/371600", "H3716002",
            "1/371600", "H3716003", "3/370100", "H3701001", "2/370100", "H3701002", "1/370100", "H3701003", "3/370200", "H3702001",
            "3/110000", "H1100001", "2/110000", "H1100002", "1/110000", "H1100003");
    private static final Set<String> REGISTERED = ConcurrentHashMap.newKeySet();

    private Scenario() {
    }

    /** Distinct for the whole run: the test classes share one database, where a repeated ID number is one person. */
    static String idNumber() {
        int sequence = PEOPLE.getAndIncrement();
        String first17 = "371602" + (1950 + sequence / 1000 % 50) + "0101" + String.format("%03d", sequence % 1000);
        return first17 + IdNumbers.checkDigit(first17);
    }

    static String requestId() {
        return "H3716001-" + UUID.randomUUID();
    }

    /** A person enrolled in the home region from the start of 2026, as enrollment announces it. */
    static Person enrolled(Category category) {
        return new Person("P" + ThreadLocalRandom.current().nextLong(100_000_000_000L, 999_999_999_999L), idNumber(), category);
    }

    /** A newborn enrolled from the birth certificate alone: no ID number yet. */
    static Person newborn() {
        Person person = new Person("P" + ThreadLocalRandom.current().nextLong(100_000_000_000L, 999_999_999_999L), null, Category.NEWBORN);
        person.birthCertificateNo = "Q" + ThreadLocalRandom.current().nextLong(100_000_000L, 999_999_999L);
        return person;
    }

    static final class Person {
        final String insuredId;
        final String idNumber;
        final Category category;
        String birthCertificateNo;
        private String home = HOME;
        private String movedTo;
        private LocalDate movedOn;
        final List<Qualification> qualifications = new ArrayList<>();
        final List<RemoteCareRegistration> registrations = new ArrayList<>();

        Person(String insuredId, String idNumber, Category category) {
            this.insuredId = insuredId;
            this.idNumber = idNumber;
            this.category = category;
        }

        Person qualifiedFor(ChronicDisease disease) {
            qualifications.add(new Qualification(disease, LocalDate.of(2026, 1, 1), null, "test"));
            return this;
        }

        /** Enrolled in another pooling region than the reference policy's. */
        Person livingIn(String region) {
            this.home = region;
            return this;
        }

        /** Transferred (转移接续) to another pooling region: the home enrolment ends the day before {@code on}. */
        Person transferredTo(String region, LocalDate on) {
            this.movedTo = region;
            this.movedOn = on;
            return this;
        }

        Person registeredFor(String region) {
            registrations.add(new RemoteCareRegistration("R-" + insuredId, region, RemoteCareKind.LONG_TERM, LocalDate.of(2026, 1, 1), null));
            return this;
        }

        /** Publishes the person on {@code enrollment.events} and waits until settlement's projection has them. */
        Person publish() {
            Enrolment enrolment = new Enrolment("E-" + insuredId, category.scheme(), category, home, EnrolmentStatus.ACTIVE,
                    LocalDate.of(2026, 1, 1), movedOn == null ? null : movedOn.minusDays(1), "test");
            List<Enrolment> enrolments = movedTo == null ? List.of(enrolment) : List.of(enrolment, new Enrolment("E2-" + insuredId,
                    category.scheme(), category, movedTo, EnrolmentStatus.ACTIVE, movedOn, null, "transfer"));
            PersonSnapshot snapshot = new PersonSnapshot(insuredId, idNumber, birthCertificateNo, "测试", Sex.F, LocalDate.of(1980, 1, 1),
                    enrolments, qualifications, registrations);
            send(Topics.ENROLLMENT_EVENTS, insuredId, EnrollmentEvents.PERSON_ENROLLED, new PersonEnrolled(snapshot, enrolment.enrolmentId(), "test"));
            Awaitility.await().atMost(Duration.ofSeconds(30)).until(() ->
                    TestDatabase.number(DATABASE, "select count(*) from insured_person where insured_id = ?", insuredId) == 1);
            return this;
        }

        /** Publishes a needy status on {@code assistance.events} and waits until settlement knows it. */
        Person needy(NeedyCategory needy, LocalDate from) {
            send(Topics.ASSISTANCE_EVENTS, insuredId, AssistanceEvents.NEEDY_STATUS_CHANGED,
                    new NeedyStatusChanged(idNumber, insuredId, needy, NeedyAction.GRANTED, from, null, HOME, "test"));
            Awaitility.await().atMost(Duration.ofSeconds(30)).until(() ->
                    TestDatabase.number(DATABASE, "select count(*) from needy_period where id_number = ?", TestDatabase.sealed(idNumber)) == 1);
            return this;
        }

        Claim claim(VisitType visitType) {
            return new Claim(this, visitType);
        }
    }

    /** Registers a hospital through the API as agency staff would; one registered before stays as it is. */
    static void register(String institutionId, int level, String region) {
        int status = asAgency().contentType(ContentType.JSON)
                .body(Map.of("institutionId", institutionId, "name", "测试医院 " + institutionId, "type", "HOSPITAL", "level", level,
                        "regionCode", region))
                .post("/institutions").statusCode();
        if (status != 201 && status != 409) {
            throw new IllegalStateException("registering " + institutionId + " answered " + status);
        }
    }

    static void send(String topic, String key, EventType type, Object payload) {
        try {
            TestKafka.send(topic, key, JSON.writeValueAsString(payload).getBytes(StandardCharsets.UTF_8), Map.of(
                    CloudEventHeaders.SPEC_VERSION, CloudEventHeaders.SPEC_VERSION_VALUE,
                    CloudEventHeaders.ID, UUID.randomUUID().toString(),
                    CloudEventHeaders.TYPE, type.toString(),
                    CloudEventHeaders.SOURCE, type.domain() + "-service",
                    CloudEventHeaders.TIME, OffsetDateTime.now().toString(),
                    CloudEventHeaders.SUBJECT, key,
                    CloudEventHeaders.CONTENT_TYPE, CloudEventHeaders.JSON));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A claim body as a hospital's HIS sends it. */
    static final class Claim {
        private final Person person;
        private final VisitType visitType;
        private String requestId = Scenario.requestId();
        private int level = 3;
        private String region = HOME;
        private LocalDate admission = LocalDate.of(2026, 4, 1);
        private ClaimRequest.Maternity maternity;
        private String diagnosis = "I63.9";
        private final List<ClaimRequest.Item> items = new ArrayList<>();
        private String institutionId;
        private LocalDate discharge;

        Claim(Person person, VisitType visitType) {
            this.person = person;
            this.visitType = visitType;
        }

        Claim requestId(String id) {
            this.requestId = id;
            return this;
        }

        Claim level(int institutionLevel) {
            this.level = institutionLevel;
            return this;
        }

        Claim in(String institutionRegion) {
            this.region = institutionRegion;
            return this;
        }

        Claim at(String institution) {
            this.institutionId = institution;
            return this;
        }

        Claim admitted(LocalDate date) {
            this.admission = date;
            return this;
        }

        Claim discharged(LocalDate date) {
            this.discharge = date;
            return this;
        }

        Claim diagnosis(String code) {
            this.diagnosis = code;
            return this;
        }

        Claim delivery(ClaimRequest.Maternity delivery) {
            this.maternity = delivery;
            return this;
        }

        /** A treatment of {@code unitPrice} in the class. */
        Claim item(CatalogClass catalogClass, String unitPrice) {
            return item(catalogClass, ItemCategory.TREATMENT, unitPrice);
        }

        Claim item(CatalogClass catalogClass, ItemCategory category, String unitPrice) {
            items.add(new ClaimRequest.Item("X" + items.size(), "item " + items.size(), catalogClass, category,
                    BigDecimal.ONE, new BigDecimal(unitPrice), List.of()));
            return this;
        }

        String requestId() {
            return requestId;
        }

        /**
         * The reference institution of the claim's level and region (reference/institutions.json), or the one named
         * with {@link #at}; one the reference data does not have is registered first, as the agency would have.
         */
        String institutionId() {
            // a level no institution can have is the claim's own error; H3716001 lets the registry name it
            String otherwise = level >= 1 && level <= 3 ? "T" + region + level : "H3716001";
            String id = institutionId != null ? institutionId : REFERENCE_INSTITUTIONS.getOrDefault(level + "/" + region, otherwise);
            if (!REFERENCE_INSTITUTIONS.containsValue(id) && !id.equals("H3716001") && REGISTERED.add(id)) {
                register(id, level, region);
            }
            return id;
        }

        String json() {
            boolean stay = visitType == VisitType.INPATIENT || visitType == VisitType.MATERNITY;
            ClaimRequest request = new ClaimRequest(requestId, person.idNumber, null, person.birthCertificateNo, institutionId(), level, region, visitType,
                    admission, discharge != null ? discharge : stay ? admission.plusDays(5) : null, maternity, List.of(new ClaimRequest.Diagnosis(diagnosis, true)), items);
            try {
                return JSON.writeValueAsString(request);
            } catch (JsonProcessingException e) {
                throw new IllegalStateException(e);
            }
        }

        ValidatableResponse settle() {
            return asAgency().contentType(ContentType.JSON).body(json()).when().post("/settlements").then().log().ifValidationFails();
        }

        ValidatableResponse preview() {
            return asAgency().contentType(ContentType.JSON).body(json()).when().post("/settlements/preview").then().log().ifValidationFails();
        }
    }
}
