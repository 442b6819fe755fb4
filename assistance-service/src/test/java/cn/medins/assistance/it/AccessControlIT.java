package cn.medins.assistance.it;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import cn.medins.contracts.coverage.VisitType;
import cn.medins.contracts.partner.NeedyCategory;
import cn.medins.contracts.settlement.SettlementEvents.Diagnosis;
import cn.medins.testing.AccessMatrix;
import cn.medins.testing.Endpoint;
import cn.medins.testing.KafkaAndPostgresResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
@QuarkusTestResource(value = KafkaAndPostgresResource.class, initArgs = @ResourceArg(name = "database", value = "assistance"))
class AccessControlIT {

    @TestFactory
    Stream<DynamicTest> everyEndpointAnswersEveryRoleAsApiMdSays() {
        String idNumber = TestPeople.idNumber();
        Payloads.enrolResident(TestPeople.insuredId(), idNumber);
        Payloads.sendStatus(Payloads.grant(idNumber, NeedyCategory.LOW_INCOME, LocalDate.of(2026, 5, 1)));
        Awaits.registered(idNumber, 1);
        String caseId = assessmentCase();
        return AccessMatrix.of(List.of(
                Endpoint.post("/needy-persons/search", () -> Lookups.body(idNumber), "agency", "auditor", "partner"),
                Endpoint.post("/benefits/search", () -> Lookups.body(idNumber), "agency", "auditor", "partner"),
                Endpoint.get("/benefits?insuredId=P000000000001", "agency", "auditor", "partner"),
                Endpoint.post("/payments/search", () -> Lookups.body(idNumber), "agency", "auditor"),
                Endpoint.get("/audit-trail", "agency", "auditor"),
                Endpoint.get("/payments/held", "agency", "auditor"),
                Endpoint.get("/cases", "agency"),
                Endpoint.post("/cases/{id}/review", () -> "/cases/" + caseId + "/review",
                        () -> "{\"decision\":\"REJECT\",\"note\":\"checked\"}", "agency")),
                "H3716001");
    }

    /** A stroke at 76 opens a long-term-care assessment case for township review. */
    private static String assessmentCase() {
        String idNumber = TestPeople.idNumber("1950-01-01");
        Payloads.Claim stroke = Payloads.claim(TestPeople.insuredId(), idNumber).visit(VisitType.INPATIENT, 3, new Diagnosis("I61.0", true));
        stroke.birthDate = LocalDate.of(1950, 1, 1);
        stroke.settleAndAwait();
        return CaseReviewIT.caseOf(idNumber, "INITIAL_REVIEW");
    }
}
