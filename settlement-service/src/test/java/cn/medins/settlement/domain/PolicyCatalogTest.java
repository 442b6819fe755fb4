package cn.medins.settlement.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import cn.medins.settlement.config.PolicyFiles;
import cn.medins.settlement.domain.PolicyCatalog.Version;
import cn.medins.settlement.domain.policy.Policy;

class PolicyCatalogTest {

    private static final Policy REFERENCE = PolicyFiles.readResource("policies/371600-2026.json");

    private static Policy labelled(String version) {
        return new Policy(REFERENCE.regionCode(), REFERENCE.year(), version, REFERENCE.classBSelfPayRatio(), REFERENCE.maxRatio(),
                REFERENCE.remoteCare(), REFERENCE.employee(), REFERENCE.resident(), REFERENCE.medicalAssistance());
    }

    private static String inForce(PolicyCatalog catalog, String date) {
        return catalog.inForce("371600", LocalDate.parse(date)).map(v -> v.policy().version()).orElse(null);
    }

    @Test
    void aClaimIsRatedUnderTheVersionEffectiveLatestOnOrBeforeItsServiceDateWithinItsYear() {
        PolicyCatalog catalog = new PolicyCatalog(List.of(
                new Version(labelled("a"), LocalDate.of(2026, 1, 1), 1),
                new Version(labelled("b"), LocalDate.of(2026, 7, 1), 2)));

        assertThat(inForce(catalog, "2026-06-30")).isEqualTo("a");
        assertThat(inForce(catalog, "2026-07-01")).isEqualTo("b");
        assertThat(inForce(catalog, "2026-12-31")).isEqualTo("b");
        assertThat(inForce(catalog, "2027-01-01")).as("a year's policy never rates the next year").isNull();
        assertThat(inForce(catalog, "2025-12-31")).isNull();
    }

    @Test
    void aLaterActivationForTheSameDaySupersedesButTheSupersededVersionStillRatesWhatRecordedIt() {
        PolicyCatalog catalog = new PolicyCatalog(List.of(
                new Version(labelled("b-first"), LocalDate.of(2026, 7, 1), 2),
                new Version(labelled("a"), LocalDate.of(2026, 1, 1), 1),
                new Version(labelled("b-again"), LocalDate.of(2026, 7, 1), 3)));

        assertThat(inForce(catalog, "2026-08-01")).isEqualTo("b-again");
        assertThat(catalog.byVersion("b-first")).isPresent();
        assertThat(catalog.calculator("371600", LocalDate.of(2026, 3, 1))).hasValueSatisfying(calculator ->
                assertThat(calculator.policy().version()).isEqualTo("a"));
    }

    @Test
    void aVersionEffectiveOutsideItsYearOrALabelUsedTwiceIsRefused() {
        assertThatThrownBy(() -> new Version(labelled("x"), LocalDate.of(2027, 1, 1), 1))
                .hasMessageStartingWith("effectiveFrom: must fall in the policy's year 2026");
        assertThatThrownBy(() -> new PolicyCatalog(List.of(new Version(labelled("x"), LocalDate.of(2026, 1, 1), 1),
                new Version(labelled("x"), LocalDate.of(2026, 5, 1), 2)))).hasMessageContaining("two policies labelled x");
    }

    @Test
    void aPolicyWrittenForStorageReadsBackAsTheSameFigures() {
        Policy stored = PolicyFiles.read("stored", new java.io.ByteArrayInputStream(PolicyFiles.write(REFERENCE)
                .getBytes(java.nio.charset.StandardCharsets.UTF_8)));

        assertThat(stored).isEqualTo(REFERENCE);
    }
}
