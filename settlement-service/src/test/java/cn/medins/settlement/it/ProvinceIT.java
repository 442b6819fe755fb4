package cn.medins.settlement.it;

import static cn.medins.settlement.it.Scenario.enrolled;
import static cn.medins.testing.ExactMoney.yuan;
import static cn.medins.testing.TestTokens.asAgency;
import static cn.medins.testing.TestTokens.asAuditor;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;

import org.awaitility.Awaitility;
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
 * outpatient at 60%, class B first self-pay 10%), Dongying (370500, 50%, 10%) and Yantai (370600, 70%, 20%). Each
 * person is rated under their own region's policy (参保地政策), wherever they are treated, and a transferred person
 * under the new region's from the transfer; the items of a claim treated in another region are rated with the
 * treating region's catalogue (就医地目录).
 */
@QuarkusTest
@QuarkusTestResource(value = KafkaAndPostgresResource.class, initArgs = @ResourceArg(name = "database", value = "settlement"))
class ProvinceIT {

    private static final ObjectMapper JSON = new ObjectMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .setNodeFactory(JsonNodeFactory.withExactBigDecimals(true));
    private static final LocalDate MAY = LocalDate.of(2026, 5, 6);
    /** The one day of Yantai residents' claims a replay below looks at: no other claim of theirs is on it. */
    private static final LocalDate AUGUST = LocalDate.of(2026, 8, 3);

    private static boolean regions;

    @BeforeAll
    static void exactMoney() {
        ExactMoney.exactDecimals();
    }

    /** Once, through the API: a static {@code @BeforeAll} runs before the application answers. */
    @BeforeEach
    synchronized void threeRegions() throws Exception {
        if (!regions) {
            inForce("370500", "0.50", "0.10");
            inForce("370600", "0.70", "0.20");
            regions = true;
        }
    }

    /**
     * The reference document with the region, its resident outpatient ratio and its class B first self-pay changed,
     * activated from 1 January.
     */
    private static void inForce(String region, String outpatientRatio, String classBSelfPay) throws Exception {
        String id = drafted(region + "-2026.1", outpatientRatio, classBSelfPay);
        asAgency().post("/policies/{id}/activation", id).then().statusCode(200);
    }

    /** A version of the region (the first six characters of the label), not activated: its policy id. */
    private static String drafted(String version, String outpatientRatio, String classBSelfPay) throws Exception {
        String body = asAuditor().queryParam("regionCode", "371600").queryParam("date", "2026-03-01").get("/policies")
                .then().statusCode(200).extract().asString();
        ObjectNode policy = (ObjectNode) JSON.readTree(body).get(0).get("policy").deepCopy();
        policy.put("regionCode", version.substring(0, 6)).put("version", version)
                .put("classBSelfPayRatio", new BigDecimal(classBSelfPay));
        ((ObjectNode) policy.get("resident").get("outpatient")).put("ratio", new BigDecimal(outpatientRatio));
        String draft = JSON.writeValueAsString(Map.of("effectiveFrom", "2026-01-01", "policy", policy));
        return asAgency().contentType(ContentType.JSON).body(draft).post("/policies").then().statusCode(201).extract()
                .path("policyId");
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

    /**
     * 就医地目录 both ways, 100 of class A and 100 of class B: a registered Binzhou resident treated in Yantai has
     * Yantai's 20% class B first self-pay (in scope 180) and Binzhou's 5% remote first self-pay and 60%; a registered
     * Yantai resident treated in Binzhou has Binzhou's 10% (in scope 190) and Yantai's 5% and 70%.
     */
    @Test
    void remoteCareInEitherDirectionRatesTheItemsWithTheTreatingRegionsCatalogueAndPaysUnderTheInsuredsPolicy() {
        String inYantai = enrolled(Category.ADULT).registeredFor("370600").publish().claim(VisitType.OUTPATIENT).in("370600")
                .admitted(MAY).item(CatalogClass.A, "100").item(CatalogClass.B, "100").settle()
                .statusCode(201).body("policyVersion", equalTo("371600-2026.1")).body("catalogueVersion", equalTo("370600-2026.1"))
                .body("inScope", yuan("180")).body("remoteFirstSelfPay", yuan("9")).body("basicPool", yuan("102.60"))
                .body("personal", yuan("97.40"))
                .body("lines.find { it.step == 'inScope' }.detail", equalTo("class A 100.00 + 80% of class B 100.00 (class B"
                        + " first self-pay 20% of region 370600's catalogue, 370600-2026.1); class C 0.00 and the class B first"
                        + " self-pay are out of scope"))
                .extract().path("settlementId");
        asAuditor().get("/settlements/{id}", inYantai).then().statusCode(200).body("catalogueVersion", equalTo("370600-2026.1"));

        enrolled(Category.ADULT).livingIn("370600").registeredFor("371600").publish().claim(VisitType.OUTPATIENT).admitted(MAY)
                .item(CatalogClass.A, "100").item(CatalogClass.B, "100").settle()
                .statusCode(201).body("policyVersion", equalTo("370600-2026.1")).body("catalogueVersion", equalTo("371600-2026.1"))
                .body("inScope", yuan("190")).body("remoteFirstSelfPay", yuan("9.50")).body("basicPool", yuan("126.35"))
                .body("personal", yuan("73.65"))
                .body("lines.detail", hasItem(containsString("(class B first self-pay 10% of region 371600's catalogue,"
                        + " 371600-2026.1)")));
    }

    @Test
    void aTreatingRegionWithoutAPolicyInForceLeavesTheInsuredRegionsCatalogueAndSaysSo() {
        enrolled(Category.ADULT).registeredFor("110000").publish().claim(VisitType.OUTPATIENT).in("110000").admitted(MAY)
                .item(CatalogClass.A, "100").item(CatalogClass.B, "100").settle()
                .statusCode(201).body("policyVersion", equalTo("371600-2026.1")).body("catalogueVersion", nullValue())
                .body("inScope", yuan("190")).body("remoteFirstSelfPay", yuan("9.50")).body("basicPool", yuan("108.30"))
                .body("lines.detail", hasItem(containsString("(class B first self-pay 10% of region 371600's catalogue: region"
                        + " 110000 has no policy in force on 2026-05-06, so the insured region's catalogue applies)")));
    }

    /**
     * A Yantai draft at 80% with a class B first self-pay of 30%, replayed over a Yantai resident's claim treated in
     * Binzhou: the draft's ratio on Binzhou's catalogue, as the counter would rate it (in scope 190, base 180.50, 80%
     * = 144.40), not the draft's own catalogue (in scope 170).
     */
    @Test
    void aReplayRatesARemoteClaimWithTheTreatingRegionsCatalogueAndTheDraftsRatios() throws Exception {
        enrolled(Category.ADULT).livingIn("370600").registeredFor("371600").publish().claim(VisitType.OUTPATIENT).admitted(AUGUST)
                .item(CatalogClass.A, "100").item(CatalogClass.B, "100").settle()
                .statusCode(201).body("basicPool", yuan("126.35")).body("personal", yuan("73.65"));
        String draft = drafted("370600-2026.2", "0.80", "0.30");

        String replayId = asAgency().contentType(ContentType.JSON)
                .body(JSON.writeValueAsString(Map.of("regionCode", "370600", "from", AUGUST.toString(), "to", AUGUST.toString())))
                .post("/policies/{id}/replays", draft).then().statusCode(202).extract().path("replayId");
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() ->
                !"RUNNING".equals(asAuditor().get("/replays/{id}", replayId).then().statusCode(200).extract().path("status")));

        asAuditor().get("/replays/{id}", replayId).then().statusCode(200)
                .body("status", equalTo("DONE"))
                .body("result.claims", equalTo(1))
                .body("result.funds.actual.basicPool", yuan("126.35"))
                .body("result.funds.replayed.basicPool", yuan("144.40"))
                .body("result.funds.difference.personal", yuan("-18.05"));
    }
}
