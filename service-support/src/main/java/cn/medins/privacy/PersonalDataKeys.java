package cn.medins.privacy;

import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.quarkus.runtime.Startup;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/** Makes the personal data cipher from the configured keyset, at start-up so that a missing key stops the service. */
public class PersonalDataKeys {

    static final String KEYSET_LOCATION = "medins.personal-data.keyset-location";

    @Produces
    @Singleton
    @Startup
    PersonalDataCipher cipher(@ConfigProperty(name = KEYSET_LOCATION) String keysetLocation) {
        Path keyset = Path.of(keysetLocation);
        if (!Files.isReadable(keyset)) {
            throw new IllegalStateException(KEYSET_LOCATION + ": no readable keyset at " + keyset.toAbsolutePath()
                    + "; production mounts it from the Secret medins-<service>-personal-data-keyset, the local stack makes one");
        }
        return PersonalDataCipher.readFrom(keyset);
    }
}
