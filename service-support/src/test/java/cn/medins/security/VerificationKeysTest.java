package cn.medins.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPairGenerator;
import java.security.PublicKey;
import java.security.interfaces.RSAPublicKey;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import org.jose4j.jwk.JsonWebKey;
import org.jose4j.jwk.JsonWebKeySet;
import org.jose4j.jwk.PublicJsonWebKey;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import cn.medins.localstack.JwkSet;
import cn.medins.localstack.SigningKeys;
import cn.medins.security.VerificationKeys.Outcome;
import cn.medins.security.VerificationKeys.Verdict;
import cn.medins.testing.KeySetServer;
import io.smallrye.jwt.auth.principal.JWTAuthContextInfo;
import io.smallrye.jwt.config.JWTAuthContextInfoProvider;

/** What readiness says of the configured verification keys, loaded as the verifier loads them. */
class VerificationKeysTest {

    private static final Duration TIMEOUT = Duration.ofMillis(500);

    @TempDir
    Path dir;

    private SigningKeys oldKeys;
    private SigningKeys newKeys;

    @BeforeEach
    void keys() {
        oldKeys = SigningKeys.in(dir.resolve("old"));
        newKeys = SigningKeys.in(dir.resolve("new"));
    }

    @Test
    void withoutALocationNothingIsConfigured() {
        Verdict verdict = VerificationKeys.inspect(contextAt("NONE"), null, TIMEOUT);

        assertThat(verdict.outcome()).isEqualTo(Outcome.NOT_CONFIGURED);
        assertThat(verdict.detail()).contains("JWT_PUBLIC_KEY_LOCATION");
    }

    @Test
    void aMissingKeyFileCannotBeRead() {
        String missing = dir.resolve("absent.json").toString();

        Verdict verdict = VerificationKeys.inspect(contextAt(missing), missing, TIMEOUT);

        assertThat(verdict.outcome()).isEqualTo(Outcome.UNREADABLE);
        assertThat(verdict.detail()).contains(missing);
    }

    /** In a service the configuration bean is a proxy: reading the missing file fails on its first method call. */
    @Test
    void aConfigurationBeanThatCannotBeMadeMeansTheKeysCannotBeRead() {
        String missing = dir.resolve("absent.json").toString();
        JWTAuthContextInfo proxy = new JWTAuthContextInfo() {
            @Override
            public PublicKey getPublicVerificationKey() {
                throw new IllegalStateException("SRJWT: Failed to read the public key content from " + missing);
            }
        };

        Verdict verdict = VerificationKeys.inspect(() -> proxy, missing, TIMEOUT);

        assertThat(verdict.outcome()).isEqualTo(Outcome.UNREADABLE);
        assertThat(verdict.detail()).isEqualTo("the verification keys at " + missing
                + " cannot be read (IllegalStateException)");
    }

    @Test
    void aKeySetWithTheOldAndTheNewKeyIsUsableUnderBothKids() throws IOException {
        String file = file("overlap.json", JwkSet.of(oldKeys.publicKey(), newKeys.publicKey()));

        Verdict verdict = VerificationKeys.inspect(contextAt(file), file, TIMEOUT);

        assertThat(verdict.outcome()).isEqualTo(Outcome.USABLE);
        assertThat(verdict.format()).isEqualTo("JWKS");
        assertThat(verdict.keyIds()).containsExactly(oldKeys.keyId(), newKeys.keyId());
    }

    @Test
    void aPemPublicKeyIsUsable() {
        String pem = oldKeys.publicKeyFile().toString();

        assertThat(VerificationKeys.inspect(contextAt(pem), pem, TIMEOUT).outcome()).isEqualTo(Outcome.USABLE);
    }

    @Test
    void contentThatIsNoKeyHasNoUsableKeyAndIsNotQuoted() throws IOException {
        String file = file("garbage.json", "{\"not\":\"keys\",\"secret\":\"do-not-echo-me\"}");

        Verdict verdict = VerificationKeys.inspect(contextAt(file), file, TIMEOUT);

        assertThat(verdict.outcome()).isEqualTo(Outcome.NO_USABLE_KEY);
        assertThat(verdict.detail()).contains("neither a JWK Set nor a PEM").doesNotContain("do-not-echo-me");
    }

    @Test
    void anEmptyKeySetHasNoUsableKey() throws IOException {
        String file = file("empty.json", "{\"keys\":[]}");

        assertThat(VerificationKeys.inspect(contextAt(file), file, TIMEOUT).outcome()).isEqualTo(Outcome.NO_USABLE_KEY);
    }

    /** Keys the verifier would never pick for an RS256 token: for encryption, for another algorithm or type, or unnamed among several. */
    @Test
    void keysTheVerifierCannotUseForRs256AreNotCounted() throws Exception {
        PublicJsonWebKey encryption = jwk(oldKeys, "enc-key");
        encryption.setUse("enc");
        PublicJsonWebKey otherAlgorithm = jwk(newKeys, "ps-key");
        otherAlgorithm.setAlgorithm("PS256");
        KeyPairGenerator ec = KeyPairGenerator.getInstance("EC");
        ec.initialize(256);
        PublicJsonWebKey elliptic = PublicJsonWebKey.Factory.newPublicJwk(ec.generateKeyPair().getPublic());
        elliptic.setKeyId("ec-key");
        PublicJsonWebKey unnamed = jwk(newKeys, null);
        String file = file("unusable.json", new JsonWebKeySet(List.of(encryption, otherAlgorithm, elliptic, unnamed))
                .toJson(JsonWebKey.OutputControlLevel.PUBLIC_ONLY));

        Verdict verdict = VerificationKeys.inspect(contextAt(file), file, TIMEOUT);

        assertThat(verdict.outcome()).isEqualTo(Outcome.NO_USABLE_KEY);
        assertThat(verdict.detail()).contains("4 key(s), none usable to verify RS256");

        String withOne = file("one-usable.json", new JsonWebKeySet(List.of(encryption, jwk(newKeys, "good"), unnamed))
                .toJson(JsonWebKey.OutputControlLevel.PUBLIC_ONLY));
        assertThat(VerificationKeys.inspect(contextAt(withOne), withOne, TIMEOUT).keyIds()).containsExactly("good");
    }

    @Test
    void nothingItSaysCarriesKeyMaterial() throws IOException {
        String file = file("overlap.json", JwkSet.of(oldKeys.publicKey(), newKeys.publicKey()));
        String modulus = Base64.getUrlEncoder().withoutPadding()
                .encodeToString(((RSAPublicKey) oldKeys.publicKey()).getModulus().toByteArray()).substring(8, 40);

        Verdict verdict = VerificationKeys.inspect(contextAt(file), file, TIMEOUT);

        assertThat(verdict.toString()).doesNotContain(modulus).doesNotContain("\"n\"");
    }

    @Test
    void aKeySetAtAUrlIsFetchedAndAFailingOneCannotBeRead() {
        try (KeySetServer provider = KeySetServer.start(JwkSet.of(oldKeys.publicKey(), newKeys.publicKey()))) {
            String url = provider.uri().toString();
            Verdict good = VerificationKeys.inspect(contextAt(url), url, TIMEOUT);
            assertThat(good.outcome()).isEqualTo(Outcome.USABLE);
            assertThat(good.fromUrl()).isTrue();
            assertThat(good.format()).isEqualTo("JWKS (URL)");
            assertThat(good.keyIds()).containsExactly(oldKeys.keyId(), newKeys.keyId());

            provider.fail(503);
            assertThat(VerificationKeys.inspect(contextAt(url), url, TIMEOUT).outcome()).isEqualTo(Outcome.UNREADABLE);

            provider.serve("{\"keys\":[]}");
            assertThat(VerificationKeys.inspect(contextAt(url), url, TIMEOUT).outcome()).isEqualTo(Outcome.NO_USABLE_KEY);
        }
    }

    /** A provider that accepts the connection and never answers costs readiness the timeout, not the JDK's default. */
    @Test
    void aUrlThatNeverAnswersIsGivenUpAfterTheTimeout() throws Exception {
        CountDownLatch testOver = new CountDownLatch(1);
        try (ServerSocket silent = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            Thread accepter = new Thread(() -> {
                // holds the connection open without a word until the test is over (or a minute at most)
                try (Socket held = silent.accept()) {
                    testOver.await(1, TimeUnit.MINUTES);
                } catch (IOException | InterruptedException e) {
                    // the test is over
                }
            });
            accepter.setDaemon(true);
            accepter.start();
            String url = "http://127.0.0.1:" + silent.getLocalPort() + "/jwks.json";

            long began = System.nanoTime();
            Verdict verdict = VerificationKeys.inspect(contextAt(url), url, TIMEOUT);

            assertThat(verdict.outcome()).isEqualTo(Outcome.UNREADABLE);
            // without the timeout the call would hang until the silent server lets go, a minute later; the bound is loose
            // so that a loaded machine cannot fail it, and tight enough to tell the two apart
            assertThat(Duration.ofNanos(System.nanoTime() - began)).isLessThan(Duration.ofSeconds(30));
        } finally {
            testOver.countDown();
        }
    }

    @Test
    void aUrlIsNamedWithoutItsCredentialsOrQuery() {
        assertThat(VerificationKeys.describe("https://user:pw@sso.medins.cn:8443/realms/x/certs?token=abc"))
                .isEqualTo("https://sso.medins.cn:8443/realms/x/certs");
    }

    /** The verifier's configuration bean as Quarkus makes it: a file is read into it, a URL kept for the resolver. */
    static Supplier<JWTAuthContextInfo> contextAt(String location) {
        return () -> JWTAuthContextInfoProvider.createWithKeyLocation(location, SigningKeys.ISSUER).getContextInfo();
    }

    private static PublicJsonWebKey jwk(SigningKeys keys, String kid) throws Exception {
        PublicJsonWebKey jwk = PublicJsonWebKey.Factory.newPublicJwk(keys.publicKey());
        jwk.setKeyId(kid);
        jwk.setUse("sig");
        return jwk;
    }

    private String file(String name, String content) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, content, StandardCharsets.UTF_8);
        return file.toString();
    }
}
