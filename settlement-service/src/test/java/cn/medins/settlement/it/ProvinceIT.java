package cn.medins.settlement.it;

import static cn.medins.settlement.it.Scenario.enrolled;
import static cn.medins.testing.ExactMoney.yuan;
import static cn.medins.testing.TestTokens.asAgency;
import static cn.medins.testing.TestTokens.asAuditor;
import static org.hamcrest.Matchers.equalTo;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import cn.medins.contracts.coverage.CatalogClass;
import cn.medins.contracts.coverage.Category;
import cn.medins.contracts.coverage.VisitType;
import cn.medins.testing.ExactMoney;
import cn.medins.testing.KafkaAndPostgresResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/**
 * One province, three pooling regions with different figures: Binzhou (371600, the reference policy, resident
 * outpatient at 60%), Dongying (370500, 50%) and Yantai (370600, 70%). Each person is rated under their own region's
 * policy (参保地政策), wherever they are treated, and a transferred person under the new region's from the transfer.
 */
@QuarkusTest
@QuarkusTestResource(value = KafkaAndPostgresResource.class, initArgs = @ResourceArg(name = "database", value = "settlement"))
class ProvinceIT {

    private static final ObjectMapper JSON = new ObjectMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .setNodeFactory(JsonNodeFactory.withExactBigDecimals(true));
    private static final LocalDate MAY = LocalDate.of(2026, 5, 6);

    private static boolean regions;

    @BeforeAll
    static void exactMoney() {
        ExactMoney.exactDecimals();
    }

    /** Once, through the API: a static {@code @BeforeAll} runs before the application answers. */
    @BeforeEach
    synchronized void threeRegions() throws Exception {
        if (!regions) {
            inForce("370500", "0.50");
            inForce("370600", "0.70");
            regions = true;
        }
    }

    /** The reference document with the region and its resident outpatient ratio changed, activated from 1 January. */
    private static void inForce(String region, String outpatientRatio) throws Exception {
        String body = asAuditor().queryParam("regionCode", "371600").queryParam("date", "2026-03-01").get("/policies")
                .then().statusCode(200).extract().asString();
        ObjectNode policy = (ObjectNode) JSON.readTree(body).get(0).get("policy").deepCopy();
        policy.put("regionCode", region).put("version", region + "-2026.1");
        ((ObjectNode) policy.get("resident").get("outpatient")).put("ratio", new BigDecimal(outpatientRatio));
        String draft = JSON.writeValueAsString(Map.of("effectiveFrom", "2026-01-01", "policy", policy));
        String id = asAgency().contentType(ContentType.JSON).body(draft).post("/policies").then().statusCode(201).extract()
                .path("policyId");
        asAgency().post("/policies/{id}/activation", id).then().statusCode(200);
    }

    @Test
    void eachRegionsResidentsAreRatedUnderTheirOwnRegionsFigures() {
        enrolled(Category.ADULT).publish().claim(VisitType.OUTPATIENT).admitted(MAY).item(CatalogClass.A, "100").settle()
                .statusCode(201).body("basicPool", yuan("60")).body("policyVersion", equalTo("371600-2026.1"));
        enrolled(Category.ADULT).livingIn("370500").publish().claim(VisitType.OUTPATIENT).in("370500").admitted(MAY)
                .item(CatalogClass.A, "100").settle()
                .statusCode(201).body("basicPool", yuan("50")).body("policyVersion", equalTo("370500-2026.1"));
        enrolled(Category.ADULT).livingIn("370600").publish().claim(VisitType.OUTPATIENT).in("370600").admitted(MAY)
                .item(CatalogClass.A, "100").settle()
                .statusCode(201).body("basicPool", yuan("70")).body("policyVersion", equalTo("370600-2026.1"));
    }

    @Test
    void aTransferredPersonSettlesUnderTheNewRegionsPolicyFromTheTransferDateAndUnderTheOldOneBefore() {
        Scenario.Person person = enrolled(Category.ADULT).transferredTo("370600", LocalDate.of(2026, 7, 1)).publish();

        person.claim(VisitType.OUTPATIENT).admitted(LocalDate.of(2026, 6, 30)).item(CatalogClass.A, "100").settle()
                .statusCode(201).body("basicPool", yuan("60")).body("policyVersion", equalTo("371600-2026.1"));
        person.claim(VisitType.OUTPATIENT).in("370600").admitted(LocalDate.of(2026, 7, 1)).item(CatalogClass.A, "100").settle()
                .statusCode(201).body("basicPool", yuan("70")).body("policyVersion", equalTo("370600-2026.1"));
    }

    /**
     * Remote care both ways: a registered Binzhou resident treated in Yantai and a registered Yantai resident treated
     * in Binzhou each keep their home region's ratio, less the remote first self-pay of their home policy (5%).
     */
    @Test
    void remoteCareInEitherDirectionIsRatedUnderTheInsuredsRegionsPolicy() {
        enrolled(Category.ADULT).registeredFor("370600").publish().claim(VisitType.OUTPATIENT).in("370600").admitted(MAY)
                .item(CatalogClass.A, "100").settle()
                .statusCode(201).body("policyVersion", equalTo("371600-2026.1"))
                .body("remoteFirstSelfPay", yuan("5")).body("basicPool", yuan("57"));
        enrolled(Category.ADULT).livingIn("370600").registeredFor("371600").publish().claim(VisitType.OUTPATIENT).admitted(MAY)
                .item(CatalogClass.A, "100").settle()
                .statusCode(201).body("policyVersion", equalTo("370600-2026.1"))
                .body("remoteFirstSelfPay", yuan("5")).body("basicPool", yuan("66.50"));
    }
}
