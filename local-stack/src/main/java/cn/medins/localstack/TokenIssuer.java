package cn.medins.localstack;

import java.security.PrivateKey;
import java.time.Duration;
import java.util.Set;

import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jws.JsonWebSignature;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.lang.JoseException;

/**
 * Signs bearer tokens the suite's services accept: one role in {@code groups}, and for a hospital its institution. The
 * header names the signing key's {@code kid}, by which the services pick the key from their key set.
 */
public final class TokenIssuer {

    public static final Set<String> ROLES = Set.of("institution", "agency", "partner", "auditor");
    public static final String INSTITUTION_CLAIM = "institutionId";

    /** The audience the suite's services accept (mp.jwt.verify.audiences): a token minted for another system is refused. */
    public static final String AUDIENCE = "medins-suite";

    private final PrivateKey key;
    private final String keyId;
    private final String issuer;
    private final String audience;

    /** Tokens whose {@code kid} is that of {@code key}'s public key ({@link JwkSet#keyId}). */
    public TokenIssuer(PrivateKey key, String issuer) {
        this(key, issuer, AUDIENCE);
    }

    public TokenIssuer(PrivateKey key, String issuer, String audience) {
        this(key, JwkSet.keyId(JwkSet.publicKeyOf(key)), issuer, audience);
    }

    /** @param keyId the {@code kid} header; {@code null} for none (a key set of several keys then refuses the token) */
    public TokenIssuer(PrivateKey key, String keyId, String issuer, String audience) {
        this.key = key;
        this.keyId = keyId;
        this.issuer = issuer;
        this.audience = audience;
    }

    public String keyId() {
        return keyId;
    }

    /** @param institutionId required for the {@code institution} role, refused for the others */
    public String token(String role, String institutionId, Duration validity) {
        return token(role, institutionId, null, validity);
    }

    /**
     * @param subject the named person acting, for staff roles (agency, auditor): what the suite records as having made
     *        a change or taken a review step; {@code null} for {@code local-<role>}. An institution's subject is itself.
     */
    public String token(String role, String institutionId, String subject, Duration validity) {
        if (!ROLES.contains(role)) {
            throw new IllegalArgumentException("role must be one of " + ROLES + ", got '" + role + "'");
        }
        if ("institution".equals(role) == (institutionId == null || institutionId.isBlank())) {
            throw new IllegalArgumentException("institution".equals(role)
                    ? "the institution role needs an institutionId" : "only the institution role carries an institutionId");
        }
        if (subject != null && (institutionId != null || subject.isBlank() || subject.length() > 100)) {
            throw new IllegalArgumentException(institutionId != null
                    ? "an institution's token is in its own name; --subject is for staff" : "a subject is 1 to 100 characters");
        }
        subject = subject != null ? subject : institutionId == null ? "local-" + role : institutionId;
        JwtClaims claims = new JwtClaims();
        claims.setIssuer(issuer);
        claims.setAudience(audience);
        claims.setSubject(subject);
        claims.setClaim("upn", subject);
        claims.setStringListClaim("groups", role);
        claims.setIssuedAtToNow();
        claims.setExpirationTimeMinutesInTheFuture(validity.toSeconds() / 60f);
        claims.setGeneratedJwtId();
        if (institutionId != null) {
            claims.setClaim(INSTITUTION_CLAIM, institutionId);
        }
        JsonWebSignature jws = new JsonWebSignature();
        jws.setPayload(claims.toJson());
        jws.setKey(key);
        if (keyId != null) {
            jws.setKeyIdHeaderValue(keyId);
        }
        jws.setAlgorithmHeaderValue(AlgorithmIdentifiers.RSA_USING_SHA256);
        try {
            return jws.getCompactSerialization();
        } catch (JoseException e) {
            throw new IllegalStateException("cannot sign a token: " + e.getMessage(), e);
        }
    }
}
