package cn.medins.localstack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

class TokenIssuerTest {

    @TempDir
    Path keys;

    @Test
    void theKeyPairIsMadeOnceAndKeptSoEarlierTokensStayValid() throws Exception {
        SigningKeys first = SigningKeys.in(keys);
        String publicKey = Files.readString(first.publicKeyFile());

        SigningKeys again = SigningKeys.in(keys);

        assertThat(Files.readString(again.publicKeyFile())).isEqualTo(publicKey);
        assertThat(again.privateKey().getEncoded()).isEqualTo(first.privateKey().getEncoded());
        assertThat(Files.getPosixFilePermissions(keys.resolve("jwt-private.pem"))).hasSize(2);
    }

    @Test
    void theKeySetNamesThePublicKeyByTheKidTokensCarryAndHoldsNoPrivatePart() throws Exception {
        SigningKeys signing = SigningKeys.in(keys);
        String token = new TokenIssuer(signing.privateKey(), SigningKeys.ISSUER).token("agency", null, Duration.ofMinutes(5));

        JsonNode set = new ObjectMapper().readTree(Files.readString(signing.keySetFile()));

        assertThat(set.path("keys")).hasSize(1);
        JsonNode key = set.path("keys").get(0);
        assertThat(key.path("kid").asText()).isEqualTo(signing.keyId()).isEqualTo(headerOf(token).path("kid").asText());
        assertThat(key.path("kty").asText()).isEqualTo("RSA");
        assertThat(key.path("use").asText()).isEqualTo("sig");
        assertThat(key.path("alg").asText()).isEqualTo("RS256");
        assertThat(key.has("d")).as("no private exponent").isFalse();
        assertThat(key.has("p")).isFalse();
    }

    /** A data folder made before the services read a key set has the PEM files only: the same key gets its key set. */
    @Test
    void aKeyPairFromBeforeTheKeySetKeepsItsKeyAndGainsAKeySet() throws Exception {
        SigningKeys first = SigningKeys.in(keys);
        String kid = first.keyId();
        Files.delete(first.keySetFile());

        SigningKeys again = SigningKeys.in(keys);

        assertThat(again.keyId()).isEqualTo(kid);
        assertThat(Files.readString(again.keySetFile())).contains("\"kid\":\"" + kid + "\"");
    }

    @Test
    void twoKeysMakeAKeySetOfTwoKidsInOrder(@TempDir Path other) throws Exception {
        SigningKeys oldKeys = SigningKeys.in(keys);
        SigningKeys newKeys = SigningKeys.in(other);

        JsonNode set = new ObjectMapper().readTree(JwkSet.of(oldKeys.publicKey(), newKeys.publicKey()));

        assertThat(set.path("keys").findValuesAsText("kid")).containsExactly(oldKeys.keyId(), newKeys.keyId());
        assertThat(oldKeys.keyId()).isNotEqualTo(newKeys.keyId());
    }

    @Test
    void anInstitutionTokenCarriesItsRoleAndInstitution() throws Exception {
        TokenIssuer issuer = new TokenIssuer(SigningKeys.in(keys).privateKey(), SigningKeys.ISSUER);

        JsonNode claims = claimsOf(issuer.token("institution", "H3716001", Duration.ofMinutes(5)));

        assertThat(claims.path("iss").asText()).isEqualTo(SigningKeys.ISSUER);
        assertThat(claims.path("aud").asText()).isEqualTo(TokenIssuer.AUDIENCE);
        assertThat(claims.path("groups").toString()).isEqualTo("[\"institution\"]");
        assertThat(claims.path("institutionId").asText()).isEqualTo("H3716001");
        assertThat(claims.path("exp").asLong() - claims.path("iat").asLong()).isEqualTo(300);
    }

    @Test
    void rolesAndInstitutionsThatDoNotFitAreRefused() {
        TokenIssuer issuer = new TokenIssuer(SigningKeys.in(keys).privateKey(), SigningKeys.ISSUER);

        assertThatThrownBy(() -> issuer.token("admin", null, Duration.ofMinutes(5))).hasMessageContaining("role must be one of");
        assertThatThrownBy(() -> issuer.token("institution", null, Duration.ofMinutes(5))).hasMessageContaining("needs an institutionId");
        assertThatThrownBy(() -> issuer.token("agency", "H3716001", Duration.ofMinutes(5))).hasMessageContaining("only the institution role");
    }

    @Test
    void aNamedMemberOfStaffIsTheTokensSubjectAndAnInstitutionCannotTakeAnotherName() throws Exception {
        TokenIssuer issuer = new TokenIssuer(SigningKeys.in(keys).privateKey(), SigningKeys.ISSUER);

        assertThat(claimsOf(issuer.token("agency", null, "王科员", Duration.ofMinutes(5))).path("sub").asText()).isEqualTo("王科员");
        assertThat(claimsOf(issuer.token("agency", null, null, Duration.ofMinutes(5))).path("sub").asText()).isEqualTo("local-agency");
        assertThatThrownBy(() -> issuer.token("institution", "H3716001", "王科员", Duration.ofMinutes(5)))
                .hasMessageContaining("in its own name");
    }

    private static JsonNode headerOf(String token) throws Exception {
        String header = token.split("\\.")[0];
        return new ObjectMapper().readTree(new String(Base64.getUrlDecoder().decode(header), StandardCharsets.UTF_8));
    }

    private static JsonNode claimsOf(String token) throws Exception {
        String payload = token.split("\\.")[1];
        return new ObjectMapper().readTree(new String(Base64.getUrlDecoder().decode(payload), StandardCharsets.UTF_8));
    }
}
