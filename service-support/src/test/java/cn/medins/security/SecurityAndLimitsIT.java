package cn.medins.security;

import static cn.medins.testing.TestTokens.as;
import static cn.medins.testing.TestTokens.asAgency;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import cn.medins.localstack.SigningKeys;
import cn.medins.localstack.TokenIssuer;
import cn.medins.testing.KafkaAndPostgresResource;
import cn.medins.testing.TestTokens;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

@QuarkusTest
@QuarkusTestResource(value = KafkaAndPostgresResource.class, initArgs = @ResourceArg(name = "database", value = "messaging"))
class SecurityAndLimitsIT {

    private static final String ORDER = "{\"requestId\":\"R1\",\"lines\":[{\"code\":\"A\",\"amount\":1}]}";

    @Test
    void aRequestWithoutATokenIsA401ProblemWithABearerChallenge() {
        given().contentType(ContentType.JSON).body(ORDER).when().post("/fixture/orders")
                .then().statusCode(401)
                .contentType("application/problem+json")
                .header("WWW-Authenticate", "Bearer")
                .body("detail", equalTo("a valid bearer token is required"));
    }

    @Test
    void aTokenSignedByAnotherKeyIsRefusedWith401(@TempDir Path otherKeys) {
        String forged = new TokenIssuer(SigningKeys.in(otherKeys).privateKey(), SigningKeys.ISSUER)
                .token(Roles.AGENCY, null, Duration.ofHours(1));
        withToken(forged).then().statusCode(401).contentType("application/problem+json")
                .body("detail", equalTo("the bearer token is invalid or expired"));
    }

    /** Issue 25: a token the same identity provider minted for another system is not a token for the suite. */
    @Test
    void aTokenForAnotherAudienceIsRefusedWith401() {
        String elsewhere = new TokenIssuer(SigningKeys.in(TestTokens.KEYS).privateKey(), SigningKeys.ISSUER, "hospital-portal")
                .token(Roles.AGENCY, null, Duration.ofHours(1));
        withToken(elsewhere).then().statusCode(401).contentType("application/problem+json");
        withToken(TestTokens.token(Roles.AGENCY)).then().statusCode(org.hamcrest.Matchers.not(401));
    }

    @Test
    void anExpiredOrMalformedTokenIsRefusedWith401() {
        withToken(TestTokens.tokenValidFor(Roles.AGENCY, Duration.ofMinutes(-10))).then().statusCode(401);
        withToken("not-a-jwt").then().statusCode(401).contentType("application/problem+json");
    }

    @Test
    void aRoleTheEndpointDoesNotAllowIsA403Problem() {
        as(Roles.PARTNER).contentType(ContentType.JSON).body(ORDER).when().post("/fixture/orders")
                .then().statusCode(403).contentType("application/problem+json").body("status", equalTo(403));
        asAgency().contentType(ContentType.JSON).body(ORDER).when().post("/fixture/orders").then().statusCode(200);
    }

    @Test
    void aBodyOverTheLimitIsA413ProblemBeforeAnythingElse() {
        String huge = "{\"requestId\":\"" + "x".repeat(3 * 1024 * 1024) + "\",\"lines\":[]}";
        asAgency().contentType(ContentType.JSON).body(huge).when().post("/fixture/orders")
                .then().statusCode(413).contentType("application/problem+json")
                .body("detail", containsString("at most 2097152"));
    }

    @Test
    void deeplyNestedJsonIsRefusedAsA400ProblemNamingWhereItWentWrong() {
        String deep = "{\"requestId\":\"R1\",\"lines\":" + "[".repeat(5000) + "]".repeat(5000) + "}";
        asAgency().contentType(ContentType.JSON).body(deep).when().post("/fixture/orders")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("$.lines[0]"));
    }

    @Test
    void anIdNumberInAnExceptionIsMaskedInTheLog() throws IOException {
        asAgency().when().get("/fixture/broken").then().statusCode(500);

        String log = Files.readString(Path.of("target", "quarkus-test.log"), StandardCharsets.UTF_8);
        assertThat(log).contains("a bug with a secret 371602********1221").doesNotContain("371602199001011221");
    }

    private static io.restassured.response.Response withToken(String token) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(ORDER).when().post("/fixture/orders");
    }
}
