package cn.medins.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

class PersonalDataCipherTest {

    private static final String ID_NUMBER = "371602199001011221";
    private final PersonalDataCipher cipher = PersonalDataCipher.ofKeyset(PersonalDataCipher.newKeyset());

    @Test
    void aSealedIdNumberOpensToItselfAndShowsNothingOfIt() {
        String sealed = cipher.seal(ID_NUMBER);

        assertThat(cipher.open(sealed)).isEqualTo(ID_NUMBER);
        assertThat(sealed).doesNotContain("371602").doesNotContain("1221").matches("[A-Za-z0-9_-]+");
        assertThat(sealed).hasSizeLessThanOrEqualTo(52);
    }

    @Test
    void theSameValueAlwaysSealsToTheSameTextSoLookupsAndUniqueKeysWork() {
        assertThat(cipher.seal(ID_NUMBER)).isEqualTo(cipher.seal(ID_NUMBER));
        assertThat(cipher.seal(ID_NUMBER)).isNotEqualTo(cipher.seal("371602199001011230"));
    }

    @Test
    void aValueSealedUnderAnotherKeyDoesNotOpenAndTheErrorDoesNotQuoteIt() {
        String foreign = PersonalDataCipher.ofKeyset(PersonalDataCipher.newKeyset()).seal(ID_NUMBER);

        assertThatThrownBy(() -> cipher.open(foreign)).isInstanceOf(IllegalStateException.class)
                .hasMessageNotContaining(foreign).hasMessageNotContaining(ID_NUMBER);
    }

    @Test
    void aValueStoredInClearOrTamperedWithIsRefusedRatherThanReadAsSomethingElse() {
        byte[] sealed = cipher.seal(ID_NUMBER.getBytes(StandardCharsets.UTF_8));
        sealed[sealed.length - 1] ^= 1;

        assertThatThrownBy(() -> cipher.open(sealed)).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> cipher.open(ID_NUMBER)).isInstanceOf(IllegalStateException.class)
                .hasMessageNotContaining(ID_NUMBER);
        assertThatThrownBy(() -> cipher.open("not base64!")).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void absentValuesStayAbsent() {
        assertThat(cipher.seal((String) null)).isNull();
        assertThat(cipher.open((String) null)).isNull();
        assertThat(cipher.seal((byte[]) null)).isNull();
    }

    @Test
    void somethingThatIsNotAKeysetIsRefusedAtOnce() {
        assertThatThrownBy(() -> PersonalDataCipher.ofKeyset("{\"primaryKeyId\": 1}"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("keyset");
    }
}
