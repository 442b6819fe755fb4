package cn.medins.privacy;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** Maps a binary attribute holding personal data, such as an outgoing event's payload, to its sealed form. */
@Converter
@ApplicationScoped
public class SealedBytes implements AttributeConverter<byte[], byte[]> {

    private final PersonalDataCipher cipher;

    SealedBytes(PersonalDataCipher cipher) {
        this.cipher = cipher;
    }

    @Override
    public byte[] convertToDatabaseColumn(byte[] clear) {
        return cipher.seal(clear);
    }

    @Override
    public byte[] convertToEntityAttribute(byte[] sealed) {
        return cipher.open(sealed);
    }
}
