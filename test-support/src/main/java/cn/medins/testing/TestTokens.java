package cn.medins.testing;

import java.nio.file.Path;
import java.time.Duration;

import cn.medins.localstack.SigningKeys;
import cn.medins.localstack.TokenIssuer;
import io.restassured.RestAssured;
import io.restassured.specification.RequestSpecification;

/**
 * Real signed bearer tokens for tests, from a key pair the test JVM makes once; {@link KafkaAndPostgresResource} points
 * the application at its key set (a JWKS naming the key by the {@code kid} the tokens carry), so every request goes
 * through the same verification as in production.
 */
public final class TestTokens {

    /** Where the test signing keys are: the services under test read the key set from here. */
    public static final Path KEYS = Path.of("target", "test-signing-keys");
    private static TokenIssuer issuer;

    private TestTokens() {
    }

    public static String token(String role) {
        return tokenValidFor(role, Duration.ofHours(1));
    }

    /** A negative validity makes a token that expired that long ago. */
    public static String tokenValidFor(String role, Duration validity) {
        return issuer().token(role, null, validity);
    }

    public static String institutionToken(String institutionId) {
        return issuer().token("institution", institutionId, Duration.ofHours(1));
    }

    /** A request as agency staff, who may call every endpoint but flag resolution. */
    public static RequestSpecification asAgency() {
        return as("agency");
    }

    /** A request as the named member of agency staff: reviews and registry changes record {@code subject}. */
    public static RequestSpecification asAgency(String subject) {
        return RestAssured.given().auth().oauth2(issuer().token("agency", null, subject, Duration.ofHours(1)));
    }

    public static RequestSpecification asAuditor() {
        return as("auditor");
    }

    /** A request as the named auditor: flag resolutions record {@code subject}. */
    public static RequestSpecification asAuditor(String subject) {
        return RestAssured.given().auth().oauth2(issuer().token("auditor", null, subject, Duration.ofHours(1)));
    }

    public static RequestSpecification as(String role) {
        return RestAssured.given().auth().oauth2(token(role));
    }

    public static RequestSpecification asInstitution(String institutionId) {
        return RestAssured.given().auth().oauth2(institutionToken(institutionId));
    }

    /** The key set ({@code jwks.json}) with the test signing key, made if it is not yet. */
    public static synchronized Path keySetFile() {
        return SigningKeys.in(KEYS).keySetFile().toAbsolutePath();
    }

    /** The test signing keys, e.g. to put their public key into another key set next to a new one. */
    public static synchronized SigningKeys signingKeys() {
        return SigningKeys.in(KEYS);
    }

    private static synchronized TokenIssuer issuer() {
        if (issuer == null) {
            issuer = new TokenIssuer(SigningKeys.in(KEYS).privateKey(), SigningKeys.ISSUER);
        }
        return issuer;
    }
}
