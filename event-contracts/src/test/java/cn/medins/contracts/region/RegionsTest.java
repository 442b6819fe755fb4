package cn.medins.contracts.region;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import cn.medins.contracts.region.PoolingRegions.Region;

class RegionsTest {

    @Test
    void theShippedProvinceIsShandongsSixteenCitiesWithoutLaiwu() {
        PoolingRegions shandong = PoolingRegions.shipped();

        assertThat(shandong.codes()).hasSize(16).contains("370100", "370200", "371600", "371700").doesNotContain("371200");
        assertThat(shandong.region("371600")).map(Region::name).contains("滨州市");
        assertThat(shandong.isKnown("110000")).isFalse();
    }

    @Test
    void aRegionFileWithACodeOutsideTheProvinceOrTwiceTheSameIsRefusedNamingTheEntry() {
        Region shandong = new Region("370000", "山东省");
        assertThatThrownBy(() -> new PoolingRegions(shandong, List.of(new Region("370100", "济南市"), new Region("110000", "北京市"))))
                .hasMessageStartingWith("regions[1].code: must be a 6-digit code of the province 370000");
        assertThatThrownBy(() -> new PoolingRegions(shandong, List.of(new Region("370100", "济南市"), new Region("370100", "济南"))))
                .hasMessage("regions[1].code: 370100 listed twice");
    }

    @Test
    void aPartnerMayActOnlyForItsConfiguredRegionsAndProvinceMeansAllOfThem() {
        PartnerRegions partners = new PartnerRegions("x.partners", PoolingRegions.shipped(),
                Map.of("civil-affairs", List.of("371600"), "hr", List.of(PartnerRegions.WHOLE_PROVINCE)));

        assertThat(partners.problem("civil-affairs", "regionCode", "371600")).isEmpty();
        assertThat(partners.problem("civil-affairs", "regionCode", "370100"))
                .contains("field regionCode: 370100 is not a region the civil-affairs partner may act for");
        assertThat(partners.problem("hr", "regionCode", "370200")).isEmpty();
        assertThat(partners.problem("hr", "regionCode", "110000")).isPresent();
    }

    @Test
    void aPartnerConfiguredWithAForeignRegionOrNoneFailsAtStartNamingTheKey() {
        assertThatThrownBy(() -> new PartnerRegions("x.partners", PoolingRegions.shipped(), Map.of("hr", List.of("110000"))))
                .hasMessage("x.partners.hr.regions: 110000 is not a pooling region of the province");
        assertThatThrownBy(() -> new PartnerRegions("x.partners", PoolingRegions.shipped(), Map.of("hr", List.of())))
                .hasMessage("x.partners.hr.regions: at least one region, or province");
        assertThatThrownBy(() -> new PartnerRegions("x.partners", PoolingRegions.shipped(), Map.of("hr", List.of("province", "371600"))))
                .hasMessage("x.partners.hr.regions: province stands alone");
    }
}
