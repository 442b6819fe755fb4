package cn.medins.audit;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import java.util.Map;

import org.junit.jupiter.api.Test;

import cn.medins.testing.KafkaAndPostgresResource;
import cn.medins.testing.TestTokens;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

/**
 * A service started without a token verification key (JWT_PUBLIC_KEY_LOCATION unset) refuses every token: it is not
 * ready, and says why, while it stays alive (a restart would not bring a key).
 */
@QuarkusTest
@TestProfile(NoVerificationKeyIT.WithoutAKey.class)
@QuarkusTestResource(value = KafkaAndPostgresResource.class, initArgs = @ResourceArg(name = "database", value = "audit"))
class NoVerificationKeyIT {

    /** No key location: empty, as an unset or empty JWT_PUBLIC_KEY_LOCATION leaves it (the %test one names the test keys). */
    public static class WithoutAKey implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("mp.jwt.verify.publickey.location", "", "%test.mp.jwt.verify.publickey.location", "");
        }
    }

    @Test
    void withoutAKeyTheServiceIsNotReadySayingWhyButAlive() {
        given().get("/q/health/ready").then().statusCode(503)
                .body("status", equalTo("DOWN"))
                .body("checks.find { it.name == 'jwt-verification-keys' }.status", equalTo("DOWN"))
                .body("checks.find { it.name == 'jwt-verification-keys' }.data.reason", equalTo("NOT_CONFIGURED"))
                .body("checks.find { it.name == 'jwt-verification-keys' }.data.detail",
                        containsString("JWT_PUBLIC_KEY_LOCATION"));
        given().get("/q/health/live").then().statusCode(200).body("status", equalTo("UP"));
    }

    @Test
    void withoutAKeyEveryTokenIsRefused() {
        TestTokens.asAgency().get("/rules").then().statusCode(401).contentType("application/problem+json");
    }
}
