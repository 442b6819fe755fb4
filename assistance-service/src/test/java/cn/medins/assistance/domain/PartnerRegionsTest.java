package cn.medins.assistance.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import cn.medins.assistance.domain.PartnerRegions.Partner;

class PartnerRegionsTest {

    private final PartnerRegions binzhou = new PartnerRegions(Map.of(Partner.CIVIL_AFFAIRS, List.of("371600"),
            Partner.HR, List.of("371600", "370100")));

    @Test
    void aRecordNamingARegionItsPartnerMayNotActForIsRefusedNamingTheField() {
        assertThat(binzhou.problem(Partner.CIVIL_AFFAIRS, "regionCode", "371600")).isEmpty();
        assertThat(binzhou.problem(Partner.CIVIL_AFFAIRS, "regionCode", "370100"))
                .contains("field regionCode: 370100 is not a region the civil-affairs partner may act for");
        assertThat(binzhou.problem(Partner.HR, "regionCode", "370100")).isEmpty();
    }

    @Test
    void aPartnerWithoutRegionsFailsAtStartNamingItsKey() {
        assertThatThrownBy(() -> new PartnerRegions(Map.of(Partner.CIVIL_AFFAIRS, List.of("371600"))))
                .hasMessage("medins.assistance.partners.hr.regions: at least one region");
    }
}
