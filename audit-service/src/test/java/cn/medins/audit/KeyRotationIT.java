package cn.medins.audit;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Arrays;
import java.util.Map;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import cn.medins.localstack.JwkSet;
import cn.medins.localstack.SigningKeys;
import cn.medins.localstack.TokenIssuer;
import cn.medins.testing.KafkaAndPostgresResource;
import cn.medins.testing.KeySetServer;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

/**
 * Key rotation with overlap through real HTTP, the keys published at a URL as an identity provider publishes them
 * (mp.jwt.verify.publickey.location = its JWKS URL): while the set holds the old and the new key, tokens signed by
 * either are served; once the old key is taken out, its tokens are a 401, without a restart; a key never in the set is a
 * 401 throughout.
 */
@QuarkusTest
@TestProfile(KeyRotationIT.KeysFromAProvider.class)
@QuarkusTestResource(value = KafkaAndPostgresResource.class, initArgs = @ResourceArg(name = "database", value = "audit"))
class KeyRotationIT {

    /** On disk, so the profile (which Quarkus may load apart from the test) and the test see the same keys. */
    static final Path KEYS = Path.of("target", "rotation-keys");
    static final Path PUBLISHED = KEYS.resolve("published-jwks.json");

    public static class KeysFromAProvider implements QuarkusTestProfile {

        private static KeySetServer provider;

        @Override
        public Map<String, String> getConfigOverrides() {
            String url = provider().uri().toString();
            return Map.of("mp.jwt.verify.publickey.location", url,
                    "%test.mp.jwt.verify.publickey.location", url,
                    // readiness fetches the set on each call, so the test sees what the provider publishes now
                    "medins.jwt.key-check.interval", "0s");
        }

        private static synchronized KeySetServer provider() {
            if (provider == null) {
                publish(oldKeys(), newKeys());
                provider = KeySetServer.serving(PUBLISHED.toAbsolutePath());
            }
            return provider;
        }
    }

    /** Each test starts in the overlap, once the service has fetched it (its cache of a set lasts a second). */
    @BeforeEach
    void overlap() {
        publish(oldKeys(), newKeys());
        String oldToken = token(oldKeys());
        String newToken = token(newKeys());
        Awaitility.await().atMost(Duration.ofSeconds(15)).pollInterval(Duration.ofMillis(250)).until(() ->
                given().auth().oauth2(oldToken).get("/rules").statusCode() == 200
                        && given().auth().oauth2(newToken).get("/rules").statusCode() == 200);
    }

    @Test
    void duringTheOverlapTokensOfTheOldAndTheNewKeyAreServedAndAStrangersAreNot() {
        given().auth().oauth2(token(oldKeys())).get("/rules").then().statusCode(200);
        given().auth().oauth2(token(newKeys())).get("/rules").then().statusCode(200);
        given().auth().oauth2(token(stranger())).get("/rules").then().statusCode(401)
                .contentType("application/problem+json");

        given().get("/q/health/ready").then().statusCode(200)
                .body("checks.find { it.name == 'jwt-verification-keys' }.status", equalTo("UP"))
                .body("checks.find { it.name == 'jwt-verification-keys' }.data.kids",
                        equalTo(oldKeys().keyId() + "," + newKeys().keyId()));
    }

    @Test
    void onceTheOldKeyIsTakenOutItsTokensAreRefusedWhileTheNewKeysAreServed() {
        String oldToken = token(oldKeys());
        given().auth().oauth2(oldToken).get("/rules").then().statusCode(200);

        publish(newKeys());

        // the verifier keeps the set it fetched until its cache lifetime ends (here the provider's max-age of 1 s)
        Awaitility.await().atMost(Duration.ofSeconds(15)).pollInterval(Duration.ofMillis(250)).untilAsserted(() ->
                given().auth().oauth2(oldToken).get("/rules").then().statusCode(401));
        given().auth().oauth2(token(newKeys())).get("/rules").then().statusCode(200);
        given().get("/q/health/ready").then().statusCode(200)
                .body("checks.find { it.name == 'jwt-verification-keys' }.data.kids", equalTo(newKeys().keyId()));
    }

    @Test
    void aPublishedSetWithoutAUsableKeyMakesTheServiceNotReadyButStillAlive() {
        publish();

        given().get("/q/health/ready").then().statusCode(503)
                .body("checks.find { it.name == 'jwt-verification-keys' }.status", equalTo("DOWN"))
                .body("checks.find { it.name == 'jwt-verification-keys' }.data.reason", equalTo("NO_USABLE_KEY"));
        given().get("/q/health/live").then().statusCode(200);
    }

    static SigningKeys oldKeys() {
        return SigningKeys.in(KEYS.resolve("old"));
    }

    static SigningKeys newKeys() {
        return SigningKeys.in(KEYS.resolve("new"));
    }

    static SigningKeys stranger() {
        return SigningKeys.in(KEYS.resolve("stranger"));
    }

    static String token(SigningKeys keys) {
        return new TokenIssuer(keys.privateKey(), SigningKeys.ISSUER).token("agency", null, Duration.ofHours(1));
    }

    static void publish(SigningKeys... keys) {
        try {
            Files.createDirectories(KEYS);
            Path next = KEYS.resolve("published-jwks.json.next");
            Files.writeString(next, JwkSet.of(Arrays.stream(keys).map(SigningKeys::publicKey).toList()));
            Files.move(next, PUBLISHED, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
