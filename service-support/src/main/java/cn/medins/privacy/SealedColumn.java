package cn.medins.privacy;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/**
 * Maps a personal-data attribute to its sealed form in the database. Hibernate converts query parameters compared
 * with the attribute too, so {@code find("idNumber", idNumber)} keeps working; native SQL must seal its own
 * parameters through {@link PersonalDataCipher}.
 */
@Converter
@ApplicationScoped
public class SealedColumn implements AttributeConverter<String, String> {

    private final PersonalDataCipher cipher;

    SealedColumn(PersonalDataCipher cipher) {
        this.cipher = cipher;
    }

    @Override
    public String convertToDatabaseColumn(String clear) {
        return cipher.seal(clear);
    }

    @Override
    public String convertToEntityAttribute(String sealed) {
        return cipher.open(sealed);
    }
}
