package cn.medins.localstack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.Base64;

/**
 * The local stack's token signing key pair, made on first start and kept in the data folder, so tokens printed by
 * {@code deploy/local/token} stay valid across restarts. The services verify against {@link #keySetFile()}, a JWK Set
 * holding the public key under its {@code kid} ({@link JwkSet#keyId}); tokens name that {@code kid}. The PEM public key
 * stays next to it for whatever reads a PEM. Production verifies against its identity provider instead.
 */
public final class SigningKeys {

    public static final String ISSUER = "https://medins.cn/local";
    /** The folder of the keys inside the local stack's data folder. */
    public static final String FOLDER = "keys";
    private static final String PRIVATE_KEY = "jwt-private.pem";
    private static final String PUBLIC_KEY = "jwt-public.pem";
    private static final String KEY_SET = "jwks.json";

    private final Path folder;

    private SigningKeys(Path folder) {
        this.folder = folder;
    }

    /**
     * The key pair in {@code folder}, generated there if it is not yet; its JWK Set is written too if missing (a data
     * folder from before the services read a key set has the PEM files only).
     */
    public static SigningKeys in(Path folder) {
        SigningKeys keys = new SigningKeys(folder);
        if (!Files.isRegularFile(keys.publicKeyFile()) || !Files.isRegularFile(folder.resolve(PRIVATE_KEY))) {
            keys.generate();
        } else if (!Files.isRegularFile(keys.keySetFile())) {
            keys.writeKeySet();
        }
        return keys;
    }

    /** The running local stack's keys, in its data folder. */
    public static SigningKeys ofStack(Path dataFolder) {
        return in(dataFolder.resolve(FOLDER));
    }

    public Path publicKeyFile() {
        return folder.resolve(PUBLIC_KEY);
    }

    /** The JWK Set ({@code {"keys":[...]}}) with this pair's public key: what the services verify tokens against. */
    public Path keySetFile() {
        return folder.resolve(KEY_SET);
    }

    /** The {@code kid} tokens signed with this pair carry, and the key set names the public key by. */
    public String keyId() {
        return JwkSet.keyId(publicKey());
    }

    public PublicKey publicKey() {
        return JwkSet.publicKeyOf(privateKey());
    }

    public PrivateKey privateKey() {
        try {
            String pem = Files.readString(folder.resolve(PRIVATE_KEY), StandardCharsets.US_ASCII);
            byte[] der = Base64.getMimeDecoder().decode(pem.replaceAll("-----[A-Z ]+-----", "").strip());
            return KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(der));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the signing key in " + folder, e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the signing key in " + folder + " is not an RSA private key", e);
        }
    }

    private void generate() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            KeyPair pair = generator.generateKeyPair();
            Files.createDirectories(folder);
            Path privateKey = folder.resolve(PRIVATE_KEY);
            Files.writeString(privateKey, pem("PRIVATE KEY", pair.getPrivate().getEncoded()), StandardCharsets.US_ASCII);
            Files.setPosixFilePermissions(privateKey, PosixFilePermissions.fromString("rw-------"));
            Files.writeString(publicKeyFile(), pem("PUBLIC KEY", pair.getPublic().getEncoded()), StandardCharsets.US_ASCII);
            Files.writeString(keySetFile(), JwkSet.of(pair.getPublic()), StandardCharsets.US_ASCII);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the signing keys to " + folder, e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("this JVM cannot generate RSA keys", e);
        }
    }

    private void writeKeySet() {
        try {
            Files.writeString(keySetFile(), JwkSet.of(publicKey()), StandardCharsets.US_ASCII);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the key set to " + folder, e);
        }
    }

    private static String pem(String type, byte[] der) {
        return "-----BEGIN " + type + "-----\n" + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
                .encodeToString(der) + "\n-----END " + type + "-----\n";
    }
}
