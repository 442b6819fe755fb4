package cn.medins.privacy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.util.Base64;

import com.google.crypto.tink.DeterministicAead;
import com.google.crypto.tink.InsecureSecretKeyAccess;
import com.google.crypto.tink.KeysetHandle;
import com.google.crypto.tink.RegistryConfiguration;
import com.google.crypto.tink.TinkJsonProtoKeysetFormat;
import com.google.crypto.tink.daead.DeterministicAeadConfig;
import com.google.crypto.tink.daead.PredefinedDeterministicAeadParameters;

/**
 * Seals personal data (ID numbers, bank accounts, person snapshots, outgoing event payloads) before it reaches the
 * database, so that a dump or a backup alone does not expose it. Deterministic AES-256-SIV: a value always seals to the
 * same text, which keeps lookups, unique constraints and joins by ID number working on the sealed column. The price is
 * that equal values are visible as equal, which any lookup index would reveal anyway. The key lives outside the
 * database (a Kubernetes Secret, the local stack's data folder) and is rotated by adding a key to the keyset.
 */
public final class PersonalDataCipher {

    /** Binds every sealed value to this suite, so a text sealed by another system with the same key won't open. */
    private static final byte[] CONTEXT = "medins personal data".getBytes(StandardCharsets.UTF_8);
    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DECODER = Base64.getUrlDecoder();

    private final DeterministicAead aead;

    private PersonalDataCipher(DeterministicAead aead) {
        this.aead = aead;
    }

    /** A cipher over a keyset in Tink's JSON format, as {@link #newKeyset()} writes it. */
    public static PersonalDataCipher ofKeyset(String keysetJson) {
        try {
            register();
            KeysetHandle keyset = TinkJsonProtoKeysetFormat.parseKeyset(keysetJson, InsecureSecretKeyAccess.get());
            return new PersonalDataCipher(keyset.getPrimitive(RegistryConfiguration.get(), DeterministicAead.class));
        } catch (GeneralSecurityException e) {
            throw new IllegalArgumentException("not a Tink JSON keyset of deterministic AEAD keys", e);
        }
    }

    /** A cipher over the keyset kept in {@code file}. */
    public static PersonalDataCipher readFrom(Path file) {
        try {
            return ofKeyset(Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the personal data keyset " + file.toAbsolutePath(), e);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(file.toAbsolutePath() + ": " + e.getMessage(), e);
        }
    }

    /** A fresh keyset with one AES-256-SIV key, in Tink's JSON format. */
    public static String newKeyset() {
        try {
            register();
            KeysetHandle keyset = KeysetHandle.generateNew(PredefinedDeterministicAeadParameters.AES256_SIV);
            return TinkJsonProtoKeysetFormat.serializeKeyset(keyset, InsecureSecretKeyAccess.get());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot generate an AES-SIV keyset", e);
        }
    }

    public String seal(String clear) {
        return clear == null ? null : ENCODER.encodeToString(seal(clear.getBytes(StandardCharsets.UTF_8)));
    }

    public String open(String sealed) {
        if (sealed == null) {
            return null;
        }
        byte[] bytes;
        try {
            bytes = DECODER.decode(sealed);
        } catch (IllegalArgumentException e) {
            throw unopenable(e);
        }
        return new String(open(bytes), StandardCharsets.UTF_8);
    }

    public byte[] seal(byte[] clear) {
        if (clear == null) {
            return null;
        }
        try {
            return aead.encryptDeterministically(clear, CONTEXT);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot seal a value", e);
        }
    }

    public byte[] open(byte[] sealed) {
        if (sealed == null) {
            return null;
        }
        try {
            return aead.decryptDeterministically(sealed, CONTEXT);
        } catch (GeneralSecurityException e) {
            throw unopenable(e);
        }
    }

    private static IllegalStateException unopenable(Exception cause) {
        // The message must not quote the value: it may be personal data stored in clear by mistake.
        return new IllegalStateException("a sealed value cannot be opened with this keyset", cause);
    }

    private static void register() throws GeneralSecurityException {
        DeterministicAeadConfig.register();
    }
}
