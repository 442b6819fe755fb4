package cn.medins.enrollment.it;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import cn.medins.testing.AccessMatrix;
import cn.medins.testing.Endpoint;
import cn.medins.testing.KafkaAndPostgresResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
@QuarkusTestResource(value = KafkaAndPostgresResource.class, initArgs = @ResourceArg(name = "database", value = "enrollment"))
class AccessControlIT {

    private static final LocalDate JAN_1 = LocalDate.of(2026, 1, 1);

    @TestFactory
    Stream<DynamicTest> everyEndpointAnswersEveryRoleAsApiMdSays() {
        String idNumber = TestIds.adult(false);
        String insuredId = Api.enrol(idNumber, "RESIDENT", "ADULT", "371600", JAN_1);
        return AccessMatrix.of(List.of(
                Endpoint.post("/enrolments", () -> Api.enrolmentBody(TestIds.adult(true), "RESIDENT", "ADULT", "371600", JAN_1),
                        "agency"),
                Endpoint.get("/persons/" + insuredId, "agency", "auditor", "partner"),
                Endpoint.post("/persons/search", () -> "{\"idNumber\":\"" + idNumber + "\"}", "agency", "auditor", "partner"),
                Endpoint.get("/audit-trail", "agency", "auditor"),
                Endpoint.post("/persons/{id}/remote-care-registrations", () -> "/persons/" + insuredId + "/remote-care-registrations",
                        () -> "{\"targetRegionCode\":\"110000\",\"kind\":\"TEMPORARY\",\"validFrom\":\"2026-05-01\",\"validTo\":\"2026-06-30\"}",
                        "agency"),
                Endpoint.get("/persons/" + insuredId + "/timeline", "agency", "auditor")), "H3716001");
    }
}
