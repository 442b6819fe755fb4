package cn.medins.assistance;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import cn.medins.testing.ArchitectureRules;

/** The suite's layering (test-support's ArchitectureRules) holds in this service's main code. */
class ArchitectureTest {

    @Test
    void domainIsPlainJavaRestGoesThroughServicesAndNoOtherServiceIsUsed() {
        assertThat(ArchitectureRules.violations("cn.medins.assistance", ArchitectureRules.mainClassesOf("cn.medins.assistance"))).isEmpty();
    }
}
