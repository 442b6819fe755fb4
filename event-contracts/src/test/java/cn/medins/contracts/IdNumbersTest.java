package cn.medins.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class IdNumbersTest {

    @ParameterizedTest
    @ValueSource(strings = {"371602199001011221", "371602198805052315", "371602202603140025", "11010519491231002X"})
    void acceptsIdNumbersWithTheirCheckDigit(String idNumber) {
        assertThat(IdNumbers.isValid(idNumber)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"371602199001011222", "37160219900101122", "3716021990010112211", "37160219900101122x",
            "A71602199001011221", "", "３71602199001011221"})
    void rejectsWrongCheckDigitLengthOrCharacters(String idNumber) {
        assertThat(IdNumbers.isValid(idNumber)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"19901301", "20260230", "18991231", "00000000"})
    void rejectsANumberWhoseBirthDateDoesNotExistEvenWithTheRightCheckDigit(String birthDate) {
        String first17 = "371602" + birthDate + "122";
        assertThat(IdNumbers.isValid(first17 + IdNumbers.checkDigit(first17))).isFalse();
    }

    @Test
    void masksTheMiddleEightDigits() {
        assertThat(IdNumbers.mask("371602199001011221")).isEqualTo("371602********1221");
        assertThat(IdNumbers.mask("12345")).isEqualTo("*****");
        assertThat(IdNumbers.mask(null)).isNull();
    }

    @Test
    void everyServiceNamesTheSameProblemWithAnIdNumberAndARefusalNeverShowsTheNumber() {
        assertThat(IdNumbers.problem("371602199001011221")).isEmpty();
        assertThat(IdNumbers.problem(null)).contains("is required");
        assertThat(IdNumbers.problem("371602199002301221")).contains("does not contain a valid birth date");
        assertThat(IdNumbers.problem("371602199001011222")).contains("is not a valid 18-character ID number (17 digits and the check digit)");
        assertThat(IdNumbers.refusal("idNumber", "371602199001011222")).hasValueSatisfying(refusal -> assertThat(refusal)
                .startsWith("field idNumber: 371602********1222 is not a valid").doesNotContain("371602199001011222"));
    }
}
