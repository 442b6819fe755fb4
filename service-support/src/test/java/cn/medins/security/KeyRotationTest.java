package cn.medins.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Set;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import cn.medins.localstack.JwkSet;
import cn.medins.localstack.SigningKeys;
import cn.medins.localstack.TokenIssuer;
import cn.medins.testing.KeySetServer;
import io.smallrye.jwt.auth.principal.DefaultJWTCallerPrincipalFactory;
import io.smallrye.jwt.auth.principal.DefaultJWTParser;
import io.smallrye.jwt.auth.principal.JWTAuthContextInfo;
import io.smallrye.jwt.auth.principal.JWTParser;
import io.smallrye.jwt.auth.principal.ParseException;
import io.smallrye.jwt.config.JWTAuthContextInfoProvider;

/**
 * Key rotation as smallrye-jwt's verifier meets it: the verifier the services run (its configuration bean reading the
 * location, its resolver selecting the key by the token's {@code kid}), fed key sets as files and from a URL.
 */
class KeyRotationTest {

    @TempDir
    Path dir;

    private SigningKeys oldKeys;
    private SigningKeys newKeys;
    private SigningKeys stranger;

    @BeforeEach
    void keys() {
        oldKeys = SigningKeys.in(dir.resolve("old"));
        newKeys = SigningKeys.in(dir.resolve("new"));
        stranger = SigningKeys.in(dir.resolve("stranger"));
    }

    @Test
    void duringARotationTheSetHoldsBothKeysAndTokensSignedByEitherVerify() throws Exception {
        JWTParser verifier = verifierOf(file("overlap.json", JwkSet.of(oldKeys.publicKey(), newKeys.publicKey())));

        assertThat(verifier.parse(token(oldKeys)).getGroups()).containsExactly("agency");
        assertThat(verifier.parse(token(newKeys)).getGroups()).containsExactly("agency");
    }

    @Test
    void onceTheOldKeyIsRemovedItsTokensAreRefusedAndTheNewKeysStillVerify() throws Exception {
        String oldToken = token(oldKeys);
        JWTParser verifier = verifierOf(file("new-only.json", JwkSet.of(newKeys.publicKey())));

        assertThatThrownBy(() -> verifier.parse(oldToken)).isInstanceOf(ParseException.class);
        assertThat(verifier.parse(token(newKeys)).getName()).isEqualTo("local-agency");
    }

    @Test
    void aTokenSignedByAKeyOutsideTheSetIsRefused() throws Exception {
        JWTParser verifier = verifierOf(file("overlap.json", JwkSet.of(oldKeys.publicKey(), newKeys.publicKey())));

        assertThatThrownBy(() -> verifier.parse(token(stranger))).isInstanceOf(ParseException.class);
    }

    /** The kid only selects the key: a token naming a key of the set but signed by another fails its signature. */
    @Test
    void aTokenNamingAKidOfTheSetButSignedWithAnotherKeyIsRefused() throws Exception {
        JWTParser verifier = verifierOf(file("overlap.json", JwkSet.of(oldKeys.publicKey(), newKeys.publicKey())));
        String forged = new TokenIssuer(stranger.privateKey(), oldKeys.keyId(), SigningKeys.ISSUER, TokenIssuer.AUDIENCE)
                .token("agency", null, Duration.ofHours(1));

        assertThatThrownBy(() -> verifier.parse(forged)).isInstanceOf(ParseException.class);
    }

    /** smallrye-jwt picks the only key of a one-key set for a token naming none; from several it picks none. */
    @Test
    void aTokenWithoutKidVerifiesAgainstASetOfOneKeyOnly() throws Exception {
        String unnamed = new TokenIssuer(oldKeys.privateKey(), null, SigningKeys.ISSUER, TokenIssuer.AUDIENCE)
                .token("agency", null, Duration.ofHours(1));

        assertThat(verifierOf(file("one.json", JwkSet.of(oldKeys.publicKey()))).parse(unnamed).getName())
                .isEqualTo("local-agency");
        JWTParser overlap = verifierOf(file("overlap.json", JwkSet.of(oldKeys.publicKey(), newKeys.publicKey())));
        assertThatThrownBy(() -> overlap.parse(unnamed)).isInstanceOf(ParseException.class);
    }

    /** The content decides, not the name: a key set mounted as public.pem (as the Kubernetes Deployments mount it) works. */
    @Test
    void aKeySetIsReadAsSuchWhateverTheFileIsCalled() throws Exception {
        JWTParser verifier = verifierOf(file("public.pem", JwkSet.of(oldKeys.publicKey(), newKeys.publicKey())));

        assertThat(verifier.parse(token(newKeys)).getName()).isEqualTo("local-agency");
        assertThatThrownBy(() -> verifier.parse(token(stranger))).isInstanceOf(ParseException.class);
    }

    /** Compatibility: a deployment that still mounts one PEM public key verifies the tokens, kid or not. */
    @Test
    void aPemPublicKeyStillVerifiesTokensThatNameAKid() throws Exception {
        JWTParser verifier = verifierOf(oldKeys.publicKeyFile().toString());

        assertThat(verifier.parse(token(oldKeys)).getName()).isEqualTo("local-agency");
        assertThatThrownBy(() -> verifier.parse(token(stranger))).isInstanceOf(ParseException.class);
    }

    /**
     * A set at a URL is fetched again when its cache lifetime ends (here the provider's max-age of 1 s; without one
     * smallrye.jwt.jwks.refresh-interval), or at once for a kid the kept set lacks: the same verifier accepts the added
     * key and then refuses the removed one, without a restart.
     */
    @Test
    void aKeySetAtAUrlRotatesWithoutARestart() throws Exception {
        try (KeySetServer provider = KeySetServer.start(JwkSet.of(oldKeys.publicKey()))) {
            JWTParser verifier = verifierOf(provider.uri().toString());
            String oldToken = token(oldKeys);
            assertThat(verifier.parse(oldToken).getName()).isEqualTo("local-agency");

            provider.serve(JwkSet.of(oldKeys.publicKey(), newKeys.publicKey()));
            String newToken = token(newKeys);
            Awaitility.await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(200))
                    .until(() -> !refuses(verifier, newToken));
            assertThat(verifier.parse(oldToken).getName()).isEqualTo("local-agency");

            provider.serve(JwkSet.of(newKeys.publicKey()));
            Awaitility.await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(200))
                    .until(() -> refuses(verifier, oldToken));
            assertThat(verifier.parse(token(newKeys)).getName()).isEqualTo("local-agency");
            assertThatThrownBy(() -> verifier.parse(token(stranger))).isInstanceOf(ParseException.class);
        }
    }

    private static boolean refuses(JWTParser verifier, String token) {
        try {
            verifier.parse(token);
            return false;
        } catch (ParseException e) {
            return true;
        }
    }

    private String file(String name, String keySet) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, keySet, StandardCharsets.US_ASCII);
        return file.toString();
    }

    /** A verifier as a service builds it from mp.jwt.verify.publickey.location, issuer and audience. */
    static JWTParser verifierOf(String location) {
        JWTAuthContextInfo info = JWTAuthContextInfoProvider.createWithKeyLocation(location, SigningKeys.ISSUER).getContextInfo();
        info.setExpectedAudience(Set.of(TokenIssuer.AUDIENCE));
        // its own factory: the shared one caches the first key resolver for every configuration
        return new DefaultJWTParser(info, new DefaultJWTCallerPrincipalFactory());
    }

    private static String token(SigningKeys keys) {
        return new TokenIssuer(keys.privateKey(), SigningKeys.ISSUER).token("agency", null, Duration.ofHours(1));
    }
}
