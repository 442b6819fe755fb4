package cn.medins.contracts.policy;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import cn.medins.contracts.policy.VersionsInForce.Version;

class VersionsInForceTest {

    private static final Version<String> JANUARY = new Version<>("371600", LocalDate.of(2026, 1, 1), 1, "2026.1");
    private static final Version<String> JULY = new Version<>("371600", LocalDate.of(2026, 7, 1), 2, "2026.2");
    private static final Version<String> JULY_CORRECTED = new Version<>("371600", LocalDate.of(2026, 7, 1), 5, "2026.3");
    private static final Version<String> OTHER_REGION = new Version<>("370600", LocalDate.of(2026, 1, 1), 3, "370600");

    private final VersionsInForce<String> versions = new VersionsInForce<>(List.of(JULY_CORRECTED, OTHER_REGION, JANUARY, JULY));

    @Test
    void aMidYearRevisionIsInForceFromItsDayAndTheEarlierVersionBeforeIt() {
        assertThat(versions.on("371600", LocalDate.of(2026, 6, 30))).contains(JANUARY);
        assertThat(versions.on("371600", LocalDate.of(2026, 7, 1)).map(Version::value)).contains("2026.3");
    }

    @Test
    void ofTwoVersionsEffectiveTheSameDayTheOneActivatedLastIsInForce() {
        assertThat(new VersionsInForce<>(List.of(JULY, JULY_CORRECTED)).on("371600", LocalDate.of(2026, 8, 1)))
                .contains(JULY_CORRECTED);
        assertThat(new VersionsInForce<>(List.of(JULY_CORRECTED, JULY)).on("371600", LocalDate.of(2026, 8, 1)))
                .contains(JULY_CORRECTED);
    }

    @Test
    void aVersionIsInForceOnlyInItsOwnRegionAndCalendarYear() {
        assertThat(versions.on("370600", LocalDate.of(2026, 3, 1))).contains(OTHER_REGION);
        assertThat(versions.on("371600", LocalDate.of(2027, 1, 1))).isEmpty();
        assertThat(versions.on("371600", LocalDate.of(2025, 12, 31))).isEmpty();
        assertThat(versions.on("370500", LocalDate.of(2026, 3, 1))).isEmpty();
    }
}
