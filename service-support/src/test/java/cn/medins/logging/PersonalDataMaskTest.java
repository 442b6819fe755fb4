package cn.medins.logging;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PersonalDataMaskTest {

    @Test
    void anIdNumberKeepsItsRegionAndLastFour() {
        assertThat(PersonalDataMask.mask("person 371602199001011221 not covered"))
                .isEqualTo("person 371602********1221 not covered");
        assertThat(PersonalDataMask.mask("idNumber=37160219900101122X;")).isEqualTo("idNumber=371602********122X;");
    }

    @Test
    void aBankAccountKeepsOnlyItsLastFour() {
        assertThat(PersonalDataMask.mask("account 6222021234567890123 paid")).isEqualTo("account ****0123 paid");
        assertThat(PersonalDataMask.mask("account 6222021234567890")).isEqualTo("account ****7890");
    }

    @Test
    void tokensNeverSurvive() {
        String jwt = "eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJ4In0.c2lnbmF0dXJl";
        assertThat(PersonalDataMask.mask("Authorization: Bearer " + jwt)).isEqualTo("Authorization: Bearer [redacted]");
        assertThat(PersonalDataMask.mask("token " + jwt + " refused")).isEqualTo("token [token redacted] refused");
    }

    @Test
    void traceabilityCodesAmountsAndIdsThatAreNotPersonalDataStayReadable() {
        String line = "code 83123450000000000001 billed 15.50 at H3716001 settlement 1733130000000 request R-371602";
        assertThat(PersonalDataMask.mask(line)).isEqualTo(line);
    }

    @Test
    void anAlreadyMaskedIdNumberIsLeftAsItIs() {
        assertThat(PersonalDataMask.mask("371602********1221")).isEqualTo("371602********1221");
    }
}
