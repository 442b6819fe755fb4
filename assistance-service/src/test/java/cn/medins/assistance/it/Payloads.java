package cn.medins.assistance.it;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;

import cn.medins.contracts.Topics;
import cn.medins.contracts.coverage.CatalogClass;
import cn.medins.contracts.coverage.Category;
import cn.medins.contracts.coverage.Enrolment;
import cn.medins.contracts.coverage.EnrolmentStatus;
import cn.medins.contracts.coverage.ItemCategory;
import cn.medins.contracts.coverage.Sex;
import cn.medins.contracts.coverage.VisitType;
import cn.medins.contracts.enrollment.EnrollmentEvents;
import cn.medins.contracts.enrollment.PersonSnapshot;
import cn.medins.contracts.partner.AssistanceStatusChange;
import cn.medins.contracts.partner.EmploymentEvent;
import cn.medins.contracts.partner.AssistanceStatusChange.Action;
import cn.medins.contracts.partner.AssistanceStatusChange.BankAccount;
import cn.medins.contracts.partner.NeedyCategory;
import cn.medins.contracts.settlement.SettlementEvents;
import cn.medins.contracts.settlement.SettlementEvents.AdjudicatedClaim;
import cn.medins.contracts.settlement.SettlementEvents.AssistanceAdjudicated;
import cn.medins.contracts.settlement.SettlementEvents.ClaimSettled;
import cn.medins.contracts.settlement.SettlementEvents.Diagnosis;
import cn.medins.contracts.settlement.SettlementEvents.FundSplit;
import cn.medins.contracts.settlement.SettlementEvents.Item;
import cn.medins.contracts.settlement.SettlementEvents.Maternity;
import cn.medins.contracts.settlement.SettlementEvents.Patient;
import cn.medins.testing.TestDatabase;

/** Contract payloads the tests send, built from the event-contracts records so they cannot drift from them. */
final class Payloads {

    static final String REGION = "371600";
    static final String ACCOUNT_NO = "6228480000000000017";

    private Payloads() {
    }

    static AssistanceStatusChange grant(String idNumber, NeedyCategory category, LocalDate validFrom) {
        return new AssistanceStatusChange(idNumber, "赵大勇", REGION, category, Action.GRANTED, validFrom, null,
                new BankAccount("农商银行", ACCOUNT_NO, "赵大勇"));
    }

    static AssistanceStatusChange grantWithoutAccount(String idNumber, NeedyCategory category, LocalDate validFrom) {
        return new AssistanceStatusChange(idNumber, "赵大勇", REGION, category, Action.GRANTED, validFrom, null, null);
    }

    static AssistanceStatusChange change(String idNumber, NeedyCategory category, Action action, LocalDate validFrom,
            LocalDate validTo) {
        return new AssistanceStatusChange(idNumber, "赵大勇", REGION, category, action, validFrom, validTo, null);
    }

    static void sendStatus(AssistanceStatusChange change) {
        SuiteEvents.partner(Topics.ASSISTANCE_STATUS, change.idNumber(), change);
    }

    /** Enrollment announces a resident adult (or an employee) with the ID number; returns the ce_id. */
    static String enrol(String insuredId, String idNumber, Category category, LocalDate birthDate) {
        return enrol(insuredId, idNumber, category, birthDate, REGION);
    }

    /** The same, insured in another pooling region. */
    static String enrol(String insuredId, String idNumber, Category category, LocalDate birthDate, String regionCode) {
        Enrolment enrolment = new Enrolment("E-" + insuredId, category.scheme(), category, regionCode, EnrolmentStatus.ACTIVE,
                LocalDate.now().withDayOfYear(1).minusYears(1), null, "test");
        PersonSnapshot person = new PersonSnapshot(insuredId, idNumber, null, "赵大勇", Sex.M, birthDate,
                List.of(enrolment), List.of(), List.of());
        return SuiteEvents.publish(Topics.ENROLLMENT_EVENTS, insuredId, EnrollmentEvents.PERSON_ENROLLED,
                new EnrollmentEvents.PersonEnrolled(person, enrolment.enrolmentId(), "test"));
    }

    /** Enrollment announces a resident adult born 1965-05-05, and the projection has taken it. */
    static void enrolResident(String insuredId, String idNumber) {
        enrol(insuredId, idNumber, Category.ADULT, LocalDate.of(1965, 5, 5));
        Awaits.projected(insuredId);
    }

    /** Settlement's answer to the request this service published: the whole amount on one settlement, as assistance. */
    static AssistanceAdjudicated answer(JsonNode request, String settlementId, BigDecimal amount) {
        return answer(request, settlementId, BigDecimal.ZERO, amount);
    }

    /** Settlement's answer: critical illness re-rated at needy rates and assistance, both on one settlement. */
    static AssistanceAdjudicated answer(JsonNode request, String settlementId, BigDecimal criticalIllness, BigDecimal assistance) {
        BigDecimal amount = criticalIllness.add(assistance);
        return new AssistanceAdjudicated(request.path("requestId").asText(), request.path("insuredId").asText(),
                request.path("idNumber").asText(), request.path("kind").asText(), request.path("year").asInt(), amount,
                List.of(new AdjudicatedClaim(settlementId, amount, criticalIllness, assistance)), SuiteEvents.REFERENCE_VERSION);
    }

    /** Human resources reports the person hired at an employer paying 6,500 a month on average. */
    static void hired(String idNumber) {
        SuiteEvents.partner(Topics.EMPLOYMENT_EVENTS, idNumber, new EmploymentEvent("HR-" + idNumber, EmploymentEvent.Type.HIRED,
                idNumber, LocalDate.now().withDayOfYear(1), "E371600045", REGION, new BigDecimal("6500.00")));
        Awaits.until("select count(*) from employment_wage where id_number = ?", 1, TestDatabase.sealed(idNumber));
    }

    static Claim claim(String insuredId, String idNumber) {
        return new Claim(insuredId, idNumber);
    }

    /** A settled claim, adjustable in what the matchers look at. */
    static final class Claim {
        final String settlementId = "S-" + UUID.randomUUID();
        final String insuredId;
        final String idNumber;
        Category category = Category.ADULT;
        LocalDate birthDate = LocalDate.of(1965, 5, 5);
        Sex sex = Sex.M;
        NeedyCategory needyCategory;
        VisitType visitType = VisitType.INPATIENT;
        int level = 3;
        LocalDate admission = LocalDate.now().withDayOfYear(1).plusDays(10);
        LocalDate discharge = admission.plusDays(5);
        List<Diagnosis> diagnoses = List.of(new Diagnosis("K35.8", true));
        Maternity maternity;
        String policyVersion = SuiteEvents.REFERENCE_VERSION;
        FundSplit split = Payloads.split("60000.00", "60000.00", "35400.00", "0.00", "11115.00", "0.00");

        Claim(String insuredId, String idNumber) {
            this.insuredId = insuredId;
            this.idNumber = idNumber;
        }

        Claim on(LocalDate admissionDate, LocalDate dischargeDate) {
            admission = admissionDate;
            discharge = dischargeDate;
            return this;
        }

        Claim visit(VisitType type, int institutionLevel, Diagnosis... codes) {
            visitType = type;
            level = institutionLevel;
            diagnoses = List.of(codes);
            return this;
        }

        Claim withSplit(FundSplit fundSplit) {
            split = fundSplit;
            return this;
        }

        ClaimSettled event() {
            Patient patient = new Patient(insuredId, idNumber, sex, birthDate, category.scheme(), category, REGION, needyCategory);
            Item item = new Item("X1", "item", CatalogClass.A, ItemCategory.DRUG, BigDecimal.ONE, split.total(), split.total(),
                    split.total(), List.of());
            return new ClaimSettled(settlementId, "R-" + settlementId, patient, "H3716001", level, REGION, visitType,
                    admission, discharge, maternity, diagnoses, List.of(item), split, policyVersion, OffsetDateTime.now());
        }

        /** Publishes the ClaimSettled and waits until this service has applied it (and so run its matchers). */
        void settleAndAwait() {
            settle();
            Awaits.claim(settlementId);
        }

        /** Publishes the ClaimSettled as settlement's outbox would; returns the ce_id. */
        String settle() {
            return SuiteEvents.publish(Topics.SETTLEMENT_EVENTS, insuredId, SettlementEvents.CLAIM_SETTLED, event());
        }
    }

    /** A split adding up to the total: personal is what the listed funds leave. */
    static FundSplit split(String total, String inScope, String basicPool, String largeMedical, String criticalIllness,
            String assistance) {
        BigDecimal sum = new BigDecimal(basicPool).add(new BigDecimal(largeMedical)).add(new BigDecimal(criticalIllness))
                .add(new BigDecimal(assistance));
        return new FundSplit(new BigDecimal(total), new BigDecimal(inScope), BigDecimal.ZERO.setScale(2), BigDecimal.ZERO.setScale(2),
                new BigDecimal(basicPool), new BigDecimal(largeMedical), new BigDecimal(criticalIllness), new BigDecimal(assistance),
                BigDecimal.ZERO.setScale(2), new BigDecimal(total).subtract(sum));
    }
}
