package cn.medins.enrollment.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import cn.medins.contracts.IdNumbers;
import cn.medins.contracts.coverage.Sex;
import cn.medins.contracts.region.PartnerRegions;
import cn.medins.contracts.region.PoolingRegions;
import cn.medins.contracts.region.PoolingRegions.Region;

class InputCheckTest {

    private static final PoolingRegions SHANDONG = new PoolingRegions(new Region("370000", "山东省"),
            List.of(new Region("370100", "济南市"), new Region("371600", "滨州市")));
    private static final LocalDate TODAY = LocalDate.of(2026, 3, 20);

    @Test
    void namesEveryRefusedField() {
        InputCheck check = new InputCheck(SHANDONG, TODAY)
                .idNumber("mother.idNumber", "371602199001011222")
                .region("regionCode", "371200")
                .notInFuture("birthDate", TODAY.plusDays(1));

        assertThat(check.passed()).isFalse();
        assertThat(check.violations()).extracting(InputCheck.Violation::field)
                .containsExactly("mother.idNumber", "regionCode", "birthDate");
        assertThat(check.reason()).contains("field mother.idNumber:").contains("371200 is not a pooling region");
    }

    @Test
    void passesValidInput() {
        assertThat(new InputCheck(SHANDONG, TODAY)
                .idNumber("idNumber", "371602199001011221")
                .region("regionCode", "371600")
                .notInFuture("birthDate", TODAY)
                .passed()).isTrue();
    }

    /**
     * Trust boundaries: any region of the province was accepted from any partner, so one city's bureau could enrol or
     * end coverage in another. A partner's record may name only a region that partner may act for.
     */
    @Test
    void aPartnersRecordNamingARegionOfTheProvinceItMayNotActForIsRefusedNamingTheField() {
        PartnerRegions partners = new PartnerRegions("enrollment.partners", SHANDONG, Map.of("health", List.of("province"),
                "police", List.of("371600"), "education", List.of("371600"), "hr", List.of("371600")));

        InputCheck roster = new InputCheck(SHANDONG, partners.of(Partner.EDUCATION.key()), TODAY).region("regionCode", "370100");

        assertThat(roster.violations()).extracting(InputCheck.Violation::field).containsExactly("regionCode");
        assertThat(roster.reason()).isEqualTo("field regionCode: 370100 is not a region the education partner may act for");
        assertThat(new InputCheck(SHANDONG, partners.of(Partner.HEALTH.key()), TODAY).region("regionCode", "370100").passed()).isTrue();
        assertThat(new InputCheck(SHANDONG, partners.of(Partner.EDUCATION.key()), TODAY).region("regionCode", "371200").reason())
                .isEqualTo("field regionCode: 371200 is not a pooling region of the province");
    }

    @Test
    void staffAtTheCounterMayNameAnyRegionOfTheProvince() {
        assertThat(new InputCheck(SHANDONG, TODAY).region("$.regionCode", "370100").passed()).isTrue();
    }

    @Test
    void aPartnerConfiguredWithoutRegionsOrWithOneOutsideTheProvinceFailsAtStartNamingTheKey() {
        assertThatThrownBy(() -> new PartnerRegions("enrollment.partners", SHANDONG, Map.of("health", List.of("371600"),
                "education", List.of("371200"))))
                .hasMessage("enrollment.partners.education.regions: 371200 is not a pooling region of the province");
        assertThatThrownBy(() -> new PartnerRegions("enrollment.partners", SHANDONG, Map.of("police", List.of())))
                .hasMessage("enrollment.partners.police.regions: at least one region, or province");
    }

    @Test
    void readsBirthDateAndSexFromTheIdNumberAndRefusesAnImpossibleDate() {
        assertThat(IdentityFacts.birthDate("371602199001011221")).isEqualTo(LocalDate.of(1990, 1, 1));
        assertThat(IdentityFacts.sex("371602199001011221")).isEqualTo(Sex.F);
        assertThat(IdentityFacts.sex("371602198805052315")).isEqualTo(Sex.M);
        String february30 = "37160219900230123";
        assertThat(IdentityFacts.problem(february30 + IdNumbers.checkDigit(february30)))
                .get().asString().contains("birth date");
    }
}
