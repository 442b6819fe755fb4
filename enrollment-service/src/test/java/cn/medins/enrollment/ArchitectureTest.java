package cn.medins.enrollment;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import cn.medins.testing.ArchitectureRules;

/** The suite's layering (test-support's ArchitectureRules) holds in this service's main code. */
class ArchitectureTest {

    @Test
    void domainIsPlainJavaRestGoesThroughServicesAndNoOtherServiceIsUsed() {
        assertThat(ArchitectureRules.violations("cn.medins.enrollment", ArchitectureRules.mainClassesOf("cn.medins.enrollment"))).isEmpty();
    }
}
