package cn.medins.localstack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

import cn.medins.privacy.PersonalDataCipher;

/**
 * The key the services seal personal data with before storing it, made on first start next to the token signing keys.
 * It must outlive the database it protects: losing it makes every stored ID number unreadable.
 */
public final class PersonalDataKeyset {

    private static final String FILE = "personal-data-keyset.json";

    private PersonalDataKeyset() {
    }

    /** The keyset file in {@code folder}, generated there if it is not yet. */
    public static Path in(Path folder) {
        Path file = folder.resolve(FILE).toAbsolutePath();
        if (!Files.isRegularFile(file)) {
            try {
                Files.createDirectories(file.getParent());
                Files.writeString(file, PersonalDataCipher.newKeyset(), StandardCharsets.UTF_8);
                Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot write the personal data keyset to " + file, e);
            }
        }
        return file;
    }
}
