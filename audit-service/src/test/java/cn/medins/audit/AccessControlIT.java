package cn.medins.audit;

import static cn.medins.audit.Settlements.traceCode;
import static cn.medins.audit.Settlements.unique;
import static cn.medins.testing.AccessMatrix.expectRefusal;
import static cn.medins.testing.TestTokens.asInstitution;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import com.fasterxml.jackson.core.JsonProcessingException;

import cn.medins.testing.AccessMatrix;
import cn.medins.testing.Endpoint;
import cn.medins.testing.KafkaAndPostgresResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

@QuarkusTest
@QuarkusTestResource(value = KafkaAndPostgresResource.class, initArgs = @ResourceArg(name = "database", value = "audit"))
class AccessControlIT extends AuditIntegrationBase {

    private static final String ID_NUMBER = "371602199001011221";

    @TestFactory
    Stream<DynamicTest> everyEndpointAnswersEveryRoleAsApiMdSays() {
        String hospital = unique("HB");
        String flagId = scenarios.resoldFlagAt(hospital);
        String code = traceCode();
        scenarios.soldAndRecorded(Settlements.aspirinVisit(unique("S"), unique("P"), hospital, code), code);
        return AccessMatrix.of(List.of(
                Endpoint.post("/pre-checks", () -> json(CounterClaims.claim(hospital, ID_NUMBER, "I10", traceCode())),
                        "institution", "agency"),
                Endpoint.get("/flags?institutionId=" + hospital, "auditor", "agency"),
                Endpoint.get("/flags/" + flagId, "auditor", "agency"),
                Endpoint.post("/flags/{id}/resolution", () -> "/flags/" + flagId + "/resolution",
                        () -> "{\"decision\":\"DISMISSED\",\"note\":\"checked the pack\"}", "auditor"),
                Endpoint.get("/rules", "institution", "agency", "auditor"),
                Endpoint.get("/trace-codes/" + code, "auditor", "agency"),
                Endpoint.get("/institutions/" + hospital + "/credit", "institution", "agency", "auditor"),
                Endpoint.get("/audit-trail", "agency", "auditor")), hospital);
    }

    @Test
    void aHospitalCanNeitherPreCheckInAnotherHospitalsNameNorReadItsCredit() {
        String own = unique("HA");
        String other = unique("HB");

        expectRefusal(asInstitution(own).contentType(ContentType.JSON)
                .body(json(CounterClaims.claim(other, ID_NUMBER, "I10", traceCode()))).post("/pre-checks"), 403);
        expectRefusal(asInstitution(own).get("/institutions/{id}/credit", other), 403);
    }

    private String json(Map<String, Object> body) {
        try {
            return mapper.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
