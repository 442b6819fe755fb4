package cn.medins.settlement.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class InstitutionSeedTest {

    @Test
    void theShippedReferenceInstitutionsAreValidAndIncludeTheOnesTheLocalStackPromises() {
        assertThat(InstitutionSeed.read("reference/institutions.json"))
                .extracting(InstitutionSeed.Entry::institutionId)
                .contains("H3716001", "H3716002", "P3716001", "H3702001")
                .doesNotHaveDuplicates();
        assertThat(InstitutionSeed.read("reference/institutions.json"))
                .filteredOn(entry -> entry.institutionId().equals("H3702001"))
                .singleElement().satisfies(qingdao -> {
                    assertThat(qingdao.level()).isEqualTo(3);
                    assertThat(qingdao.regionCode()).isEqualTo("370200");
                });
    }

    @Test
    void aBadEntryRefusesTheWholeFileNamingTheEntryAndField() {
        assertThatThrownBy(() -> InstitutionSeed.read("reference/broken-institutions.json"))
                .hasMessage("reference/broken-institutions.json: [1].level: must be 1, 2 or 3, was 4");
        assertThatThrownBy(() -> InstitutionSeed.read("reference/none.json")).hasMessageContaining("no such reference file");
    }
}
