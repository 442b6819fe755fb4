package cn.medins.audit.rest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import cn.medins.testing.AdmittedResources;

class AdmittedResourcesTest {

    @Test
    void everyResourceIsUnderAdmissionControlSoNoAbandonedRequestCancelsATransaction() {
        assertThat(AdmittedResources.resourcesIn("cn.medins.audit")).isPositive();
        assertThat(AdmittedResources.withoutAdmission("cn.medins.audit")).isEmpty();
    }
}
