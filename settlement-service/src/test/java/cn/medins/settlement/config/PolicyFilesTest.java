package cn.medins.settlement.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import cn.medins.settlement.config.PolicyFiles.InvalidPolicyException;
import cn.medins.settlement.domain.policy.Policy;

class PolicyFilesTest {

    private static final String REFERENCE = "policies/371600-2026.json";

    private static String reference() throws IOException {
        try (InputStream in = PolicyFilesTest.class.getClassLoader().getResourceAsStream(REFERENCE)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static Policy read(String json) {
        return PolicyFiles.read("broken.json", new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void theReferencePolicyCarriesPolicyMdFiguresAndItsVersion() {
        Policy policy = PolicyFiles.readResource(REFERENCE);

        assertThat(policy.version()).isEqualTo("371600-2026.1");
        assertThat(policy.regionCode()).isEqualTo("371600");
        assertThat(policy.year()).isEqualTo(2026);
        assertThat(policy.employee().inpatientLevel(3).orElseThrow().ratio()).isEqualByComparingTo("0.85");
        assertThat(policy.resident().inpatientAnnualCap()).isEqualByComparingTo("200000");
        assertThat(policy.resident().criticalIllness().segments()).hasSize(3);
        assertThat(policy.medicalAssistance().annualCap()).isEqualByComparingTo("30000");
    }

    @Test
    void aRatioAboveOneIsRefusedNamingItsPath() throws IOException {
        String broken = reference().replace("{ \"level\": 3, \"deductible\": 1000, \"ratio\": 0.60",
                "{ \"level\": 3, \"deductible\": 1000, \"ratio\": 1.60");

        assertThatThrownBy(() -> read(broken)).isInstanceOf(InvalidPolicyException.class)
                .hasMessageStartingWith("broken.json: resident.inpatient[2].ratio: must be a ratio between 0 and 1");
    }

    @Test
    void aMissingFigureIsRefusedNamingItsPath() throws IOException {
        String broken = reference().replace("\"chronicRatio\": 0.85,", "");

        assertThatThrownBy(() -> read(broken)).isInstanceOf(InvalidPolicyException.class)
                .hasMessageContaining("employee").hasMessageContaining("chronicRatio");
    }

    @Test
    void aNegativeAmountIsRefusedNamingItsPath() throws IOException {
        String broken = reference().replace("\"bothCap\": 600", "\"bothCap\": -600");

        assertThatThrownBy(() -> read(broken)).isInstanceOf(InvalidPolicyException.class)
                .hasMessageStartingWith("broken.json: resident.twoDiseaseDrugs.bothCap: must be a non-negative amount");
    }

    @Test
    void aMisspelledFieldIsRefusedNamingTheFieldItLeavesMissing() throws IOException {
        String broken = reference().replace("\"retireeBonus\"", "\"retiredBonus\"");

        assertThatThrownBy(() -> read(broken)).isInstanceOf(InvalidPolicyException.class)
                .hasMessageContaining("employee.retireeBonus: Missing");
    }

    @Test
    void levelsOutOfOrderAreRefused() throws IOException {
        String broken = reference().replace("{ \"level\": 2, \"deductible\": 500, \"ratio\": 0.75",
                "{ \"level\": 3, \"deductible\": 500, \"ratio\": 0.75");

        assertThatThrownBy(() -> read(broken)).isInstanceOf(InvalidPolicyException.class)
                .hasMessageStartingWith("broken.json: resident.inpatient[1].level: must be 2");
    }

    @Test
    void aMissingPolicyFileIsRefused() {
        assertThatThrownBy(() -> PolicyFiles.readResource("policies/999999-2026.json")).isInstanceOf(InvalidPolicyException.class)
                .hasMessageContaining("no such policy file");
    }
}
