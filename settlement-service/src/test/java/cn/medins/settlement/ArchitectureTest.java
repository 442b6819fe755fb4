package cn.medins.settlement;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import cn.medins.testing.ArchitectureRules;

/** The suite's layering (test-support's ArchitectureRules) holds in this service's main code. */
class ArchitectureTest {

    @Test
    void domainIsPlainJavaRestGoesThroughServicesAndNoOtherServiceIsUsed() {
        assertThat(ArchitectureRules.violations("cn.medins.settlement", ArchitectureRules.mainClassesOf("cn.medins.settlement"))).isEmpty();
    }
}
