package cn.medins.localstack;

import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.interfaces.RSAPrivateCrtKey;
import java.security.spec.RSAPublicKeySpec;
import java.util.ArrayList;
import java.util.List;

import org.jose4j.jwk.JsonWebKey;
import org.jose4j.jwk.JsonWebKeySet;
import org.jose4j.jwk.PublicJsonWebKey;
import org.jose4j.jwk.Use;
import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.lang.HashUtil;
import org.jose4j.lang.JoseException;

/**
 * The JSON Web Key Set ({@code {"keys":[...]}}, RFC 7517) the services verify bearer tokens against: each RSA public key
 * with its {@code kid}, the RFC 7638 thumbprint of the key, so the same key always has the same id and a token's
 * {@code kid} header picks its key. During a rotation the set holds the old and the new key.
 */
public final class JwkSet {

    private JwkSet() {
    }

    /** The public JWK Set of {@code keys}, in that order; never any private part. */
    public static String of(List<PublicKey> keys) {
        List<JsonWebKey> jwks = new ArrayList<>();
        for (PublicKey key : keys) {
            jwks.add(jwk(key));
        }
        return new JsonWebKeySet(jwks).toJson(JsonWebKey.OutputControlLevel.PUBLIC_ONLY);
    }

    public static String of(PublicKey... keys) {
        return of(List.of(keys));
    }

    /** The {@code kid} of {@code key}: its RFC 7638 SHA-256 thumbprint, base64url. */
    public static String keyId(PublicKey key) {
        try {
            return PublicJsonWebKey.Factory.newPublicJwk(key).calculateBase64urlEncodedThumbprint(HashUtil.SHA_256);
        } catch (JoseException e) {
            throw new IllegalArgumentException("not a key a JWK can hold: " + key.getAlgorithm(), e);
        }
    }

    /** The public half of an RSA private key (a PKCS#8 RSA key carries its modulus and public exponent). */
    public static PublicKey publicKeyOf(PrivateKey key) {
        if (!(key instanceof RSAPrivateCrtKey rsa)) {
            throw new IllegalArgumentException("only an RSA private key with its CRT parts names its public key");
        }
        try {
            return KeyFactory.getInstance("RSA")
                    .generatePublic(new RSAPublicKeySpec(rsa.getModulus(), rsa.getPublicExponent()));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("this JVM cannot make RSA public keys", e);
        }
    }

    private static JsonWebKey jwk(PublicKey key) {
        if (!"RSA".equals(key.getAlgorithm())) {
            throw new IllegalArgumentException("the suite verifies RS256 tokens: an RSA key, not " + key.getAlgorithm());
        }
        try {
            PublicJsonWebKey jwk = PublicJsonWebKey.Factory.newPublicJwk(key);
            jwk.setKeyId(jwk.calculateBase64urlEncodedThumbprint(HashUtil.SHA_256));
            jwk.setUse(Use.SIGNATURE);
            jwk.setAlgorithm(AlgorithmIdentifiers.RSA_USING_SHA256);
            return jwk;
        } catch (JoseException e) {
            throw new IllegalArgumentException("not a key a JWK can hold: " + key.getAlgorithm(), e);
        }
    }
}
